// Parses the page URL into what the content script needs: which kind of Auth0 page this is, the tenant the
// dashboard URL names, the API id and tab. Pure (no DOM), so it is unit-tested; runs in the content script.
// Routes per FACTS §6: new `/dashboard/{region}/{tenant}/apis/{id}/{tab}`, old `/#/apis/{id}/{tab}`, the
// application side `/applications/{clientId}/apis`, and the reference at auth0.com/docs/api/management/v2/…,
// also localized at auth0.com/docs/{locale}/api/management/v2/… (FACTS §10: the scope names are not translated).
import { tenantDomainFor } from '../lib/domain/dashboard';

export type Route =
  | { kind: 'api'; tenant: Tenant | null; apiId: string; tab: string; legacy: boolean }
  | { kind: 'app-apis'; tenant: Tenant | null; clientId: string; legacy: boolean }
  | { kind: 'dashboard'; tenant: Tenant | null; legacy: boolean }
  | { kind: 'docs'; group: string | null; slug: string | null; locale: string | null }
  | { kind: 'none' };

export interface Tenant {
  region: string;
  name: string;
  /** Canonical domains this tenant may have; `us` tenants can also be the older 3-label `name.auth0.com`. */
  domains: string[];
}

/** The Management API's id in dashboard routes (FACTS §6). */
export const MANAGEMENT_API_ID = 'management';

// The tab slugs seen in the wild and their older names (FACTS §6: Permissions was formerly Scopes; the M2M tab
// was "Non Interactive Clients"). Issue #12: the M2M tab may also be titled "Application Access"; its slug is
// not documented [?], so both the slug spelled after either title and the known ones map to one tab.
const TAB_ALIASES: Record<string, string> = {
  scopes: 'permissions',
  'authorized-applications': 'authorized-clients',
  'non-interactive-clients': 'authorized-clients',
  'application-access': 'authorized-clients',
  'machine-to-machine-applications': 'authorized-clients',
  'machine-to-machine': 'authorized-clients',
  m2m: 'authorized-clients',
};

// The same tabs by their visible title (lower-cased, spaces collapsed), for a route whose slug we do not know.
const TAB_TITLES: Record<string, string> = {
  'machine to machine applications': 'authorized-clients',
  'machine-to-machine applications': 'authorized-clients',
  'application access': 'authorized-clients',
  'non interactive clients': 'authorized-clients',
  'authorized applications': 'authorized-clients',
  permissions: 'permissions',
  scopes: 'permissions',
  'quick start': 'quickstart',
  settings: 'settings',
  test: 'test',
  'api explorer': 'explorer',
};

/** A dashboard slug in its canonical form (`application-access` → `authorized-clients`). */
export function canonicalTab(slug: string): string {
  const t = slug.toLowerCase();
  return TAB_ALIASES[t] ?? t;
}

/** The tab a visible title names ("Application Access" → `authorized-clients`), or null. */
export function tabFromTitle(title: string): string | null {
  const t = title.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(TAB_TITLES, t) ? TAB_TITLES[t]! : null;
}

/** The tabs the content script knows by slug (after aliasing). */
export const KNOWN_TABS: ReadonlySet<string> = new Set(['quickstart', 'settings', 'permissions', 'authorized-clients', 'test', 'explorer']);

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
    return { kind: 'api', tenant, apiId: id, tab: canonicalTab(tab ?? 'quickstart'), legacy };
  }
  if (section === 'applications' && id && tab === 'apis') return { kind: 'app-apis', tenant, clientId: id, legacy };
  return { kind: 'dashboard', tenant, legacy };
}

// A language tag as Auth0's docs spell it in paths: `es`, `fr-ca`, `ja-jp`, `pt-br` (never `api`: 3 letters).
const LOCALE = /^[a-z]{2}(?:-[a-z]{2})?$/i;

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
    if (!seg || seg[0] !== 'docs') return { kind: 'none' };
    // `/docs/fr-ca/api/…`: a locale segment (FACTS §10 names fr-ca, ja-jp, es), then the same reference path.
    const locale = seg[1] && LOCALE.test(seg[1]) ? seg[1].toLowerCase() : null;
    const rest = seg.slice(locale ? 2 : 1);
    if (rest.slice(0, 3).join('/') !== 'api/management/v2') return { kind: 'none' };
    return { kind: 'docs', group: rest[3] ?? null, slug: rest[4] ?? null, locale };
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
