// The popup's Mint tab (issue #4): pick a profile, mode, audience and scopes, Generate; then the token (masked),
// its countdown, Copy, "Open in inspector", requested vs granted, and snippets. Self-contained: the popup's
// owner mounts <MintPanel/> in a tab. Errors are shown as text; ERR_LOCKED shows an inline unlock form and
// retries the mint once unlocked. Runs in the popup.
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../../shared/browser';
import { send } from '../../shared/rpc';
import type { AppError } from '../../lib/errors';
import type { MintResult, ProfileSummary } from '../../shared/messages/mint';
import { EnvBadge } from '../../ui/mint/EnvBadge';
import { ErrorText } from '../../ui/mint/ErrorText';
import { UnlockForm } from '../../ui/mint/UnlockForm';
import { ScopePicker } from './ScopePicker';
import { TokenResult } from '../../ui/mint/TokenResult';
import '../../ui/mint/mint.css';
import { loadGranted } from '../../ui/mint/granted';
import { asksAuth0, effectiveAudience, initialState, managementAudience, mintPayload, resolvedMode, type MintFormState, usesCatalog } from './mint-form';
import { MintOptions } from './MintOptions';
import { SnippetsView } from './Snippets';
import { OrganizationField, type OrgState } from './OrganizationField';
import { liveApiFor, LiveScopesNote, useLiveScopes } from './LiveScopes';

/** `tenant`: the active dashboard tab's tenant candidates (domains); its profile is preselected. */
export function MintPanel({ tenant }: { tenant?: { domains: string[] } | null } = {}) {
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const [form, setForm] = useState<MintFormState>(initialState(undefined));
  const [granted, setGranted] = useState<string[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<MintResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [snippets, setSnippets] = useState(false);
  const [org, setOrg] = useState<OrgState>({ value: '', problem: null }); // issue #12 item 7

  useEffect(() => {
    void send('profiles.list', {}).then((reply) => {
      if (!reply.ok) return (setError(reply.error), setProfiles([]));
      setProfiles(reply.data);
      const onDashboard = tenant ? reply.data.find((p) => tenant.domains.includes(p.domain)) : undefined;
      setForm(initialState(onDashboard ?? reply.data[0]));
    });
  }, [tenant]);
  const profile = profiles?.find((p) => p.id === form.profileId);
  const mode = profile ? resolvedMode(profile, form) : form.mode;
  const audience = profile ? effectiveAudience(profile, { ...form, mode }) : '';
  const liveScopes = useLiveScopes(profile);
  const liveApi = liveApiFor(liveScopes.view, profile, audience, !!profile && usesCatalog(profile, form));
  useEffect(() => {
    if (!profile || !audience) return setGranted(undefined);
    let live = true;
    void loadGranted(profile.id, audience).then((g) => live && setGranted(g));
    return () => {
      live = false;
    };
  }, [profile?.id, audience]);

  const generate = async () => {
    if (!profile || busy) return; // a second click while minting adds no request (SECURITY B6.50)
    // Issue #12: e.g. organization_usage require and no organization: said before anything is sent.
    if (form.mode === 'client-credentials' && org.problem) return setError({ code: 'ERR_INVALID_MESSAGE', message: org.problem });
    setBusy(true);
    setError(null);
    const organization = form.mode === 'client-credentials' && org.value.trim() ? { organization: org.value.trim() } : {};
    const reply = await send('mint.request', { ...mintPayload(profile, form), ...organization }, 45_000);
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setResult(reply.data);
    if (reply.data.requestedScopes.length === 0) {
      setGranted(reply.data.grantedScopes); // the whole grant is now known: list it first (the background remembers it)
    }
  };

  if (profiles === null) return <p role="status">Loading profiles…</p>;
  if (profiles.length === 0) {
    return (
      <section class="stack" aria-label="Mint">
        <ErrorText error={error} />
        <p>No tenant profile yet. Add one in the options page to mint tokens.</p>
        <button type="button" class="primary" onClick={() => void ext.runtime.openOptionsPage()}>
          Open options
        </button>
      </section>
    );
  }
  const production = profile?.environment === 'production';
  return (
    <section class={`stack card${production ? ' prod-frame' : ''}`} aria-label="Mint">
      <label class="field">
        <span>Profile</span>
        <div class="row" style={{ flexWrap: 'nowrap' }}>
          <select
            aria-label="Profile"
            value={form.profileId}
            onChange={(e) => {
              setForm(initialState(profiles.find((p) => p.id === e.currentTarget.value)));
              setResult(null);
              setError(null);
            }}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label} — {p.domain} ({p.environment})
              </option>
            ))}
          </select>
          {profile && <EnvBadge env={profile.environment} />}
        </div>
      </label>
      {profile && <MintOptions profile={profile} form={form} onChange={(f) => setForm({ ...form, ...f })} />}
      {/* Issue #12: organizations scope tokens for your own APIs, whose servers enforce org_id; reading the grant
          costs a management token, so it is asked for custom APIs only, not on every open of the tab. */}
      {profile && profile.canClientCredentials && form.mode === 'client-credentials' && audience && audience !== managementAudience(profile) && (
        <OrganizationField key={`${profile.id}|${audience}`} profileId={profile.id} audience={audience} value={org.value} onChange={setOrg} />
      )}
      {profile && (
        <ScopePicker selected={form.scopes} onChange={(scopes) => setForm({ ...form, scopes })} granted={granted} catalog={usesCatalog(profile, form)} live={liveApi?.scopes} />
      )}
      {profile && <LiveScopesNote state={liveScopes} api={liveApi} />}
      <div class="row">
        <button type="button" class="primary" disabled={!profile || busy || !audience} onClick={() => void generate()}>
          {busy ? 'Generating…' : 'Generate'}
        </button>
        {mode === 'client-credentials' && (
          <button type="button" aria-expanded={snippets} onClick={() => setSnippets(!snippets)}>
            {snippets ? 'Hide snippets' : 'Snippets'}
          </button>
        )}
      </div>
      {error?.code === 'ERR_LOCKED' ? (
        <UnlockForm onUnlocked={() => void generate()} />
      ) : (
        <ErrorText error={error} />
      )}
      {result && (
        <TokenResult result={result} onSetupExact={profile && asksAuth0(result.mode) ? () => void send('tray.setupExact', { profileId: profile.id, audience }) : undefined} />
      )}
      {snippets && profile && mode === 'client-credentials' && audience && (
        <SnippetsView profileId={profile.id} audience={audience} scopes={form.scopes} granted={granted} />
      )}
    </section>
  );
}
