// Key/value rows for query parameters and headers of a Try-it request: add, edit, remove; every input labelled
// with its row so tests and screen readers find it. Runs in extension pages.
import type { Row } from '../../lib/call/request';

export function Rows({ title, rows, onChange }: { title: 'Query parameter' | 'Header'; rows: Row[]; onChange(rows: Row[]): void }) {
  const set = (i: number, patch: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class="call-rows">
      <legend>{title}s</legend>
      {rows.map((r, i) => (
        <div class="row" key={i}>
          <input aria-label={`${title} ${i + 1} name`} placeholder="name" value={r.name} onInput={(e) => set(i, { name: e.currentTarget.value })} />
          <input aria-label={`${title} ${i + 1} value`} placeholder="value" value={r.value} onInput={(e) => set(i, { value: e.currentTarget.value })} />
          <button type="button" aria-label={`Remove ${title.toLowerCase()} ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { name: '', value: '' }])}>
        Add {title.toLowerCase()}
      </button>
    </fieldset>
  );
}
