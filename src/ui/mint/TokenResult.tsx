// A minted token (issue #4): masked until "Show", a live countdown to exp, Copy (through the one copy helper:
// the background clears the clipboard after 30 s, SECURITY B5.48), "Open in inspector" (inspector.open hands the token over through
// storage.session, never a URL), and requested vs granted scopes when Auth0 narrowed the request.
// Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { AppError } from '../../shared/errors';
import type { MintResult } from '../../shared/messages/mint';
import { ErrorText } from './ErrorText';
import { formatLeft } from './format';
import { compareScopes } from '../../lib/scopes/compare';
import { CLIPBOARD_CLEAR_SECONDS, copyText } from '../copy';

export function TokenResult({ result }: { result: MintResult }) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const now = useSeconds();
  useEffect(() => setShown(false), [result.token]); // a new token starts masked again
  const { missing, extra } = compareScopes(result.requestedScopes, result.grantedScopes);

  const copy = async () => {
    const out = await copyText(result.token);
    if (!out.ok) {
      setError({ code: 'ERR_INTERNAL', message: 'The clipboard refused the copy. Use Show and select the token.' });
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const inspect = async () => {
    const reply = await send('inspector.open', { token: result.token });
    setError(reply.ok ? null : reply.error);
  };

  return (
    <section class="card stack" aria-label="Minted token">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <strong>Token{result.fromCache ? ' (reused from cache)' : ''}</strong>
        <span role="timer" aria-label="Time left until expiry" data-testid="mint-countdown">
          {result.expiresAt === null ? 'never expires' : formatLeft(result.expiresAt - now)}
        </span>
      </div>
      <div class="token-box" data-testid="minted-token" aria-label={shown ? 'Token' : 'Token (masked)'}>
        {shown ? result.token : `${'•'.repeat(24)} (${result.token.length} characters, hidden)`}
      </div>
      <div class="row">
        <button type="button" onClick={() => setShown(!shown)} aria-pressed={shown}>
          {shown ? 'Hide' : 'Show'}
        </button>
        <button type="button" onClick={() => void copy()} aria-label="Copy token">
          {copied ? 'Copied' : 'Copy token'}
        </button>
        <button type="button" onClick={() => void inspect()}>
          Open in inspector
        </button>
      </div>
      {copied && <p class="muted" style={{ margin: 0, fontSize: '12px' }}>The clipboard is cleared in {CLIPBOARD_CLEAR_SECONDS} s, even if this window closes.</p>}
      <div data-testid="granted-scopes">
        <span class="muted">Granted scopes: </span>
        <code>{result.grantedScopes.length ? result.grantedScopes.join(' ') : '(none listed)'}</code>
      </div>
      {(missing.length > 0 || extra.length > 0) && (
        <div class="notice" role="note" aria-label="Requested versus granted">
          {missing.length > 0 && (
            <div>
              Requested but not granted: <code>{missing.join(' ')}</code>
            </div>
          )}
          {extra.length > 0 && (
            <div>
              Granted without being requested: <code>{extra.join(' ')}</code>
            </div>
          )}
        </div>
      )}
      {result.warnings.length > 0 && (
        <ul class="muted" style={{ margin: 0, fontSize: '12px' }}>
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <ErrorText error={error} />
    </section>
  );
}

/** Epoch seconds, ticking once a second (own hook: src/ui/hooks.ts is being restructured). */
function useSeconds(): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const t = setInterval(() => setNow(Math.floor(Date.now() / 1000)), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}
