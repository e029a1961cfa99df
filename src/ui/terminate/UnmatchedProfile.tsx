// A legacy token without iss whose global client id no profile knows (issue #12; FACTS §3: legacy tokens carry
// the global client id as aud and usually no iss): the user chooses the profile of its tenant, and may have the
// global client id remembered on it so the next token of that client finds it. Runs in extension pages.
import { send } from '../../shared/rpc';
import type { PlanProfile } from '../../shared/messages/terminate';
import { ErrorText } from '../mint/ErrorText';
import { ProfileSelect } from './ProfileSelect';
import { useAction } from './useAction';

export function UnmatchedProfile(props: { globalClientId: string; profiles: readonly PlanProfile[]; value: string; onChange(id: string): void }) {
  const remember = useAction<'terminate.rememberGlobalClient'>();
  const chosen = props.profiles.find((p) => p.id === props.value);
  return (
    <div class="stack" data-testid="unmatched-profile">
      <p class="scope-note missing">
        No profile knows the global client id <code>{props.globalClientId}</code> (a legacy token carries no iss). Choose the profile of its tenant:
      </p>
      <ProfileSelect profiles={props.profiles} value={props.value} onChange={(id) => (remember.reset(), props.onChange(id))} label="Profile of this token's tenant" />
      {chosen && !remember.result && (
        <button
          type="button"
          disabled={remember.busy}
          onClick={() => void remember.run(() => send('terminate.rememberGlobalClient', { profileId: chosen.id, globalClientId: props.globalClientId }))}
        >
          Remember this global client id on “{chosen.label}”
        </button>
      )}
      <ErrorText error={remember.error} />
      {remember.result && <p role="status">{remember.result.message}</p>}
    </div>
  );
}
