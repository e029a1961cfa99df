// A profile's tenant as the dashboard and the user name it (FACTS §6): its name (typed to confirm actions on a
// production tenant) and its dashboard URL. Reading a dashboard URL back into a tenant lives in src/lib/domain.
// Pure; runs in the background and extension pages.
import { parseTenantDomain } from '../domain';

/** The tenant's name as people know it: the first label of its canonical domain (`demo.us.auth0.com` → `demo`).
 *  Production confirmations ask the user to type it (UI) and check it again (background): one function for both. */
export function tenantName(domain: string): string {
  return domain.split('.')[0] ?? domain;
}

/** FACTS §6: the tenant's dashboard, `https://manage.auth0.com/dashboard/{region}/{tenant}`; null for a domain
 *  that is not an Auth0 tenant domain (a custom domain has no dashboard URL of its own). */
export function dashboardBase(domain: string): string | null {
  const t = parseTenantDomain(domain);
  return t.ok && t.tenant && t.region ? `https://manage.auth0.com/dashboard/${t.region}/${t.tenant}` : null;
}
