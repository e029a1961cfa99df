// Which Management API scopes each Terminate action needs (issue #6), from the scope catalog (FACTS §5: the
// scopes listed on one endpoint are ANY-OF; an action calling two endpoints needs one scope of each). The
// blacklist endpoints are not in the current OAS, so `blacklist:tokens` is hard-wired (FACTS §4). Pure.
import { findEndpoint, type HttpMethod } from '../scopes/catalog';

export type TerminateAction = 'blacklist' | 'deleteGrant' | 'rotateSecret' | 'setLifetime';

/** One entry per endpoint called; any scope of an entry admits that call. */
export type ScopeRequirement = readonly (readonly string[])[];

const fromCatalog = (method: HttpMethod, template: string, fallback: string[]): string[] => {
  const e = findEndpoint(method, template.replace(/\{id\}/g, 'x'));
  return e && e.scopes.length ? [...e.scopes] : fallback;
};

/** FACTS §4 [?]: the emulator and auth0.net use `blacklist:tokens` for both GET and POST. */
export const BLACKLIST_SCOPE = 'blacklist:tokens';

export function requirementFor(action: TerminateAction): ScopeRequirement {
  switch (action) {
    case 'blacklist':
      return [[BLACKLIST_SCOPE]];
    case 'deleteGrant':
      return [fromCatalog('GET', '/api/v2/client-grants', ['read:client_grants']), fromCatalog('DELETE', '/api/v2/client-grants/{id}', ['delete:client_grants'])];
    case 'rotateSecret':
      return [fromCatalog('POST', '/api/v2/clients/{id}/rotate-secret', ['update:client_keys'])];
    case 'setLifetime':
      return [fromCatalog('GET', '/api/v2/resource-servers/{id}', ['read:resource_servers']), fromCatalog('PATCH', '/api/v2/resource-servers/{id}', ['update:resource_servers'])];
  }
}

export type ScopeState = 'granted' | 'missing' | 'unknown';

export interface ScopeStatus {
  state: ScopeState;
  /** Requirement entries no granted scope satisfies (each: any of these). */
  missing: string[][];
  /** Human list, e.g. "read:client_grants + delete:client_grants". */
  label: string;
}

export function requirementLabel(req: ScopeRequirement): string {
  return req.map((any) => any.join(' or ')).join(' + ');
}

/** `granted` null (or empty: an opaque answer told us nothing) → unknown: try, and map a 403. */
export function scopeStatus(req: ScopeRequirement, granted: readonly string[] | null): ScopeStatus {
  const label = requirementLabel(req);
  if (!granted || granted.length === 0) return { state: 'unknown', missing: [], label };
  const have = new Set(granted);
  const missing = req.filter((any) => !any.some((s) => have.has(s))).map((any) => [...any]);
  return { state: missing.length ? 'missing' : 'granted', missing, label };
}

/** One scope per requirement entry: what a legacy HS256 management token is minted with (FACTS §3). */
export function scopesToRequest(req: ScopeRequirement): string[] {
  return [...new Set(req.map((any) => any[0]!).filter(Boolean))];
}
