// Organizations on the client-credentials grant (Node only; issue #12 item 7). FACTS §1: the token request may
// carry `organization` (an id or a name); FACTS §9: the client grant's `organization_usage` (deny | allow |
// require) and `allow_any_organization`. Auth0 documents that the org's M2M access needs the grant associated
// with the organization unless any organization is allowed, and that the token then carries `org_id`.
// [?] Auth0's exact error texts for these refusals are not recorded; the ones below are the emulator's own,
// in the OAuth shape of FACTS §1, and the product quotes whatever Auth0 says. [?] `org_name` is added as Auth0
// does for organizations when the tenant includes organization names in tokens (assumed on here).
import type { SeedGrant, SeedOrganization } from './seed';
import type { TenantState } from './state';

export type OrgOutcome =
  | { ok: true; org: SeedOrganization | null }
  | { ok: false; status: number; error: string; description: string };

export function resolveOrganization(state: TenantState, grant: SeedGrant, requested: string | undefined): OrgOutcome {
  const usage = grant.organizationUsage ?? 'deny';
  if (!requested) {
    if (usage === 'require') return { ok: false, status: 400, error: 'invalid_request', description: 'An organization is required for this client grant: send the organization parameter' };
    return { ok: true, org: null };
  }
  if (usage === 'deny') return { ok: false, status: 400, error: 'invalid_request', description: 'Organizations are not allowed for this client grant (organization_usage is deny)' };
  const wanted = requested.trim();
  const org = state.seed.organizations.find((o) => o.id === wanted || o.name === wanted.toLowerCase());
  if (!org) return { ok: false, status: 400, error: 'invalid_request', description: `Organization not found: ${wanted}` };
  if (!grant.allowAnyOrganization && !org.clientGrantIds.includes(grant.id)) {
    return { ok: false, status: 403, error: 'access_denied', description: `Client is not authorized to access organization "${org.id}" for this API` };
  }
  return { ok: true, org };
}
