// Mapping between Auth0 dashboard URLs and tenant domains (FACTS §6). New dashboard routes are
// https://manage.auth0.com/dashboard/{region}/{tenant}/…; the old hash routes (`/#/apis/…`) carry no
// tenant at all, so they give null rather than a guess.

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export interface DashboardTenant {
  region: string;
  tenant: string;
}

export function dashboardTenantFromUrl(url: string): DashboardTenant | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.hostname !== 'manage.auth0.com' || u.port !== '' || u.username !== '') return null;
  const m = /^\/dashboard\/([^/]+)\/([^/]+)(?:\/|$)/.exec(u.pathname);
  if (!m) return null;
  const region = (m[1] as string).toLowerCase();
  const tenant = (m[2] as string).toLowerCase();
  return LABEL.test(region) && LABEL.test(tenant) ? { region, tenant } : null;
}

/**
 * Candidate tenant domains for a dashboard region/tenant: `tenant.region.auth0.com`; for `us` also the
 * 3-label `tenant.auth0.com` used by older US tenants (FACTS §6: auth0-cli maps both to `us`). The
 * regional form comes first (what new tenants get); callers can probe both. [] for invalid labels.
 */
export function tenantDomainFor({ region, tenant }: DashboardTenant): string[] {
  const r = String(region).toLowerCase();
  const t = String(tenant).toLowerCase();
  if (!LABEL.test(r) || !LABEL.test(t)) return [];
  return r === 'us' ? [`${t}.us.auth0.com`, `${t}.auth0.com`] : [`${t}.${r}.auth0.com`];
}
