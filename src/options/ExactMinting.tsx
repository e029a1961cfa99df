// A profile's exact-scope minting (issue #11), in the options page. Auth0 issues every granted scope with client
// credentials (FACTS §1), so a token with exactly the picked scopes needs the grant set first: per audience, a
// machine-to-machine application that exists only for Token Workbench, whose grant is changed before each
// mint. Set-up is one confirmed step (production: the typed tenant name), creating the app with the profile's own
// client or using an existing one. `#exact=<profile id>&audience=<aud>` (from the tray or the popup) opens the
// set-up for that profile and audience. Runs in the options page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../shared/rpc';
import type { AppError } from '../lib/errors';
import type { Profile } from '../lib/profiles/profile';
import { ConfirmTenant } from '../ui/mint/ConfirmTenant';
import { ErrorText } from '../ui/mint/ErrorText';
import { tenantName } from '../lib/profiles/dashboard';
import { managementApiOf } from '../lib/domain';

const NEEDED = 'create:clients, create:client_grants, read:client_grants and update:client_grants';

/** The set-up asked for through the page's hash, if it names this profile. */
function askedAudience(profileId: string): string | null {
  const q = new URLSearchParams(location.hash.slice(1));
  return q.get('exact') === profileId ? q.get('audience') : null;
}

export function ExactMinting({ profile: p }: { profile: Profile }) {
  const mgmt = managementApiOf(p.domain);
  const asked = askedAudience(p.id);
  const [open, setOpen] = useState(asked !== null);
  const [audience, setAudience] = useState(asked ?? mgmt);
  const [how, setHow] = useState<'create' | 'existing'>('create');
  const [name, setName] = useState('Token Workbench minting app');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    if (asked !== null) box.current?.scrollIntoView({ block: 'center' });
  }, []);
  const apps = p.mintingApps ?? [];
  const production = p.environment === 'production';
  const ready = audience.trim() !== '' && (how === 'create' ? name.trim() !== '' : clientId.trim() !== '' && clientSecret !== '');

  const run = async (confirm: string) => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    const aud = audience.trim();
    const reply =
      how === 'create'
        ? await send('mintingApp.create', { profileId: p.id, audience: aud, name: name.trim(), confirm }, 45_000)
        : await send('mintingApp.link', { profileId: p.id, audience: aud, clientId: clientId.trim(), clientSecret, confirm }, 45_000);
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setClientSecret('');
    setOpen(false);
    setNote(`Exact minting is ready for ${aud}: ${reply.data.name} (${reply.data.clientId}). Its secret is in the vault.`);
  };
  const remove = async (aud: string) => {
    const reply = await send('mintingApp.remove', { profileId: p.id, audience: aud });
    if (!reply.ok) return setError(reply.error);
    setNote(`Token Workbench no longer uses a minting app for ${aud}. The application itself still exists in the tenant: delete it in the dashboard if you no longer need it.`);
  };

  return (
    <section ref={box} class="stack" aria-label={`Exact-scope minting for ${p.label}`} style={{ borderTop: '1px solid var(--line)', paddingTop: '8px' }}>
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <strong>Exact-scope minting</strong>
        {!open && (
          <button type="button" onClick={() => (setOpen(true), setNote(''))}>
            Set up exact minting
          </button>
        )}
      </div>
      <p class="muted" style={{ margin: 0, fontSize: '12px' }}>
        Auth0 issues every granted scope with client credentials. For a token with exactly the scopes you pick, Token Workbench sets the grant of a
        dedicated application to them just before each token.
      </p>
      {apps.length > 0 && (
        <ul class="stack" style={{ margin: 0, paddingLeft: '18px' }} aria-label="Minting applications">
          {apps.map((a) => (
            <li key={a.audience}>
              <code>{a.audience}</code> → {a.name} <code>{a.clientId}</code>
              {!a.hasSecret && <span class="error"> (secret missing: remove and set up again)</span>}{' '}
              <button type="button" onClick={() => void remove(a.audience)} aria-label={`Stop using the minting app for ${a.audience}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div class="card stack" role="group" aria-label="Set up exact minting">
          <label class="field">
            <span>API identifier (audience)</span>
            <input aria-label="Audience for exact minting" spellcheck={false} value={audience} onInput={(e) => setAudience(e.currentTarget.value)} />
          </label>
          <label class="check">
            <input type="radio" name={`how-${p.id}`} checked={how === 'create'} onChange={() => setHow('create')} />
            Create a new application (uses this profile’s client: it needs {NEEDED})
          </label>
          {how === 'create' && (
            <label class="field">
              <span>Application name</span>
              <input aria-label="Minting application name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
          )}
          <label class="check">
            <input type="radio" name={`how-${p.id}`} checked={how === 'existing'} onChange={() => setHow('existing')} />
            Use an existing machine-to-machine application
          </label>
          {how === 'existing' && (
            <>
              <label class="field">
                <span>Its client ID</span>
                <input aria-label="Minting application client ID" spellcheck={false} autocomplete="off" value={clientId} onInput={(e) => setClientId(e.currentTarget.value)} />
              </label>
              <label class="field">
                <span>Its client secret</span>
                <input type="password" aria-label="Minting application client secret" autocomplete="off" value={clientSecret} onInput={(e) => setClientSecret(e.currentTarget.value)} />
              </label>
            </>
          )}
          <p class="notice" style={{ margin: 0 }}>
            Each exact mint replaces this application’s grant for the audience with the picked scopes. Use an application nothing else depends on.
          </p>
          {production && confirming ? (
            <ConfirmTenant domain={p.domain} action={`${how === 'create' ? 'Create an application and its grant' : 'Use this application and change its grant'} in this tenant`} confirmLabel="Set up exact minting" onConfirm={() => void run(tenantName(p.domain))} onCancel={() => setConfirming(false)} />
          ) : (
            <div class="row">
              <button type="button" class="primary" disabled={!ready || busy} onClick={() => (production ? setConfirming(true) : void run('yes'))}>
                {busy ? 'Setting up…' : how === 'create' ? `Create the application in ${p.domain}` : 'Use this application'}
              </button>
              <button type="button" onClick={() => (setOpen(false), setConfirming(false))}>
                Cancel
              </button>
            </div>
          )}
        </div>
      )}
      {note && (
        <p role="status" class="ok-text" style={{ margin: 0 }}>
          {note}
        </p>
      )}
      <ErrorText error={error} />
    </section>
  );
}
