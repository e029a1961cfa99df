// First-run choice of where secrets live (issue #4, SECURITY B5): a passphrase vault (PBKDF2-SHA256, 600,000
// iterations → AES-GCM; ciphertext in storage.local, the unlocked key only in storage.session) or session-only
// (secrets in storage.session, never written to disk, gone when the browser closes). Runs in the options page.
import { useState } from 'preact/hooks';
import { send } from '../shared/rpc';
import type { AppError } from '../lib/errors';
import type { VaultStatus } from '../shared/messages/mint';
import { ErrorText } from '../ui/mint/ErrorText';
import { checkPassphrase } from '../lib/vault/strength';

export function VaultSetup({ onDone }: { onDone(s: VaultStatus): void }) {
  const [mode, setMode] = useState<'passphrase' | 'session'>('passphrase');
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // At least 12 characters (issue 13 item 5), with the offline-guessing time shown as the user types.
  const check = checkPassphrase(pass);
  const problem = mode === 'passphrase' ? (!check.ok ? check.problem : pass !== again ? 'The two passphrases differ.' : '') : '';

  const submit = async (e: Event) => {
    e.preventDefault();
    if (problem) return;
    setBusy(true);
    const reply = await send('vault.setup', mode === 'passphrase' ? { mode, passphrase: pass } : { mode });
    setBusy(false);
    setPass('');
    setAgain('');
    if (reply.ok) onDone(reply.data);
    else setError(reply.error);
  };
  return (
    <form class="stack card" onSubmit={submit} aria-label="Set up the vault">
      <p style={{ margin: 0 }}>Choose where Token Workbench keeps client and signing secrets.</p>
      <label class="check">
        <input type="radio" name="vault-mode" checked={mode === 'passphrase'} onChange={() => setMode('passphrase')} />
        Passphrase vault — encrypted on disk (PBKDF2-SHA256 600,000 iterations, AES-GCM); unlock once per session
      </label>
      <label class="check">
        <input type="radio" name="vault-mode" checked={mode === 'session'} onChange={() => setMode('session')} />
        Session only — never written to disk; re-enter secrets after the browser restarts
      </label>
      {mode === 'passphrase' && (
        <div class="stack">
          <label class="field">
            <span>Passphrase</span>
            <input type="password" autocomplete="off" aria-label="New passphrase" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>Passphrase again</span>
            <input type="password" autocomplete="off" aria-label="Repeat passphrase" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
          </label>
          {pass && problem && <small class="error">{problem}</small>}
          {pass && (
            <small class="muted" data-testid="guess-time" aria-live="polite">
              {check.guessTime}
            </small>
          )}
          <small class="muted">There is no recovery: a forgotten passphrase means re-entering the secrets.</small>
        </div>
      )}
      <ErrorText error={error} />
      <div>
        <button type="submit" class="primary" disabled={busy || !!problem}>
          {busy ? 'Setting up…' : 'Create vault'}
        </button>
      </div>
    </form>
  );
}
