// "Why 403?": paste a Management API error (or its message), or pick an endpoint, and see which scopes would
// admit the call (any one suffices) and whether this token has one (FACTS §5, §7). Runs in extension pages.
import { useMemo, useState } from 'preact/hooks';
import { allEndpoints } from '../../lib/scopes/catalog';
import { explain403ForEndpoint, parseInsufficientScope } from '../../lib/scopes/why403';

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
  const parsed = useMemo(() => (pasted.trim() ? parseInsufficientScope(pasted) : null), [pasted]);
  const picked = useMemo(() => {
    const m = /^\s*(GET|POST|PUT|PATCH|DELETE)\s+(\S+)\s*$/i.exec(endpoint);
    return m ? explain403ForEndpoint(m[1] as string, m[2] as string, scopes) : null;
  }, [endpoint, scopes]);
  const options = useMemo(() => allEndpoints().map((e) => `${e.method} ${e.path}`), []);
  return (
    <div class="why403">
      <label for="why403-text">Paste a Management API error message</label>
      <textarea id="why403-text" rows={2} spellcheck={false} placeholder='{"statusCode":403,"message":"Insufficient scope, expected any of: read:users"…}' value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
      {pasted.trim() && !parsed && <p class="muted">That is not an "Insufficient scope" error naming a scope.</p>}
      {parsed && <Verdict needed={parsed.scopes} have={have} />}
      <label for="why403-endpoint">…or pick an endpoint</label>
      <input id="why403-endpoint" list="why403-endpoints" placeholder="GET /api/v2/users/{id}" value={endpoint} onInput={(e) => setEndpoint((e.currentTarget as HTMLInputElement).value)} />
      <datalist id="why403-endpoints">
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      {picked && (picked.endpoint ? <Verdict needed={picked.admittingScopes} have={have} /> : <p class="muted">The catalog has no such endpoint.</p>)}
    </div>
  );
}
