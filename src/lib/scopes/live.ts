// The tenant's own scope list (issue #12 item 6): what `GET /api/v2/resource-servers` says each API (the
// Management API, FACTS §2 `is_system: true`, and every custom API) accepts, so a scope Auth0 adds after this
// release, or a custom API's permissions, work without a new catalog. Pure: parsing the Management API's
// answer (bounded: it is untrusted network data), the cached shape, and the helpers the UI uses. Runs anywhere.
import { dashboardTenantFromUrl, tenantDomainFor } from '../domain/dashboard';
import { managementApiOf } from '../domain';

/** One API as the cache keeps it: names and descriptions only, never a signing secret (the answer may hold one). */
export interface LiveApi {
  id: string;
  identifier: string;
  name: string;
  system: boolean;
  scopes: { value: string; description: string }[];
}

/** The cache entry of one profile. `fetchedAt`: epoch ms. */
export interface LiveScopeList {
  fetchedAt: number;
  apis: LiveApi[];
}

/** What the popup shows: the list (or null: never fetched) and, after a refresh that could not run, why. */
export interface LiveScopesView {
  list: LiveScopeList | null;
  /** Set when the tenant's list could not be read now; the old list (if any) and the catalog still apply. */
  notice?: string;
}

/** What a content script gets: scope names only, for the page's tenant (and the API the page shows). */
export interface PageScopeNames {
  management: string[];
  api: string[];
  fetchedAt: number | null;
}

export const MAX_LIVE_APIS = 500;
export const MAX_LIVE_SCOPES_PER_API = 1000;
const MAX_NAME = 200; // the mint request's own bound on a scope name
const MAX_TEXT = 600;

const str = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length <= max ? v : null);

/** A scope name we can request: non-empty, no whitespace (space separates scopes in the token request). */
export function isRequestableName(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_NAME && !/\s/.test(v);
}

/**
 * One page of the answer: a plain array, or `{resource_servers: [...], total}` with include_totals. Returns the
 * APIs it could read (malformed entries are skipped, not fatal) and the total when the answer said.
 */
export function parseResourceServers(body: unknown): { apis: LiveApi[]; total: number | null } | null {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as { resource_servers?: unknown }).resource_servers : undefined;
  if (!Array.isArray(list)) return null;
  const total = !Array.isArray(body) && typeof (body as { total?: unknown }).total === 'number' ? (body as { total: number }).total : null;
  const apis: LiveApi[] = [];
  for (const raw of list.slice(0, MAX_LIVE_APIS)) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    const identifier = str(r.identifier, MAX_TEXT);
    if (!identifier) continue;
    const scopes: LiveApi['scopes'] = [];
    if (Array.isArray(r.scopes)) {
      for (const s of r.scopes.slice(0, MAX_LIVE_SCOPES_PER_API)) {
        const value = s && typeof s === 'object' ? (s as { value?: unknown }).value : undefined;
        if (!isRequestableName(value) || scopes.some((x) => x.value === value)) continue;
        scopes.push({ value, description: str((s as { description?: unknown }).description, MAX_TEXT) ?? '' });
      }
    }
    apis.push({ id: str(r.id, 64) ?? '', identifier, name: str(r.name, MAX_TEXT) ?? identifier, system: r.is_system === true, scopes });
  }
  return { apis, total };
}

/** The Management API among the tenant's APIs: `is_system`, or the `https://DOMAIN/api/v2/` identifier. */
export function managementApi(list: LiveScopeList, domain?: string): LiveApi | undefined {
  const audience = domain ? managementApiOf(domain.toLowerCase()) : null;
  return list.apis.find((a) => a.system && /\/api\/v2\/?$/.test(a.identifier)) ?? (audience ? list.apis.find((a) => a.identifier === audience) : undefined);
}

/** The API a dashboard route or an audience names: its 24-hex id (`/apis/{id}/…`) or its identifier. */
export function findLiveApi(list: LiveScopeList, idOrIdentifier: string): LiveApi | undefined {
  return list.apis.find((a) => a.id === idOrIdentifier || a.identifier === idOrIdentifier);
}

/** "just now", "5 min ago", "3 h ago", "2 days ago": the age shown next to a live list. */
export function ageText(fetchedAt: number, now: number): string {
  const s = Math.max(0, Math.round((now - fetchedAt) / 1000));
  if (s < 60) return 'just now';
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.floor(h / 24)} days ago`;
}

/** How old a list may be before the popup refreshes it on its own (it still shows the old one meanwhile). */
export const LIVE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * What a content script on `senderUrl` may ask `scopes.forPage` about: a dashboard page only its own tenant's
 * domains (the URL names the tenant, FACTS §6), a reference page only the Management API names of every profile
 * (no domain: `[]`). Anything else (an old hash route naming no tenant) gets null: nothing. Pure.
 */
export function pageDomainsAllowed(senderUrl: string | undefined, requested: readonly string[]): string[] | null {
  if (!senderUrl) return null;
  let u: URL;
  try {
    u = new URL(senderUrl);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:') return null;
  if (u.hostname === 'auth0.com' && u.pathname.startsWith('/docs/')) return requested.length === 0 ? [] : null;
  const tenant = dashboardTenantFromUrl(senderUrl);
  if (!tenant) return null;
  const own = tenantDomainFor(tenant);
  const wanted = requested.map((d) => d.toLowerCase());
  return wanted.length > 0 && wanted.every((d) => own.includes(d)) ? wanted : null;
}
