// The page's scope vocabulary beyond the bundled catalog (issue #12 item 6): the names the background's cache of
// the tenant's live list holds for this page (the Management API's scopes, and on a custom API's dashboard pages
// that API's own permissions). Runs in the content script. It gets names only (`scopes.forPage`, metadata), never
// a token, and never starts a fetch: the popup refreshes the list. Names are checked again here (bounded,
// no whitespace) because they end up compared with page text.
import { isManagementScope } from '../lib/scopes/scope-names';
import { isRequestableName } from '../lib/scopes/live';
import { send } from '../shared/rpc';
import { MANAGEMENT_API_ID, type Route } from './route';

const MAX_NAMES = 5000;

export class PageVocabulary {
  /** Live Management API names the catalog lacks (a scope Auth0 added after this release). */
  readonly management = new Set<string>();
  /** The permissions of the custom API this page shows. */
  readonly api = new Set<string>();
  fetchedAt: number | null = null;

  /** Any live name (the scan's `known`): the catalog itself is checked by the scanner. */
  readonly has = (name: string): boolean => this.management.has(name) || this.api.has(name);

  /** A Management API scope by the catalog or the tenant (not a custom API's permission). */
  readonly isManagement = (name: string): boolean => isManagementScope(name) || this.management.has(name);

  /** Adds a reply's names; true when a name is new to the page (then the page deserves a rescan). */
  add(reply: { management: readonly string[]; api: readonly string[]; fetchedAt: number | null }): boolean {
    let fresh = false;
    const put = (set: Set<string>, names: readonly string[]) => {
      for (const n of names.slice(0, MAX_NAMES)) {
        if (!isRequestableName(n) || isManagementScope(n) || set.has(n)) continue;
        set.add(n);
        fresh = true;
      }
    };
    put(this.management, reply.management);
    put(this.api, reply.api);
    this.fetchedAt = reply.fetchedAt;
    return fresh;
  }
}

/** The page's tenant domains and API id for `scopes.forPage` (reference pages: every profile's list). */
export function pageQuery(route: Route, tenantDomains: readonly string[]): { domains: string[]; apiId?: string } {
  const domains = route.kind === 'docs' ? [] : tenantDomains.slice(0, 4);
  const apiId = route.kind === 'api' && route.apiId !== MANAGEMENT_API_ID && /^[A-Za-z0-9_-]{1,64}$/.test(route.apiId) ? route.apiId : undefined;
  return apiId ? { domains, apiId } : { domains };
}

/** Asks the background for the page's live names; null when there is nothing (no profile, no cache, error). */
export async function loadPageNames(route: Route, tenantDomains: readonly string[]): Promise<{ management: string[]; api: string[]; fetchedAt: number | null } | null> {
  if (route.kind === 'none') return null;
  // A dashboard page whose tenant we cannot tell (old hash routes) must not borrow another tenant's list.
  if (route.kind !== 'docs' && tenantDomains.length === 0) return null;
  const reply = await send('scopes.forPage', pageQuery(route, tenantDomains), 10_000);
  return reply.ok ? reply.data : null;
}
