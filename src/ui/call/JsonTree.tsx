// The answer's JSON as a collapsible tree rendered as text (issue 15; SECURITY B1.18: text nodes only, never
// parsed as HTML). Objects and arrays are <details> (the first two levels open); secrets (../../lib/call/mask.ts) show as dots with a
// "Reveal" button per field until revealed. Long arrays and objects show their first MAX_CHILDREN entries.
// Runs in extension pages.
import { pathKey, secretAt, type JsonPath } from '../../lib/call/mask';

const MAX_CHILDREN = 200;
const MAX_DEPTH = 40;

export interface TreeProps {
  revealed: ReadonlySet<string>;
  onReveal(key: string): void;
}

function Leaf({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span class="json-str">{JSON.stringify(value)}</span>;
  if (value === null) return <span class="json-null">null</span>;
  return <span class="json-lit">{String(value)}</span>;
}

function Label({ name }: { name: string | number | null }) {
  if (name === null) return null;
  return <span class="json-key">{typeof name === 'number' ? `${name}: ` : `${JSON.stringify(name)}: `}</span>;
}

function Node({ name, value, path, depth, tree }: { name: string | number | null; value: unknown; path: JsonPath; depth: number; tree: TreeProps }) {
  const secret = path.length ? secretAt(path, value) : null;
  const key = pathKey(path);
  if (secret && !tree.revealed.has(key)) {
    return (
      <li class="json-secret" data-secret={secret}>
        <Label name={name} />
        <span class="masked" aria-label={`${secret} hidden`}>••••••••</span>{' '}
        <button type="button" class="small" onClick={() => tree.onReveal(key)}>
          Reveal {typeof name === 'string' ? name : secret}
        </button>
      </li>
    );
  }
  if (value !== null && typeof value === 'object' && depth < MAX_DEPTH) {
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    const open = Array.isArray(value) ? '[' : '{';
    const close = Array.isArray(value) ? ']' : '}';
    const count = Array.isArray(value) ? `${entries.length} item${entries.length === 1 ? '' : 's'}` : `${entries.length} key${entries.length === 1 ? '' : 's'}`;
    if (entries.length === 0) {
      return (
        <li>
          <Label name={name} />
          {open + close}
        </li>
      );
    }
    return (
      <li>
        <details open={depth < 2}>
          <summary>
            <Label name={name} />
            {open} <span class="muted">{count}</span> {close}
          </summary>
          <ul class="json-children">
            {entries.slice(0, MAX_CHILDREN).map(([k, v]) => (
              <Node key={String(k)} name={k} value={v} path={[...path, k]} depth={depth + 1} tree={tree} />
            ))}
            {entries.length > MAX_CHILDREN && <li class="muted">… {entries.length - MAX_CHILDREN} more</li>}
          </ul>
        </details>
      </li>
    );
  }
  return (
    <li>
      <Label name={name} />
      <Leaf value={typeof value === 'object' ? JSON.stringify(value) : value} />
    </li>
  );
}

export function JsonTree({ value, ...tree }: { value: unknown } & TreeProps) {
  return (
    <ul class="json-tree" data-testid="call-json" aria-label="Response body">
      <Node name={null} value={value} path={[]} depth={0} tree={tree} />
    </ul>
  );
}
