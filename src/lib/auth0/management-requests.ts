// Request builders and response parsers for the Management API calls of the Terminate feature (issue #6).
// Pure. Paths and shapes: FACTS §4 (blacklists: POST {aud, jti} → 204, GET ?aud= → plain array), FACTS §2
// (resource servers, 24-hex ids; looked up by identifier), FACTS §6/§7 (client grants, rotate-secret, token
// lifetime 1..2592000). Each request names the catalog template its 403 is mapped with (FACTS §5).
import { parseOrganizationUsage, type OrganizationUsage } from './organizations';

export type MgmtMethod = 'GET' | 'POST' | 'DELETE' | 'PATCH';

export interface MgmtRequest {
  method: MgmtMethod;
  /** Path with encoded segments, e.g. `/api/v2/clients/abc/rotate-secret`. */
  path: string;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
  /** The catalog template (FACTS §5) for scope mapping, e.g. `/api/v2/client-grants/{id}`. */
  template: string;
  /** Safe to repeat after a 5xx or a reset. A blacklist POST is not: its outcome must be re-checked (B6.53). */
  idempotent: boolean;
}

/** FACTS §7: "Maximum Access Token Lifetime", max 2592000 s (30 days). */
export const MAX_TOKEN_LIFETIME = 2_592_000;

const seg = (s: string) => encodeURIComponent(s);

/** FACTS §4: the body is `{aud, jti}` only; the token itself is never sent (SECURITY B3.31). */
export function blacklistAddRequest(aud: string, jti: string): MgmtRequest {
  return { method: 'POST', path: '/api/v2/blacklists/tokens', body: { aud, jti }, template: '/api/v2/blacklists/tokens', idempotent: false };
}

export function blacklistListRequest(aud: string): MgmtRequest {
  return { method: 'GET', path: '/api/v2/blacklists/tokens', query: { aud }, template: '/api/v2/blacklists/tokens', idempotent: true };
}

/** FACTS §9: an app may hold a `client` and a `user` grant for one API; machine access is the `client` one only. */
export function findGrantsRequest(clientId: string, audience: string): MgmtRequest {
  return { method: 'GET', path: '/api/v2/client-grants', query: { client_id: clientId, audience, subject_type: 'client' }, template: '/api/v2/client-grants', idempotent: true };
}

/** FACTS §1/§9: PATCH replaces the grant's scope list; tokens issued afterwards carry exactly these. Repeating
 *  it sets the same list again, so it is safe to retry. */
export function setGrantScopesRequest(grantId: string, scopes: readonly string[]): MgmtRequest {
  return { method: 'PATCH', path: `/api/v2/client-grants/${seg(grantId)}`, body: { scope: [...scopes] }, template: '/api/v2/client-grants/{id}', idempotent: true };
}

/** A machine-to-machine application for exact-scope minting (issue #11). Not idempotent: a retry makes a second app. */
export function createMintingClientRequest(name: string): MgmtRequest {
  return {
    method: 'POST',
    path: '/api/v2/clients',
    body: {
      name,
      description: 'Created by the Token Workbench browser extension for exact-scope tokens. Its grant is changed before each token.',
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
      token_endpoint_auth_method: 'client_secret_post',
    },
    template: '/api/v2/clients',
    idempotent: false,
  };
}

/** A `subject_type: client` grant with no scope yet: each exact mint sets it (FACTS §9). */
export function createClientGrantRequest(clientId: string, audience: string): MgmtRequest {
  return { method: 'POST', path: '/api/v2/client-grants', body: { client_id: clientId, audience, scope: [], subject_type: 'client' }, template: '/api/v2/client-grants', idempotent: false };
}

export function deleteGrantRequest(grantId: string): MgmtRequest {
  return { method: 'DELETE', path: `/api/v2/client-grants/${seg(grantId)}`, template: '/api/v2/client-grants/{id}', idempotent: true };
}

export function rotateSecretRequest(clientId: string): MgmtRequest {
  return { method: 'POST', path: `/api/v2/clients/${seg(clientId)}/rotate-secret`, template: '/api/v2/clients/{id}/rotate-secret', idempotent: false };
}

/** The Management API accepts the identifier (URL-encoded) where the id goes (emulator + FACTS §2). */
export function getResourceServerRequest(idOrIdentifier: string): MgmtRequest {
  return { method: 'GET', path: `/api/v2/resource-servers/${seg(idOrIdentifier)}`, template: '/api/v2/resource-servers/{id}', idempotent: true };
}

/**
 * FACTS §7/§11 [?]: Auth0 may refuse a `token_lifetime` below the API's `token_lifetime_for_web` (7200 on the
 * Management API) with a 400. So when the new lifetime is below the current web lifetime, both are sent.
 */
