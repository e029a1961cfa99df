// "What can this token call?": the Management API endpoints its scopes admit (any one listed scope suffices,
// FACTS §5), searchable by method, path, summary or scope. Runs in extension pages.
import { useMemo, useState } from 'preact/hooks';
import { endpointsAdmittedBy, searchEndpoints } from '../../lib/scopes/catalog';

const SHOWN = 60;

export function EndpointSearch({ scopes }: { scopes: readonly string[] }) {
  const [query, setQuery] = useState('');
  const admitted = useMemo(() => endpointsAdmittedBy(scopes), [scopes]);
  const found = useMemo(() => (query.trim() ? searchEndpoints(query, scopes) : admitted), [query, scopes, admitted]);
  const have = useMemo(() => new Set(scopes), [scopes]);
  return (
    <div class="endpoint-search">
      <p class="muted">
        {admitted.length} endpoint{admitted.length === 1 ? '' : 's'} admitted by this token's scopes.
      </p>
      <label>
        <span class="sr-only">Search endpoints</span>
        <input type="search" aria-label="Search endpoints" placeholder="Search: users, DELETE, read:logs…" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <p class="muted" aria-live="polite">
        {found.length} match{found.length === 1 ? '' : 'es'}
        {found.length > SHOWN ? ` (first ${SHOWN} shown)` : ''}
      </p>
      <ul class="endpoints" data-testid="endpoint-list">
        {found.slice(0, SHOWN).map((e) => (
          <li key={`${e.method} ${e.path}`}>
            <code class={`method m-${e.method.toLowerCase()}`}>{e.method}</code> <code>{e.path}</code>
            {e.lifecycle && <span class="badge small">{e.lifecycle}</span>}
            <div class="muted">
              {e.summary} — via {e.scopes.filter((s) => have.has(s)).join(', ')}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
