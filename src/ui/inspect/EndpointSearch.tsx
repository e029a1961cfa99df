// "What can this token call?": the Management API endpoints its scopes admit (any one listed scope suffices,
// FACTS §5), searchable by method, path, summary or scope. The background answers (`catalog.endpoints`): the
// catalog is not bundled in the page (issue #7). In the inspector tab each row has "Try" (issue 15). Runs in
// extension pages.
import { useContext, useMemo, useState } from 'preact/hooks';
import { TryContext } from '../call/TryContext';
import { MAX_SCOPES_SENT } from './constants';
import { useBackground } from '../useBackground';

const SHOWN = 60;

export function EndpointSearch({ scopes }: { scopes: readonly string[] }) {
  const [query, setQuery] = useState('');
  const answer = useBackground('catalog.endpoints', { scopes: scopes.slice(0, MAX_SCOPES_SENT), query: query.slice(0, 1000), limit: SHOWN });
  const have = useMemo(() => new Set(scopes), [scopes]);
  const onTry = useContext(TryContext); // the inspector tab offers "Try" (issue 15); the popup does not
  const data = answer.status === 'done' ? answer.data : null;
  return (
    <div class="endpoint-search">
      {answer.status === 'error' && (
        <p role="alert" class="error">
          {answer.message}
        </p>
      )}
      <p class="muted">
        {data ? `${data.admitted} endpoint${data.admitted === 1 ? '' : 's'} admitted by this token's scopes.` : 'Looking up the endpoints…'}
      </p>
      <label>
        <span class="sr-only">Search endpoints</span>
        <input type="search" aria-label="Search endpoints" placeholder="Search: users, DELETE, read:logs…" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <p class="muted" aria-live="polite">
        {data && `${data.matches} match${data.matches === 1 ? '' : 'es'}${data.matches > SHOWN ? ` (first ${SHOWN} shown)` : ''}`}
      </p>
      <ul class="endpoints" data-testid="endpoint-list">
        {data?.shown.map((e) => (
          <li key={`${e.method} ${e.path}`}>
            <code class={`method m-${e.method.toLowerCase()}`}>{e.method}</code> <code>{e.path}</code>
            {e.lifecycle && <span class="badge small">{e.lifecycle}</span>}
            {onTry && (
              <button type="button" class="try small" aria-label={`Try ${e.method} ${e.path}`} onClick={() => onTry({ method: e.method, path: e.path })}>
                Try
              </button>
            )}
            <div class="muted">
              {e.summary} — via {e.scopes.filter((s) => have.has(s)).join(', ')}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
