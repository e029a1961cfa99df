// Typed access to the Management API scope catalog (catalog.json, trimmed from Auth0's OAS; FACTS §5).
// Not for the content script (it uses scope-names.ts). Endpoint scopes are ANY-OF: a token holding
// one listed scope is admitted (FACTS §5: "Insufficient scope, expected any of: …").
import raw from './catalog.json';
import { groupScopes, type EntityGroup } from './group';
import { compareScores, compileTemplate, matchTemplate, normalizeRequestPath, type PathTemplate } from './path-match';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ScopeInfo {
  readonly name: string;
  readonly description: string;
  /** FACTS §3: current_user scopes exist only in user tokens, never in an M2M grant. */
  readonly userTokenOnly: boolean;
  /** undefined = from the OAS; otherwise where the name came from (FACTS §5). */
  readonly origin?: 'resource-server-only' | 'docs-only';
}

export interface Endpoint {
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  /** Any one of these admits the call. */
  readonly scopes: readonly string[];
  readonly lifecycle?: 'EA' | 'beta';
}

export type { EntityGroup } from './group';

export const CATALOG_SOURCE: string = raw.source;

const SCOPES: readonly ScopeInfo[] = Object.freeze(
  raw.scopes.map((s) =>
    Object.freeze({
      name: s.name,
      description: s.description,
      userTokenOnly: 'userTokenOnly' in s && s.userTokenOnly === true,
      ...('origin' in s && s.origin ? { origin: s.origin as ScopeInfo['origin'] } : {}),
    }),
  ),
);
const ENDPOINTS: readonly Endpoint[] = Object.freeze(
  raw.endpoints.map((e) =>
    Object.freeze({
      method: e.method as HttpMethod,
      path: e.path,
      summary: e.summary,
      scopes: Object.freeze([...e.scopes]),
      ...('lifecycle' in e && e.lifecycle ? { lifecycle: e.lifecycle as 'EA' | 'beta' } : {}),
    }),
  ),
);
const SCOPE_BY_NAME: ReadonlyMap<string, ScopeInfo> = new Map(SCOPES.map((s) => [s.name, s]));

export function allScopes(): readonly ScopeInfo[] {
  return SCOPES;
}
export function allEndpoints(): readonly Endpoint[] {
  return ENDPOINTS;
}
export function scopeInfo(name: string): ScopeInfo | undefined {
  return SCOPE_BY_NAME.get(name);
}

// ---- any-of index: scope → endpoint indices, built once on first use -------------------------
// endpointsAdmittedBy must stay well under 0.5 ms for a full-scope token (276 scopes × 452 endpoints);
// marking endpoints through this index is O(total scope→endpoint edges) instead of O(scopes × endpoints).
let scopeIndex: Map<string, Uint16Array> | undefined;
function getScopeIndex(): Map<string, Uint16Array> {
  if (scopeIndex) return scopeIndex;
  const tmp = new Map<string, number[]>();
  ENDPOINTS.forEach((e, i) => {
    for (const s of e.scopes) {
      let list = tmp.get(s);
      if (!list) tmp.set(s, (list = []));
      list.push(i);
    }
  });
  scopeIndex = new Map([...tmp].map(([s, l]) => [s, Uint16Array.from(l)]));
  return scopeIndex;
}

/** Endpoints the given scopes admit (any-of semantics), in catalog order. */
export function endpointsAdmittedBy(scopes: Iterable<string>): Endpoint[] {
  const index = getScopeIndex();
  const hit = new Uint8Array(ENDPOINTS.length);
  for (const s of scopes) {
    const list = index.get(s);
    if (list) for (let k = 0; k < list.length; k++) hit[list[k] as number] = 1;
  }
  const out: Endpoint[] = [];
  for (let i = 0; i < hit.length; i++) if (hit[i]) out.push(ENDPOINTS[i] as Endpoint);
  return out;
}

// ---- path templates ------------------------------------------------------------------------
let compiled: PathTemplate[] | undefined;

/** The catalog endpoint a concrete request maps to (`/api/v2/users/auth0|123` → `/api/v2/users/{id}`). */
export function findEndpoint(method: string, path: string): Endpoint | undefined {
  const norm = normalizeRequestPath(path);
  if (!norm) return undefined;
  const m = method.trim().toUpperCase();
  compiled ??= ENDPOINTS.map((e) => compileTemplate(e.path));
  const segs = norm.split('/');
  let best: { e: Endpoint; score: number[] } | undefined;
  ENDPOINTS.forEach((e, i) => {
    if (e.method !== m) return;
    const score = matchTemplate(compiled![i] as PathTemplate, segs);
    if (score && (!best || compareScores(score, best.score) > 0)) best = { e, score };
  });
  return best?.e;
}

/** Scopes that admit a request (any one suffices), or undefined if the catalog has no such endpoint. */
export function scopesForEndpoint(method: string, path: string): readonly string[] | undefined {
  return findEndpoint(method, path)?.scopes;
}

// ---- grouping and search ---------------------------------------------------------------------
/** groupScopes (./group.ts) with this catalog's descriptions and user-token-only flags. */
export function groupByEntity(scopes: Iterable<string>): EntityGroup[] {
  return groupScopes(scopes, (s) => SCOPE_BY_NAME.get(s));
}

function terms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((t) => t.length > 0).slice(0, 16);
}

/**
 * Case-insensitive AND-search over method, path, summary and scopes. A query shaped like a request
 * (`GET /api/v2/users/auth0|123`) also finds its template. With `scopes`, only admitted endpoints remain.
 */
export function searchEndpoints(query: string, scopes?: Iterable<string>): Endpoint[] {
  const q = query.slice(0, 1000);
  const ts = terms(q);
  const allowed = scopes ? new Set(endpointsAdmittedBy(scopes)) : undefined;
  const req = /^\s*(GET|POST|PUT|PATCH|DELETE)\s+(\S+)\s*$/i.exec(q);
  const exact = req ? findEndpoint(req[1] as string, req[2] as string) : undefined;
  const out: Endpoint[] = exact ? [exact] : [];
  for (const e of ENDPOINTS) {
    if (e === exact) continue;
    const hay = `${e.method} ${e.path} ${e.summary} ${e.scopes.join(' ')}`.toLowerCase();
    if (ts.every((t) => hay.includes(t))) out.push(e);
  }
  return allowed ? out.filter((e) => allowed.has(e)) : out;
}

/** Scopes whose name or description contains every term; exact name, then name prefix, then the rest. */
export function searchScopes(query: string): ScopeInfo[] {
  const ts = terms(query.slice(0, 1000));
  const q = query.trim().toLowerCase();
  const rank = (s: ScopeInfo): number => (s.name === q ? 0 : s.name.startsWith(q) ? 1 : 2);
  return SCOPES.filter((s) => {
    const hay = `${s.name} ${s.description}`.toLowerCase();
    return ts.every((t) => hay.includes(t));
  }).sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : 1));
}
