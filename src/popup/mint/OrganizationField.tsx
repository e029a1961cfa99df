// The Mint tab's organization field (issue #12 item 7): offered in client-credentials mode when the profile's
// grant for the API has `organization_usage` allow or require (FACTS §9), or when it could not be read (then
// with a note); hidden for deny. It reports the value and, with `require` and nothing typed, the problem to
// show before anything is sent. Runs in the popup.
import { useEffect } from 'preact/hooks';
import { useBackground } from '../../ui/useBackground';
import { checkOrganization, offersOrganization, organizationProblem } from '../../lib/auth0/organizations';

export interface OrgState {
  value: string;
  /** Set when the mint must not be sent as it stands (say so before sending). */
  problem: string | null;
}

export function OrganizationField(props: { profileId: string; audience: string; value: string; onChange(s: OrgState): void }) {
  const info = useBackground('mint.grantInfo', { profileId: props.profileId, audience: props.audience });
  const usage = info.status === 'done' ? info.data.organizationUsage : null;
  const shown = info.status === 'done' && offersOrganization(usage);
  const checked = checkOrganization(props.value);
  const problem = !checked.ok ? checked.reason : organizationProblem(usage, checked.value, props.audience);
  // The parent learns of a problem (e.g. "require" and empty) as soon as the grant is known.
  useEffect(() => props.onChange({ value: shown ? props.value : '', problem: shown || usage === 'deny' ? problem : null }), [problem, shown, props.value]);
  if (!shown) return null;
  return (
    <label class="field" data-testid="organization-field">
      <span>
        Organization (id or name){usage === 'require' ? ', required by this grant' : usage === 'allow' ? ', optional' : ''}
      </span>
      <input
        value={props.value}
        onInput={(e) => props.onChange({ value: e.currentTarget.value, problem })}
        aria-label="Organization"
        placeholder="org_… or a name"
        autocomplete="off"
        spellcheck={false}
      />
      {info.data.note && <small class="muted">{info.data.note}</small>}
      {usage !== null && (
        <small class="muted">
          organization_usage: {usage}
          {info.data.allowAnyOrganization === true ? ', any organization' : info.data.allowAnyOrganization === false ? ', only associated organizations' : ''}
        </small>
      )}
    </label>
  );
}