export function setLifetimeRequest(id: string, seconds: number, currentForWeb: number | null = null): MgmtRequest {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_TOKEN_LIFETIME) throw new RangeError('token_lifetime out of range');
  const both = currentForWeb !== null && seconds < currentForWeb;
  const body = both ? { token_lifetime: seconds, token_lifetime_for_web: seconds } : { token_lifetime: seconds };
  return { method: 'PATCH', path: `/api/v2/resource-servers/${seg(id)}`, body, template: '/api/v2/resource-servers/{id}', idempotent: true };
}

export function requestUrl(host: string, req: MgmtRequest): string {
  const q = req.query ? `?${new URLSearchParams(req.query).toString()}` : '';
  return `https://${host}${req.path}${q}`;
}

const obj = (v: unknown): Record<string, unknown> | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export interface BlacklistedPair {
  aud?: string;
  jti: string;
}

/** FACTS §4: a plain array even with paging params; tolerate a `{tokens: […]}` wrapper. Junk is skipped. */
export function parseBlacklist(body: unknown): BlacklistedPair[] | null {
  const list = Array.isArray(body) ? body : Array.isArray(obj(body)?.tokens) ? (obj(body)!.tokens as unknown[]) : null;
  if (!list) return null;
  const out: BlacklistedPair[] = [];
  for (const item of list.slice(0, 10_000)) {
    const o = obj(item);
    const jti = str(o?.jti);
    if (!jti) continue;
    const aud = str(o?.aud);
    out.push(aud === undefined ? { jti } : { aud, jti });
  }
  return out;
}

/** FACTS §9: `client` (client credentials) or `user` (user flows); node-auth0 v7 also has `anonymous_user`. */
export type SubjectType = 'client' | 'user' | 'anonymous_user';

export interface GrantInfo {
  id: string;
  clientId: string;
  audience: string;
  scope: string[];
  /** As Auth0 sent it; null when absent (grants from before subject_type existed were all client grants). */
  subjectType: string | null;
  /** FACTS §9 (issue #12): `organization_usage` / `allow_any_organization`, null when absent. */
  organizationUsage?: OrganizationUsage | null;
  allowAnyOrganization?: boolean | null;
}

/** A plain array, or the `include_totals` form `{client_grants: […]}`. */
export function parseGrants(body: unknown): GrantInfo[] | null {
  const list = Array.isArray(body) ? body : Array.isArray(obj(body)?.client_grants) ? (obj(body)!.client_grants as unknown[]) : null;
  if (!list) return null;
  return list.flatMap((g) => {
    const o = obj(g);
    const id = str(o?.id);
    const clientId = str(o?.client_id);
    const audience = str(o?.audience);
    if (!id || !clientId || !audience) return [];
    // FACTS §9: a `user` grant serves user flows, never client credentials; a tenant that ignored the
    // subject_type filter must not make us act on it.
    if (o?.subject_type !== undefined && o.subject_type !== 'client') return [];
    const scope = Array.isArray(o?.scope) ? (o.scope as unknown[]).filter((s): s is string => typeof s === 'string') : [];
    const subjectType = str(o?.subject_type) ?? null;
    const organizationUsage = parseOrganizationUsage(o?.organization_usage);
    const allowAnyOrganization = typeof o?.allow_any_organization === 'boolean' ? o.allow_any_organization : null;
    return [{ id, clientId, audience, scope, subjectType, organizationUsage, allowAnyOrganization }];
  });
}

export interface ResourceServerInfo {
  id: string;
  name: string;
  identifier: string;
  tokenLifetime: number | null;
  /** Implicit/hybrid flow lifetime (FACTS §2: 7200 on the Management API). */
  tokenLifetimeForWeb: number | null;
  isSystem: boolean;
}

export function parseResourceServer(body: unknown): ResourceServerInfo | null {
  const o = obj(body);
  const id = str(o?.id);
  const identifier = str(o?.identifier);
  if (!o || !id || !identifier) return null;
  return { id, name: str(o.name) ?? identifier, identifier, tokenLifetime: typeof o.token_lifetime === 'number' ? o.token_lifetime : null, tokenLifetimeForWeb: typeof o.token_lifetime_for_web === 'number' ? o.token_lifetime_for_web : null, isSystem: o.is_system === true };
}

/** The rotate-secret answer is the client with its new `client_secret`. */
/** POST /api/v2/clients answers with the new app, its client_secret included. */
export function parseCreatedClient(body: unknown): { clientId: string; clientSecret: string; name: string } | null {
  const o = obj(body);
  const clientId = str(o?.client_id);
  const clientSecret = str(o?.client_secret);
  return clientId && clientSecret ? { clientId, clientSecret, name: str(o?.name) ?? '' } : null;
}

export function parseRotatedSecret(body: unknown): string | null {
  const s = str(obj(body)?.client_secret);
  return s && s.length <= 4096 ? s : null;
}
