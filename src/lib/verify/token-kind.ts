// Cross-JWT confusion guard (SECURITY B2.27): label a token by typ, aud and gty so an ID token or
// a token for another API is never offered as a Management API bearer or for blacklisting.
// Labels come from unverified claims: they steer the UI, they do not prove anything.
import { issuerHost } from './trust';

export type TokenKind =
  /** aud contains https://HOST/api/v2/ and the token was issued to a client (gty client-credentials / sub …@clients). */
  | 'management-m2m'
  /** aud contains https://HOST/api/v2/ and sub is a user (SPA flow, current_user scopes; FACTS §3). */
  | 'management-user'
  /** 2014–2016 APIv2 token: `scopes` object, aud = global client id, HS256 (FACTS §3). */
  | 'legacy-apiv2'
  /** OIDC ID token: nonce, or a client-id aud with no scope. Deprecated as a Management bearer since 2018. */
  | 'id-token'
  /** An access token for some other API. */
  | 'other-access-token'
  | 'unknown';

export interface TokenClassification {
  kind: TokenKind;
  /** `rfc9068` when typ is at+jwt (adds jti/client_id, drops gty/azp; FACTS §2). */
  profile: 'auth0' | 'rfc9068' | null;
  /** The Management API audience found in aud, if any. */
  managementAudience: string | null;
  evidence: string[];
}

function audList(aud: unknown): string[] {
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string').slice(0, 50) : [];
}

/** `https://HOST/api/v2/` with the trailing slash (FACTS §1: without it the API answers 403). */
function isManagementAudience(a: string): boolean {
  const m = /^(https:\/\/[^/]+)\/api\/v2\/$/.exec(a);
  return !!m && issuerHost(`${m[1] as string}/`) !== null;
}

export function classifyToken(header: Record<string, unknown>, payload: Record<string, unknown>): TokenClassification {
  const evidence: string[] = [];
  const typ = typeof header.typ === 'string' ? header.typ.toLowerCase() : '';
  const profile = typ === 'at+jwt' || typ === 'application/at+jwt' ? 'rfc9068' : typ === 'jwt' || typ === '' ? 'auth0' : null;
  if (profile === 'rfc9068') evidence.push('typ at+jwt (RFC 9068 access token)');
  const auds = audList(payload.aud);
  const mgmt = auds.find(isManagementAudience) ?? null;
  const sub = typeof payload.sub === 'string' ? payload.sub : '';
  const result = (kind: TokenKind): TokenClassification => ({ kind, profile, managementAudience: mgmt, evidence });

  if (typeof payload.scopes === 'object' && payload.scopes !== null && !Array.isArray(payload.scopes)) {
    evidence.push('legacy "scopes" object');
    return result('legacy-apiv2');
  }
  if (mgmt) {
    evidence.push(`aud ${mgmt}`);
    if (payload.gty === 'client-credentials' || sub.endsWith('@clients')) {
      evidence.push(payload.gty === 'client-credentials' ? 'gty client-credentials' : 'sub …@clients');
      return result('management-m2m');
    }
    if (sub) evidence.push('sub is a user');
    return result(sub ? 'management-user' : 'unknown');
  }
  if (payload.nonce !== undefined) {
    evidence.push('nonce claim');
    return result('id-token');
  }
  if (profile !== 'rfc9068' && auds.length === 1 && !/^https?:/i.test(auds[0] as string) && payload.scope === undefined) {
    evidence.push('aud is a client id and there is no scope');
    return result('id-token');
  }
  if (payload.scope !== undefined || profile === 'rfc9068') {
    evidence.push('access token for another audience');
    return result('other-access-token');
  }
  return result('unknown');
}

export type Acceptance = { ok: true } | { ok: false; reason: string };

/** "Use this token" for Management API calls: only Management API access tokens and legacy APIv2 tokens. */
export function acceptForManagementCalls(c: TokenClassification): Acceptance {
  if (c.kind === 'management-m2m' || c.kind === 'management-user' || c.kind === 'legacy-apiv2') return { ok: true };
  if (c.kind === 'id-token') return { ok: false, reason: 'ID tokens are not accepted by the Management API since 2018-03-31' };
  return { ok: false, reason: 'aud is not a Management API audience (https://TENANT/api/v2/)' };
}

/**
 * Blacklisting (FACTS §4) needs {aud, jti}; Auth0 access tokens carry no jti (SECURITY B3.31), so in
 * practice only legacy APIv2 tokens qualify. ID tokens and other APIs' tokens are refused.
 */
export function acceptForBlacklist(c: TokenClassification, payload: Record<string, unknown>): Acceptance {
  if (c.kind !== 'legacy-apiv2' && c.kind !== 'management-m2m' && c.kind !== 'management-user') {
    return { ok: false, reason: `a ${c.kind} cannot be blacklisted through the Management API` };
  }
  if (typeof payload.jti !== 'string' || payload.jti.length === 0) {
    return { ok: false, reason: 'the token has no jti (Auth0 access tokens carry none), so it cannot be blacklisted' };
  }
  return { ok: true };
}
