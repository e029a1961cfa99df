// Blacklisting one token from the decoded view (issue #6, FACTS §4): pick the profile and the `aud` when
// there is a choice, confirm, and see the re-checked result. A time-out is never re-sent behind the user's
// back: the background re-checks the list and, if the pair is not there, this asks "Send again?" (SECURITY
// B6.53). A 403 names `blacklist:tokens` and where to grant it. A tenant without the endpoint (404/405/410,
// FACTS §11) gets the background's one message and the levers, with no way to resend (issue #12). Runs in
// extension pages.
import { useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { TerminatePlan } from '../../shared/messages/terminate';
import { ProfileSelect } from './ProfileSelect';
import { ErrorText } from '../mint/ErrorText';
import { Confirm } from './Confirm';
import { ScopeNote } from './ScopeNote';
import { useAction } from './useAction';
import { Levers } from './Levers';
import { UnmatchedProfile } from './UnmatchedProfile';

export function BlacklistBox({ plan, onDone }: { plan: TerminatePlan; onDone?: () => void }) {
  const [profileId, setProfileId] = useState(plan.profiles[0]?.id ?? '');
  const [aud, setAud] = useState(plan.audChoices.length === 1 ? plan.audChoices[0]! : '');
  const [asking, setAsking] = useState(true);
  const [lastConfirm, setLastConfirm] = useState('');
  const act = useAction<'blacklist.add'>();
  const profile = plan.profiles.find((p) => p.id === profileId);
  const jti = plan.jti!;

  const go = async (confirm: string) => {
    setLastConfirm(confirm);
    const r = await act.run(() => send('blacklist.add', { profileId, aud, jti, confirm }, 45_000));
    if (r) setAsking(false);
  };

  // FACTS §11: the tenant answered 404/405/410: blacklisting is gone there; the levers are what is left.
  const gone = act.error?.detail?.blacklistGone === true;

  if (!profile) {
    return <p class="muted">No profile for this token's tenant: add one in Options (the token's iss, or the profile that minted it).</p>;
  }
  return (
    <div class="stack" data-testid="blacklist-box">
      {plan.unmatched ? (
        <UnmatchedProfile globalClientId={plan.unmatched.globalClientId} profiles={plan.profiles} value={profileId} onChange={setProfileId} />
      ) : (
        plan.profiles.length > 1 && <ProfileSelect profiles={plan.profiles} value={profileId} onChange={setProfileId} label="Profile to blacklist with" />
      )}
      {plan.audChoices.length > 1 && (
        <label class="field">
          <span>aud to send (the token has several)</span>
          <select value={aud} onChange={(e) => setAud(e.currentTarget.value)} aria-label="Audience to blacklist for">
            <option value="">Choose one…</option>
            {plan.audChoices.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      )}
      <ScopeNote status={profile.scopes.blacklist} />
      {asking && aud && !gone && (
        <Confirm
          profile={profile}
          action={`Blacklist jti ${jti} for aud ${aud}: Auth0 will refuse this token (401) from now on`}
          confirmLabel="Blacklist now"
          busy={act.busy}
          onConfirm={(c) => void go(c)}
          onCancel={() => onDone?.()}
        />
      )}
      {act.busy && <p class="muted" role="status">Blacklisting… (up to 10 s)</p>}
      <ErrorText error={act.error} />
      {gone && plan.levers && (
        <div class="stack" data-testid="blacklist-gone">
          <p>The levers still work on this tenant: they stop new tokens or shorten the next ones.</p>
          <Levers key={profile.id} plan={plan} profile={profile} />
        </div>
      )}
      {act.result && (
        <div class={act.result.outcome === 'unknown' ? 'ask stack' : 'stack'}>
          <p role="status" data-testid="blacklist-result" data-outcome={act.result.outcome}>
            {act.result.message}
          </p>
          {act.result.outcome === 'unknown' && (
            <div class="row">
              <button type="button" class="primary" onClick={() => void go(lastConfirm)} disabled={act.busy}>
                Send again
              </button>
              <button type="button" onClick={() => onDone?.()}>
                Leave it
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
