// Parses the page URL into what the content script needs: which kind of Auth0 page this is, the tenant the
// dashboard URL names, the API id and tab. Pure (no DOM), so it is unit-tested; runs in the content script.
// Routes per FACTS §6: new `/dashboard/{region}/{tenant}/apis/{id}/{tab}`, old `/#/apis/{id}/{tab}`, the
// application side `/applications/{clientId}/apis`, and the reference at auth0.com/docs/api/management/v2/….
import { tenantDomainFor } from '../lib/domain/dashboard';

export type Route =
  | { kind: 'api'; tenant: Tenant | null; apiId: string; tab: string; legacy: boolean }
  | { kind: 'app-apis'; tenant: Tenant | null; clientId: string; legacy: boolean }
  | { kind: 'dashboard'; tenant: Tenant | null; legacy: boolean }
  | { kind: 'docs'; group: string | null; slug: string | null }
  | { kind: 'none' };

export interface Tenant {
  region: string;
  name: string;
  /** Canonical domains this tenant may have; `us` tenants can also be the older 3-label `name.auth0.com`. */
  domains: string[];
}

/** The Management API's id in dashboard routes (FACTS §6). */
export const MANAGEMENT_API_ID = 'management';

// The tab slugs seen in the wild and their older names (FACTS §6: Permissions was formerly Scopes).
const TAB_ALIASES: Record<string, string> = {
  scopes: 'permissions',
  'authorized-applications': 'authorized-clients',
  'non-interactive-clients': 'authorized-clients',
};

/** The tenant of a dashboard route and its candidate domains (`us` is ambiguous: both forms, FACTS §6). */
export function tenantOf(region: string, name: string): Tenant | null {
  const domains = tenantDomainFor({ region, tenant: name });
  return domains.length ? { region: region.toLowerCase(), name: name.toLowerCase(), domains } : null;
}

function segments(path: string): string[] | null {
  try {
    return path.split(/[?#]/)[0]!.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null; // malformed %-escapes: not a page we decorate
  }
}

function dashboardRoute(seg: string[], tenant: Tenant | null, legacy: boolean): Route {
  const [section, id, tab] = seg;
  if (section === 'apis' && id) {
    const t = (tab ?? 'quickstart').toLowerCase();
    return { kind: 'api', tenant, apiId: id, tab: TAB_ALIASES[t] ?? t, legacy };
  }
  if (section === 'applications' && id && tab === 'apis') return { kind: 'app-apis', tenant, clientId: id, legacy };
  return { kind: 'dashboard', tenant, legacy };
}

export function parseRoute(href: string): Route {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'none' };
  }
  if (url.protocol !== 'https:') return { kind: 'none' };
  const host = url.hostname.toLowerCase();
  if (host === 'manage.auth0.com') {
    const seg = segments(url.pathname);
    if (!seg) return { kind: 'none' };
    if (seg[0] === 'dashboard' && seg.length >= 3) {
      return dashboardRoute(seg.slice(3), tenantOf(seg[1]!, seg[2]!), false);
    }
    if (seg.length === 0 && url.hash.startsWith('#/')) {
      const hashSeg = segments(url.hash.slice(2));
      return hashSeg ? dashboardRoute(hashSeg, null, true) : { kind: 'none' };
    }
    return { kind: 'none' };
  }
  if (host === 'auth0.com') {
    const seg = segments(url.pathname);
    if (!seg || seg.slice(0, 4).join('/') !== 'docs/api/management/v2') return { kind: 'none' };
    return { kind: 'docs', group: seg[4] ?? null, slug: seg[5] ?? null };
  }
  return { kind: 'none' };
}

/** True where scope names are decorated with toggles. */
export function decoratesScopes(route: Route): boolean {
  return route.kind === 'api' || route.kind === 'app-apis' || route.kind === 'docs';
}

/** Custom APIs define their own permission names: recognise them by syntax inside tables and chips. */
export function acceptsCustomScopes(route: Route): boolean {
  return (route.kind === 'api' && route.apiId !== MANAGEMENT_API_ID) || route.kind === 'app-apis';
}

/** Best URL for "Copy as curl": the reference group's collection on docs pages, else the API root. */
export function curlPath(route: Route): string {
  return route.kind === 'docs' && route.group ? `/api/v2/${route.group}` : '/api/v2/';
}
