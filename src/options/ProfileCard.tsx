// One saved profile in the options page (issue #4): label, tenant, environment (production in red), which
// secrets are saved, and one-click "Test credentials" ("Token obtained, scopes granted: …" or Auth0's exact
// error). Removing a production profile asks for the tenant name. Runs in the options page.
import { useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { send } from '../shared/rpc';
import type { AppError } from '../lib/errors';
import type { Profile } from '../lib/profiles/profile';
import { ConfirmTenant } from '../ui/mint/ConfirmTenant';
import { EnvBadge } from '../ui/mint/EnvBadge';
import { ErrorText } from '../ui/mint/ErrorText';
import { ExactMinting } from './ExactMinting';

interface Props {
  profile: Profile;
  onEdit(): void;
  onRemoved(): void;
}

export function ProfileCard({ profile: p, onEdit, onRemoved }: Props) {
  const [testing, setTesting] = useState(false);
  const [granted, setGranted] = useState<string[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [hostNote, setHostNote] = useState('');

  const test = async () => {
    setTesting(true);
    setGranted(null);
    setError(null);
    const reply = await send('profiles.test', { profileId: p.id }, 45_000);
    setTesting(false);
    if (!reply.ok) return setError(reply.error);
    setGranted(reply.data.grantedScopes); // the background remembers them for the Mint tab's picker
  };
  const remove = async () => {
    setConfirming(false);
    const reply = await send('profiles.delete', { id: p.id });
    if (reply.ok) onRemoved();
    else setError(reply.error);
  };
  const allowHost = (host: string) => {
    // Directly in the click handler: permissions.request needs the user gesture.
    void ext.permissions.request({ origins: [`https://${host}/*`] }).then(
      (ok) => setHostNote(ok ? `Requests to ${host} are allowed.` : `Not allowed: requests to ${host} will fail.`),
      () => setHostNote(`Could not ask for ${host}.`),
    );
  };
  const production = p.environment === 'production';

  return (
    <article class={`card stack${production ? ' prod-frame' : ''}`} aria-label={`Profile ${p.label}`}>
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <div class="row">
          <strong>{p.label}</strong>
          <EnvBadge env={p.environment} />
          <code>{p.domain}</code>
          {p.customDomain && <span class="muted">via {p.customDomain}</span>}
        </div>
        <div class="row">
          <button type="button" onClick={() => void test()} disabled={testing || !p.clientId} aria-label={`Test credentials of ${p.label}`}>
            {testing ? 'Testing…' : 'Test credentials'}
          </button>
          <button type="button" onClick={onEdit} aria-label={`Edit ${p.label}`}>
            Edit
          </button>
          <button type="button" onClick={() => (production ? setConfirming(true) : void remove())} aria-label={`Remove ${p.label}`}>
            Remove
          </button>
        </div>
      </div>
      <div class="muted" style={{ fontSize: '12px' }}>
        Client {p.clientId ?? '—'} · secret {p.hasSecret.client ? '••• saved' : 'not set'}
        {p.hs256.customApi && ` · HS256 API ${p.hs256.customApi.audience}${p.hasSecret.customApi ? ' (secret saved)' : ''}`}
        {p.hs256.legacy && ` · legacy tokens${p.hasSecret.legacy ? ' (secret saved)' : ''}`}
      </div>
      {p.customDomain && (
        <div class="row">
          <button type="button" onClick={() => allowHost(p.customDomain as string)}>
            Allow {p.customDomain}
          </button>
          {hostNote && <span class="muted">{hostNote}</span>}
        </div>
      )}
      {granted && (
        <p role="status" class="ok-text" style={{ margin: 0 }}>
          Token obtained, scopes granted: {granted.length ? granted.join(' ') : '(none listed)'}
        </p>
      )}
      <ErrorText error={error} />
      {p.clientId && p.hasSecret.client && <ExactMinting profile={p} />}
      {confirming && (
        <ConfirmTenant domain={p.domain} action={`Remove the profile “${p.label}” and its saved secrets`} confirmLabel="Remove profile" onConfirm={() => void remove()} onCancel={() => setConfirming(false)} />
      )}
    </article>
  );
}
