// What Auth0 said about a minted token beyond the token itself (issue #12): the token quotas left ("7 of 10
// tokens left this hour", FACTS §1 Auth0-Client-Quota-Limit / Auth0-Organization-Quota-Limit) and, for a token
// minted for an organization, the `org_id` / `org_name` it carries. Text only. Rendered by the popup's
// TokenResult; the tray gets the same fields as metadata (TrayMintResult). Runs in extension pages.
import type { QuotaView } from '../../lib/auth0/quota';
import type { TokenOrganization } from '../../lib/auth0/organizations';

export function MintExtras({ quota, organization }: { quota?: QuotaView[]; organization?: TokenOrganization }) {
  if (!quota?.length && !organization) return null;
  return (
    <div class="stack" style={{ gap: '4px' }}>
      {organization && (
        <div data-testid="mint-organization" role="group" aria-label="Organization">
          <span class="muted">Organization: </span>
          {organization.id ? (
            <>
              org_id <code data-testid="mint-org-id">{organization.id}</code>
              {organization.name && (
                <>
                  {' '}
                  · org_name <code data-testid="mint-org-name">{organization.name}</code>
                </>
              )}
            </>
          ) : (
            <span>
              asked for <code>{organization.requested}</code>, but the token names no org_id
            </span>
          )}
        </div>
      )}
      {quota && quota.length > 0 && (
        <ul class="muted" data-testid="mint-quota" aria-label="Token quota" style={{ margin: 0, paddingLeft: '16px', fontSize: '12px' }}>
          {quota.map((q) => (
            <li key={`${q.owner}-${q.bucket}`} class={q.remaining === 0 ? 'error' : undefined}>
              {q.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
