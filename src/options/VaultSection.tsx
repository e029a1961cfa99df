// The vault panel of the options page (issue #4, SECURITY B5): first-run setup, unlock, "Lock now",
// "Forget all secrets" (confirmed inline) and the auto-lock delay. The status is re-read when the page gets
// focus, so an auto-lock that happened meanwhile is shown. Runs in the options page.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/rpc';
import type { AppError } from '../lib/errors';
import type { VaultStatus } from '../shared/messages/mint';
import { ErrorText } from '../ui/mint/ErrorText';
import { UnlockForm } from '../ui/mint/UnlockForm';
import { VaultSetup } from './VaultSetup';

export function VaultSection({ status, onStatus }: { status: VaultStatus | null; onStatus(s: VaultStatus): void }) {
  const [minutes, setMinutes] = useState('');
  const [forgetting, setForgetting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => setMinutes(status ? String(status.autoLockMinutes) : ''), [status?.autoLockMinutes]);

  const act = async (p: ReturnType<typeof send<'vault.lock'>>, done: string) => {
    const reply = await p;
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setNote(done);
    onStatus(reply.data);
  };

  if (!status) return <p role="status">Reading the vault…</p>;
  const body =
    status.mode === 'none' ? (
      <VaultSetup onDone={(s) => (setNote('Vault ready.'), onStatus(s))} />
    ) : status.locked ? (
      <UnlockForm sessionMode={status.mode === 'session'} onUnlocked={(s) => (setNote('Unlocked.'), onStatus(s))} />
    ) : (
      <div class="stack">
        <p style={{ margin: 0 }} data-testid="vault-state">
          Unlocked · {status.mode === 'passphrase' ? `passphrase vault${status.iterations ? ` (PBKDF2 ${status.iterations.toLocaleString('en')} iterations)` : ''}` : 'session only (never on disk)'}
        </p>
        <div class="row">
          <button type="button" onClick={() => void act(send('vault.lock', {}), 'Locked.')}>
            Lock now
          </button>
          <button type="button" onClick={() => setForgetting(true)}>
            Forget all secrets
          </button>
          <label class="row" style={{ flexWrap: 'nowrap' }}>
            <span>Auto-lock after</span>
            <input type="number" min={1} max={1440} style={{ width: '90px' }} aria-label="Auto-lock minutes" value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
            <span>min</span>
          </label>
          <button
            type="button"
            disabled={!/^\d+$/.test(minutes) || Number(minutes) < 1 || Number(minutes) > 1440}
            onClick={() => void act(send('vault.setAutoLock', { minutes: Number(minutes) }), `Auto-lock after ${minutes} min of inactivity.`)}
          >
            Save auto-lock
          </button>
        </div>
      </div>
    );
  return (
    <section aria-labelledby="vault-h" class="stack">
      <h2 id="vault-h">Vault</h2>
      {status.mode !== 'none' && status.locked && <p data-testid="vault-state">Locked</p>}
      {body}
      {forgetting && (
        <div class="confirm stack" role="dialog" aria-label="Forget all secrets?">
          <p style={{ margin: 0 }}>Delete every saved client and signing secret, the vault and all minted tokens? Profiles stay, without secrets.</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => (setForgetting(false), void act(send('vault.forget', {}), 'All secrets forgotten.'))}>
              Yes, forget all secrets
            </button>
            <button type="button" onClick={() => setForgetting(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {note && <p role="status" class="ok-text" style={{ margin: 0 }}>{note}</p>}
      <ErrorText error={error} />
    </section>
  );
}
