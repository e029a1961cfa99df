// The real levers for an Auth0 access token without a jti (issue #6; FACTS §2: it cannot be revoked and stays
// valid until exp): delete the client grant, rotate the client secret, shorten the API's maximum token
// lifetime (FACTS §7: 1..2592000 s). Each is explained, names the scopes it needs, and is confirmed first.
// A rotated secret goes into the vault (never shown) unless the user asks to see it. Runs in extension pages.
import { useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { PlanProfile, TerminatePlan } from '../../shared/messages/terminate';
import { ErrorText } from '../mint/ErrorText';
import { Confirm } from './Confirm';
import { ScopeNote } from './ScopeNote';
import { useAction } from './useAction';
import { GrantFound } from './GrantFound';
import { managementApiOf } from '../../lib/domain';

type LeverId = 'grant' | 'secret' | 'lifetime';

export function Levers({ plan, profile }: { plan: TerminatePlan; profile: PlanProfile }) {
  const levers = plan.levers!;
  // A legacy token names no API: its tokens call the tenant's Management API (FACTS §3), so that is the default.
  const audiences = levers.audiences.length ? levers.audiences : [managementApiOf(profile.domain)];
  const [audience, setAudience] = useState(audiences[0] ?? '');
  const [typedClient, setTypedClient] = useState('');
  const [open, setOpen] = useState<LeverId | null>(null);
  const [store, setStore] = useState(profile.sameClient);
  const [reveal, setReveal] = useState(false);
  const [seconds, setSeconds] = useState('3600');
  const found = useAction<'lever.findGrant'>();
  const grant = useAction<'lever.deleteGrant'>();
  const secret = useAction<'lever.rotateSecret'>();
  const life = useAction<'lever.setLifetime'>();
  // No client in the token (a legacy token): the user names the client whose grant or secret to act on.
  const clientId = levers.clientId ?? (/^[A-Za-z0-9_-]{8,128}$/.test(typedClient.trim()) ? typedClient.trim() : null);
  const secs = Number(seconds);
  const secsOk = Number.isInteger(secs) && secs >= 1 && secs <= 2_592_000;
  const settingsUrl = clientId && profile.dashboardBase ? `${profile.dashboardBase}/applications/${encodeURIComponent(clientId)}/settings` : null;
  const close = () => setOpen(null);
  const confirmFor = (id: LeverId, action: string, label: string, busy: boolean, run: (c: string) => void) =>
    open === id && <Confirm profile={profile} action={action} confirmLabel={label} busy={busy} onConfirm={(c) => (close(), run(c))} onCancel={close} />;

  return (
    <div class="stack" data-testid="levers">
      {levers.clientId === null && (
        <label class="field">
          <span>Client ID (the token names none)</span>
          <input value={typedClient} onInput={(e) => setTypedClient(e.currentTarget.value)} aria-label="Client ID for the levers" autocomplete="off" spellcheck={false} />
        </label>
      )}
      {audiences.length > 1 && (
        <label class="field">
          <span>Audience (API) the levers act on</span>
          <select value={audience} onChange={(e) => setAudience(e.currentTarget.value)} aria-label="Audience for the levers">
            {audiences.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      )}
      <section class="lever" aria-labelledby="lever-grant-h">
        <h3 id="lever-grant-h">1. Delete the client grant</h3>
        <p class="muted">
          Client <code>{clientId ?? 'unknown'}</code> gets no new tokens for <code>{audience || '—'}</code>. Tokens already issued, this one included, stay valid until their exp.
          {profile.sameClient && audience.endsWith('/api/v2/') ? ' This is the grant this profile itself uses for the Management API.' : ''}
        </p>
        <ScopeNote status={profile.scopes.deleteGrant} />
        <button
          type="button"
          disabled={!clientId || !audience || grant.busy || found.busy}
          onClick={() => void found.run(() => send('lever.findGrant', { profileId: profile.id, clientId: clientId!, audience })).then((g) => g && setOpen('grant'))}
        >
          Delete grant…
        </button>
        {/* FACTS §9: only the subject_type client grant, shown with its scopes before the confirmation. */}
        {found.result && open === 'grant' && <GrantFound grant={found.result} />}
        {found.result &&
          confirmFor('grant', `Delete client grant ${found.result.grantId} (subject_type client, ${found.result.scope.length} scopes) of ${clientId} for ${audience}`, 'Delete grant', grant.busy, (confirm) =>
            void grant.run(() => send('lever.deleteGrant', { profileId: profile.id, clientId: clientId!, audience, confirm, grantId: found.result!.grantId })),
          )}
        <ErrorText error={found.error} />
        <ErrorText error={grant.error} />
        {grant.result && <p role="status" data-testid="lever-grant-result">{grant.result.message}</p>}
      </section>
      <section class="lever" aria-labelledby="lever-secret-h">
        <h3 id="lever-secret-h">2. Rotate the client secret</h3>
        <p class="muted">The old secret can no longer get tokens; tokens already issued stay valid until their exp.</p>
        {profile.sameClient && (
          <p class="scope-note missing">This is the client of profile “{profile.label}”: its stored secret must be updated, or it can no longer mint.</p>
        )}
        <ScopeNote status={profile.scopes.rotateSecret} />
        {profile.sameClient && (
          <label class="check">
            <input type="checkbox" checked={store} onChange={(e) => setStore(e.currentTarget.checked)} /> Store the new secret in this profile (not shown)
          </label>
        )}
        <label class="check">
          <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.currentTarget.checked)} /> Show the new secret once
        </label>
        <div class="row">
          <button type="button" disabled={!clientId || secret.busy} onClick={() => setOpen('secret')}>
            Rotate secret…
          </button>
          {settingsUrl && (
            <a href={settingsUrl} target="_blank" rel="noopener noreferrer">
              Application settings in the dashboard
            </a>
          )}
        </div>
        {confirmFor('secret', `Rotate the client secret of ${clientId}`, 'Rotate secret', secret.busy, (confirm) =>
          void secret.run(() => send('lever.rotateSecret', { profileId: profile.id, clientId: clientId!, confirm, storeInVault: store && profile.sameClient, reveal })),
        )}
        <ErrorText error={secret.error} />
        {secret.result && <p role="status" data-testid="lever-secret-result">{secret.result.message}</p>}
        {secret.result?.secret && (
          <label class="field">
            <span>New client secret (shown because you asked; copy it now)</span>
            <input readOnly value={secret.result.secret} aria-label="New client secret" autocomplete="off" spellcheck={false} />
          </label>
        )}
      </section>
      <section class="lever" aria-labelledby="lever-life-h">
        <h3 id="lever-life-h">3. Shorten the API's maximum token lifetime</h3>
        <p class="muted">Newly issued tokens for {audience || 'the API'} expire sooner; existing ones keep their exp (1 to 2592000 s).</p>
        <ScopeNote status={profile.scopes.setLifetime} />
        <div class="row">
          <label class="field">
            <span>Maximum lifetime (seconds)</span>
            <input type="number" min={1} max={2592000} step={1} value={seconds} onInput={(e) => setSeconds(e.currentTarget.value)} aria-label="Maximum token lifetime in seconds" />
          </label>
          <button type="button" disabled={!audience || !secsOk || life.busy} onClick={() => setOpen('lifetime')}>
            Set lifetime…
          </button>
        </div>
        {confirmFor('lifetime', `Set the maximum token lifetime of ${audience} to ${secs} s`, 'Set lifetime', life.busy, (confirm) =>
          void life.run(() => send('lever.setLifetime', { profileId: profile.id, audience, seconds: secs, confirm })),
        )}
        <ErrorText error={life.error} />
        {life.result && <p role="status" data-testid="lever-lifetime-result">{life.result.message}</p>}
      </section>
    </div>
  );
}
