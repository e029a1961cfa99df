// The inline unlock form: shown by the options page when the vault is locked and by the popup when a mint
// answers ERR_LOCKED (issue #4). The passphrase goes to the background only (vault.unlock) and the field is
// cleared right after, so it does not linger in the DOM. Runs in extension pages.
import { useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { AppError } from '../../lib/errors';
import type { VaultStatus } from '../../shared/messages/mint';
import { ErrorText } from './ErrorText';

export function UnlockForm({ onUnlocked, sessionMode = false }: { onUnlocked(status: VaultStatus): void; sessionMode?: boolean }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  if (sessionMode) {
    return (
      <p class="notice" role="status">
        The vault is session-only and the browser session ended, so its secrets are gone. Re-enter them in the options
        page (profiles → Replace).
      </p>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const reply = await send('vault.unlock', { passphrase });
    setPassphrase('');
    setBusy(false);
    if (reply.ok) {
      setError(null);
      onUnlocked(reply.data);
    } else setError(reply.error);
  };
  return (
    <form class="stack" onSubmit={submit} aria-label="Unlock the vault">
      <p style={{ margin: 0 }}>The vault is locked. Enter your passphrase to use saved secrets.</p>
      <div class="row" style={{ flexWrap: 'nowrap' }}>
        <input
          type="password"
          autocomplete="off"
          aria-label="Vault passphrase"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy || passphrase.length === 0}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </div>
      <ErrorText error={error} />
    </form>
  );
}
