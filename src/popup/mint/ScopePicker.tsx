// Scope selection for minting (issue #4): a search over the Management API catalog, with the client's granted
// scopes first when known (from the last test or mint). For any other API the catalog does not apply, so a
// typed scope can be added as is (Enter). Checkboxes, so it is keyboard usable and each row is labelled by its
// scope name. The popup's own copy of src/ui/mint/ScopePicker: the catalog search is asked from the background
// (`catalog.searchScopes`), so catalog.json stays out of the popup bundle (issue #7). Runs in the popup.
import { useMemo, useState } from 'preact/hooks';
import { useBackground } from '../../ui/useBackground';

const MAX_ROWS = 60; // the catalog has ~250 scopes; a short list keeps the popup fast and readable

export interface ScopePickerProps {
  selected: readonly string[];
  onChange(next: string[]): void;
  /** Granted to the client for this audience, when known. */
  granted?: readonly string[] | undefined;
  /** false for a non-Management API: no catalog, free entry only. */
  catalog: boolean;
  /** The tenant's live scopes for this audience (issue #12 item 6): listed first, the catalog after them. */
  live?: readonly { value: string; description: string }[] | undefined;
}

export function ScopePicker({ selected, onChange, granted, catalog, live }: ScopePickerProps) {
  const [query, setQuery] = useState('');
  const chosen = new Set(selected);
  const grantedSet = useMemo(() => new Set(granted ?? []), [granted]);
  const found = useBackground('catalog.searchScopes', catalog ? { query: query.slice(0, 1000) } : null);
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const descr = new Map<string, string>();
    const names: string[] = [];
    const push = (n: string) => {
      if (!names.includes(n)) names.push(n);
    };
    for (const g of granted ?? []) if (!q || g.includes(q)) push(g);
    for (const s of selected) if (!q || s.includes(q)) push(s);
    for (const s of live ?? []) {
      if (q && !s.value.toLowerCase().includes(q) && !s.description.toLowerCase().includes(q)) continue;
      descr.set(s.value, s.description);
      push(s.value);
    }
    if (catalog && found.status === 'done') {
      for (const s of found.data.scopes) {
        if (!descr.has(s.name)) descr.set(s.name, s.description);
        if (!s.userTokenOnly) push(s.name); // FACTS §3: never grantable to an M2M client
      }
    }
    return names.slice(0, MAX_ROWS).map((name) => ({ name, description: descr.get(name) ?? '' }));
  }, [query, granted, selected, catalog, found, live]);

  const toggle = (name: string, on: boolean) => onChange(on ? [...selected, name] : selected.filter((s) => s !== name));
  const addTyped = () => {
    const s = query.trim();
    if (/^\S{1,200}$/.test(s) && !chosen.has(s)) onChange([...selected, s]);
    setQuery('');
  };
  return (
    <div class="stack" role="group" aria-label="Scopes">
      <div class="row" style={{ flexWrap: 'nowrap' }}>
        <input
          type="search"
          aria-label="Search scopes"
          placeholder={catalog ? 'Search scopes (e.g. users read)' : 'Type a scope and press Enter'}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addTyped();
            }
          }}
        />
        <button type="button" onClick={() => onChange([])} disabled={selected.length === 0}>
          Clear scopes
        </button>
      </div>
      <p class="muted" style={{ margin: 0, fontSize: '12px' }} aria-live="polite">
        {selected.length === 0 ? 'No scope selected: you get every scope granted to the client.' : `${selected.length} selected: ${selected.join(' ')}`}
      </p>
      {found.status === 'error' && (
        <p role="alert" class="error">
          {found.message}
        </p>
      )}
      {rows.length > 0 && (
        <ul class="scope-list">
          {rows.map((r) => (
            <li key={r.name}>
              <label>
                <input type="checkbox" aria-label={r.name} checked={chosen.has(r.name)} onChange={(e) => toggle(r.name, e.currentTarget.checked)} />
                <span>{r.name}</span>
                {grantedSet.has(r.name) && <span class="tag">granted</span>}
                {r.description && <small>{r.description}</small>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
