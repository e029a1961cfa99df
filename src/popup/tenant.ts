// Which Auth0 tenant the active tab's dashboard page belongs to (FACTS §6). `tabs.query` reveals the URL only
// for hosts we hold a host permission for (https://*.auth0.com/*), so no `tabs` permission is needed
// (SECURITY B4.42). Runs in the popup.
import { dashboardTenantFromUrl, tenantDomainFor } from '../lib/domain';
import { ext } from '../shared/browser';

export interface ActiveTenant {
  tenant: string;
  region: string;
  /** Candidate tenant domains, regional form first. */
  domains: string[];
}

export async function activeDashboardTenant(): Promise<ActiveTenant | null> {
  try {
    const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
    const t = tab?.url ? dashboardTenantFromUrl(tab.url) : null;
    return t ? { ...t, domains: tenantDomainFor(t) } : null;
  } catch {
    return null;
  }
}
