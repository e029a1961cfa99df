// "Why 403?": paste a Management API error (or its message), or pick an endpoint, and see which scopes would
// admit the call (any one suffices) and whether this token has one (FACTS §5, §7). The background reads the
// error and knows the endpoints (`catalog.why403`, `catalog.endpointNames`): the catalog is not bundled in the
// page (issue #7). Runs in extension pages.
import { useMemo, useState } from 'preact/hooks';
import { useBackground } from '../useBackground';

const REQUEST_RE = /^\s*(GET|POST|PUT|PATCH|DELETE)\s+(\S+)\s*$/i;

function Verdict({ needed, have }: { needed: readonly string[]; have: ReadonlySet<string> }) {
  const held = needed.filter((s) => have.has(s));
  return (
    <div data-testid="why403-result">
      <p>
        Any one of: {needed.map((s, i) => (
          <span key={s}>
            {i > 0 && ', '}
            <code>{s}</code>
          </span>
        ))}
      </p>
      <p class={held.length ? 'ok' : 'error'}>
        {held.length
          ? `This token has ${held.join(', ')}: scope is not the reason for the 403 (check the user it acts on, or the tenant).`
          : 'This token has none of them: add one to the client grant and mint a new token.'}
      </p>
    </div>
  );
}

export function Why403({ scopes }: { scopes: readonly string[] }) {
  const [pasted, setPasted] = useState('');
  const [endpoint, setEndpoint] = useState('');
  const have = useMemo(() => new Set(scopes), [scopes]);
  const parsed = useBackground('catalog.why403', pasted.trim() ? { text: pasted.slice(0, 65_536) } : null);
  const picked = useBackground('catalog.why403', REQUEST_RE.test(endpoint) ? { request: endpoint.slice(0, 5000) } : null);
  const names = useBackground('catalog.endpointNames', {});
  return (
    <div class="why403">
      <label for="why403-text">Paste a Management API error message</label>
      <textarea id="why403-text" rows={2} spellcheck={false} placeholder='{"statusCode":403,"message":"Insufficient scope, expected any of: read:users"…}' value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
      {parsed.status === 'error' && <p role="alert" class="error">{parsed.message}</p>}
      {parsed.status === 'done' &&
        (parsed.data.needed ? <Verdict needed={parsed.data.needed} have={have} /> : <p class="muted">That is not an "Insufficient scope" error naming a scope.</p>)}
      <label for="why403-endpoint">…or pick an endpoint</label>
      <input id="why403-endpoint" list="why403-endpoints" placeholder="GET /api/v2/users/{id}" value={endpoint} onInput={(e) => setEndpoint((e.currentTarget as HTMLInputElement).value)} />
      <datalist id="why403-endpoints">
        {names.status === 'done' && names.data.names.map((o) => <option key={o} value={o} />)}
      </datalist>
      {picked.status === 'error' && <p role="alert" class="error">{picked.message}</p>}
      {picked.status === 'done' && (picked.data.needed ? <Verdict needed={picked.data.needed} have={have} /> : <p class="muted">The catalog has no such endpoint.</p>)}
    </div>
  );
}
