// Add or edit one profile (issue #4). Strict domain checks as you type (SECURITY B3.33), secrets as
// password fields that are never filled back (SecretField), and on Save the custom domain's host permission is
// requested FIRST, synchronously inside the click handler: permissions.request needs the user gesture, which an
// earlier await would lose. Runs in the options page.
import { useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { send } from '../shared/rpc';
import type { AppError } from '../lib/errors';
import { ENVIRONMENTS } from '../lib/profiles/profile';
import { ErrorText } from '../ui/mint/ErrorText';
import { SecretField } from '../ui/mint/SecretField';
import { Hs256Fields } from './Hs256Fields';
import { check, customHost, savePayload, type ProfileDraft, type SavedSecrets } from './profile-form';

interface Props {
  initial: ProfileDraft;
  saved: SavedSecrets;
  onSaved(id: string, note: string): void;
  onCancel(): void;
}

export function ProfileForm({ initial, saved, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const set = (patch: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = check(draft, saved);
  const shown = touched ? problems : { ...(draft.domain && { domain: problems.domain }), ...(draft.customDomain && { customDomain: problems.customDomain }) };

  const save = (e: Event) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(problems).length > 0) return;
    const host = customHost(draft);
    // Called before any await: the click is the user gesture Chrome and Firefox require.
    const permission = host ? ext.permissions.request({ origins: [`https://${host}/*`] }).catch(() => false) : Promise.resolve(true);
    void (async () => {
      setBusy(true);
      const allowed = await permission;
      const reply = await send('profiles.save', savePayload(draft));
      setBusy(false);
      if (!reply.ok) return setError(reply.error);
      const note = host && !allowed ? `Saved. Requests to ${host} are not allowed yet: use “Allow ${host}” on the profile.` : 'Saved.';
      onSaved(reply.data.id, note);
    })();
  };

  return (
    <form class="stack card" onSubmit={save} aria-label={draft.id ? `Edit profile ${initial.label}` : 'New profile'} noValidate>
      <label class="field">
        <span>Label</span>
        <input aria-label="Label" value={draft.label} onInput={(e) => set({ label: e.currentTarget.value })} />
        {shown.label && <small class="error">{shown.label}</small>}
      </label>
      <label class="field">
        <span>Tenant domain (canonical)</span>
        <input aria-label="Tenant domain" placeholder="TENANT.us.auth0.com" spellcheck={false} value={draft.domain} onInput={(e) => set({ domain: e.currentTarget.value })} />
        {shown.domain && <small class="error" role="alert">{shown.domain}</small>}
      </label>
      <label class="field">
        <span>Custom domain (optional; the Management API audience stays the canonical one)</span>
        <input aria-label="Custom domain" placeholder="login.example.com" spellcheck={false} value={draft.customDomain} onInput={(e) => set({ customDomain: e.currentTarget.value })} />
        {shown.customDomain && <small class="error" role="alert">{shown.customDomain}</small>}
      </label>
      <label class="field">
        <span>Environment</span>
        <select aria-label="Environment" value={draft.environment} onChange={(e) => set({ environment: e.currentTarget.value as ProfileDraft['environment'] })}>
          {ENVIRONMENTS.map((env) => (
            <option key={env} value={env}>
              {env}
            </option>
          ))}
        </select>
        {draft.environment === 'production' && <small class="error">Production: shown in red, and removing it asks for the tenant name.</small>}
      </label>
      <label class="field">
        <span>M2M client ID</span>
        <input aria-label="Client ID" spellcheck={false} autocomplete="off" value={draft.clientId} onInput={(e) => set({ clientId: e.currentTarget.value })} />
      </label>
      <SecretField label="Client secret" saved={saved.client} value={draft.clientSecret} onInput={(v) => set({ clientSecret: v })} />
      {shown.clientSecret && <small class="error">{shown.clientSecret}</small>}
      <Hs256Fields draft={draft} saved={saved} problems={shown} set={set} />
      <ErrorText error={error} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save profile'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
