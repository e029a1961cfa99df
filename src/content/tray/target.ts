// What the page says about where a token should come from and for which API (the tray's PageTarget), from the
// route and, on API pages, the Identifier the page shows. Runs in the content script, on demand.
import { managementDomainOf, readIdentifier } from '../page-info';
import { MANAGEMENT_API_ID, type Route } from '../route';
import type { PageTarget } from './profile';

export function targetOf(route: Route): PageTarget {
  if (route.kind === 'api' || route.kind === 'app-apis' || route.kind === 'dashboard') {
    const management = route.kind !== 'api' || route.apiId === MANAGEMENT_API_ID;
    const identifier = route.kind === 'api' ? readIdentifier() : null;
    // Old hash routes name no tenant; the Management API's identifier `https://DOMAIN/api/v2/` does.
    const fromPage = management ? managementDomainOf(identifier) : null;
    const tenantDomains = route.tenant?.domains ?? (fromPage ? [fromPage] : []);
    const tenantLabel = route.tenant ? `${route.tenant.name} (${route.tenant.region})` : fromPage;
    return { tenantDomains, tenantLabel, management, customAudience: management ? null : identifier };
  }
  return { tenantDomains: [], tenantLabel: null, management: true, customAudience: null };
}
