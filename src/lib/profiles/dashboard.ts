// Recognises the tenant from a dashboard URL (issue #4, FACTS §6): `https://manage.auth0.com/dashboard/{region}/
// {tenant}/…`, and matches it to a profile. The region is the label before auth0.com; a 3-label
// `tenant.auth0.com` counts as `us` (auth0-cli formatManageTenantURL). Old hash routes carry no tenant → null.
import type { Profile } from './profile';

import { dashboardTenantFromUrl, tenantDomainFor, type DashboardTenant } from '../domain';

export type { DashboardTenant };
/** The dashboard URL's tenant: the one parser lives in src/lib/domain. */
export const tenantFromDashboardUrl = dashboardTenantFromUrl;

export function tenantOfDomain(domain: string): DashboardTenant | null {
  const labels = domain.toLowerCase().split('.');
  if (labels.length === 3 && labels[1] === 'auth0' && labels[2] === 'com') return { tenant: labels[0]!, region: 'us' };
  if (labels.length === 4 && labels[2] === 'auth0' && labels[3] === 'com') return { tenant: labels[0]!, region: labels[1]! };
  return null;
}

/** The first profile whose canonical domain is the tenant of this dashboard URL. */
export function matchDashboardProfile<P extends Pick<Profile, 'id' | 'domain'>>(profiles: readonly P[], url: string): { tenant: DashboardTenant; profile: P | null } | null {
  const t = tenantFromDashboardUrl(url);
  if (!t) return null;
  const candidates = tenantDomainFor(t);
  const profile = profiles.find((p) => candidates.includes(p.domain.toLowerCase())) ?? null;
  return { tenant: t, profile };
}
