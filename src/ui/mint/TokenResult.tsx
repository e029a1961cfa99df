// A minted token (issue #4): masked until "Show", a live countdown to exp, Copy (through the one copy helper:
// the background clears the clipboard after 30 s, SECURITY B5.48), "Open in inspector" (inspector.open hands the
// token over through storage.session, never a URL), and what the token carries against what was picked: exactly
// the picked set (exact mode), or the scopes Auth0 issued unasked (FACTS §1: client credentials never narrow)
// with a one-click exact-minting set-up. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { AppError } from '../../lib/errors';
import type { MintResult } from '../../shared/messages/mint';
import { ErrorText } from './ErrorText';
import { MintExtras } from './MintExtras';
import { formatLeft } from './format';
import { scopeNotes } from '../../lib/scopes/compare';
import { CLIPBOARD_CLEAR_SECONDS, copyText } from '../copy';

export function TokenResult({ result, onSetupExact }: { result: MintResult; onSetupExact?: () => void }) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const now = useSeconds();
  useEffect(() => setShown(false), [result.token]); // a new token starts masked again
  const notes = scopeNotes({ ...result, grantPatched: !!result.grantChange });

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
          {result.expiresAt === null ? 'expiry unknown' : formatLeft(result.expiresAt - now)}
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
      {notes.exact && (
        <p class="ok" role="note" data-testid="scope-exact" style={{ margin: 0 }}>
          {notes.exact}
        </p>
      )}
      {(notes.extra || notes.missing) && (
        <div class="notice stack" role="note" aria-label="Picked versus issued">
          {notes.extra && <div data-testid="scope-extras">{notes.extra}</div>}
          {notes.missing && <div data-testid="scope-missing">{notes.missing}</div>}
          {notes.extra && result.mode === 'client-credentials' && (
            <div class="row">
              <span class="muted">Client credentials always carry the application’s whole grant.</span>
              {onSetupExact && (
                <button type="button" onClick={onSetupExact}>
                  Set up exact minting
                </button>
              )}
            </div>
          )}
        </div>
      )}
      <MintExtras quota={result.quota} organization={result.organization} />
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
