// What kind of Auth0 token this is, from typ/aud/gty/sub/scope (SECURITY B2.27: an ID token, a Management token
// and an RFC 9068 at+jwt must not be confused; blacklist and "use this token" accept only the right kind).
// Pure TypeScript; runs in every extension context. Facts cited from shared/auth0/FACTS.md at write time.

export type TokenKind = 'management-m2m' | 'management-user' | 'custom-api' | 'id-token' | 'at+jwt' | 'legacy-apiv2' | 'unknown';

export interface KindResult {
  readonly kind: TokenKind;
  readonly label: string;
  /** One line: the evidence, e.g. "aud is https://T/api/v2/ and gty is client-credentials". */
  readonly reason: string;
  /** current_user scopes found in the token (FACTS §3 "special scopes"). */
  readonly currentUserScopes: readonly string[];
  readonly warnings: readonly string[];
}

const LABELS: Record<TokenKind, string> = {
  'management-m2m': 'Management API token (machine-to-machine)',
  'management-user': 'Management API token (user)',
  'custom-api': 'Access token for an API',
  'id-token': 'ID token',
  'at+jwt': 'Access token (RFC 9068 at+jwt)',
  'legacy-apiv2': 'Legacy APIv2 token (HS256, global client secret)',
  unknown: 'Unknown token',
};

/** FACTS §3/§5: usable only in user tokens, never grantable to machine-to-machine clients. */
export const CURRENT_USER_SCOPES: readonly string[] = [
  'read:current_user',
  'delete:current_user',
  'create:current_user_device_credentials',
  'delete:current_user_device_credentials',
  'update:current_user_identities',
  'create:current_user_metadata',
  'update:current_user_metadata',
  'delete:current_user_metadata',
];

/** FACTS §1/§2: the Management API audience is https://{domain}/api/v2/, with the trailing slash. */
const MANAGEMENT_AUD = /^https:\/\/([a-z0-9.-]+(?::\d+)?)\/api\/v2\/$/i;
const ISS = /^https:\/\/([a-z0-9.-]+(?::\d+)?)\/$/i;
const CLIENT_ID_LIKE = /^[A-Za-z0-9_-]{16,64}$/; // Auth0 client ids are 32 alphanumerics

type Obj = Readonly<Record<string, unknown>>;

function own(o: Obj | undefined, k: string): unknown {
  return o !== undefined && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

export function audiences(payload: Obj | undefined): string[] {
  const aud = own(payload, 'aud');
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
}

/** The Auth0 host ("dev-x.eu.auth0.com") from `iss` (https, trailing slash) or from a Management `aud`. */
export function tenantFromToken(payload: Obj | undefined): string | undefined {
  const iss = own(payload, 'iss');
  const m = typeof iss === 'string' ? ISS.exec(iss) : null;
  if (m?.[1] !== undefined) return m[1].toLowerCase();
  for (const a of audiences(payload)) {
    const h = MANAGEMENT_AUD.exec(a)?.[1];
    if (h !== undefined) return h.toLowerCase();
  }
  return undefined;
}

/** `{users: {actions: ['read']}}` — the 2014–2016 APIv2 `scopes` claim (FACTS §3). */
export function isLegacyScopesObject(v: unknown): v is Record<string, { actions: string[] }> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const entries = Object.values(v);
  return (
    entries.length > 0 &&
    entries.every((e) => typeof e === 'object' && e !== null && Array.isArray((e as Obj)['actions']))
  );
}

export function grantedScopeList(payload: Obj | undefined): string[] {
  const scope = own(payload, 'scope');
  const list = typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : [];
  const perms = own(payload, 'permissions');
  if (Array.isArray(perms)) for (const p of perms) if (typeof p === 'string') list.push(p);
  return list;
}

export function classifyToken(header: Obj | undefined, payload: Obj | undefined): KindResult {
  const result = (kind: TokenKind, reason: string, extra: { cu?: string[]; warnings?: string[] } = {}): KindResult => ({
    kind,
    label: LABELS[kind],
    reason,
    currentUserScopes: extra.cu ?? [],
    warnings: extra.warnings ?? [],
  });
  if (payload === undefined) {
    // [?] Auth0's opaque access tokens (no audience requested) have been seen as JWE with alg "dir" and an iss.
    const dir = own(header, 'alg') === 'dir' && typeof own(header, 'iss') === 'string';
    const cty = own(header, 'cty');
    if (typeof cty === 'string' && /^(application\/)?jwt$/i.test(cty) && own(header, 'enc') === undefined) {
      return result('unknown', 'a signed wrapper around a nested JWT (cty JWT): see the inner token');
    }
    return result(
      'unknown',
      dir
        ? 'encrypted (alg dir with an iss header): the shape of an Auth0 opaque access token, issued without an audience; only Auth0 can read it'
        : 'no readable claims',
    );
  }
  const alg = own(header, 'alg');
  const typ = own(header, 'typ');
  const gty = own(payload, 'gty');
  const sub = own(payload, 'sub');
  const scope = own(payload, 'scope');
  const auds = audiences(payload);
  const scopes = grantedScopeList(payload);
  const cu = scopes.filter((s) => CURRENT_USER_SCOPES.includes(s));
  const hasExp = own(payload, 'exp') !== undefined;
  const noExpWarning = hasExp ? [] : ['no exp: this token never expires'];

  if (isLegacyScopesObject(own(payload, 'scopes'))) {
    const algNote = alg === 'HS256' ? 'HS256' : `alg ${String(alg)} (legacy tokens were HS256)`;
    return result('legacy-apiv2', `scopes is an {entity: {actions: [...]}} object and ${algNote}`, { cu, warnings: noExpWarning });
  }
  const isUrl = (a: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(a);
  if (alg === 'HS256' && typeof scope === 'string' && auds.length === 1 && !isUrl(auds[0]!) && own(payload, 'nonce') === undefined && gty === undefined && sub === undefined) {
    return result('legacy-apiv2', 'HS256 with a scope string and aud is a client id, not an API URL (legacy APIv2 form)', { cu, warnings: noExpWarning });
  }
  if (typeof typ === 'string' && /^(application\/)?at\+jwt$/i.test(typ)) {
    return result('at+jwt', `typ is ${typ} (RFC 9068 access token profile)`, { cu });
  }
  const mgmt = auds.find((a) => MANAGEMENT_AUD.test(a));
  if (mgmt !== undefined) {
    const isClient = typeof sub === 'string' && sub.endsWith('@clients');
    if (gty === 'client-credentials' || isClient) {
      const why = gty === 'client-credentials' ? 'gty is client-credentials' : 'sub ends with @clients';
      const warnings = cu.length ? [`${cu.join(', ')} cannot be granted to machine-to-machine clients`] : [];
      return result('management-m2m', `aud is ${mgmt} and ${why}`, { cu, warnings });
    }
    if (typeof sub === 'string') {
      const extra = cu.length ? `; current_user scopes: ${cu.join(', ')}` : '';
      return result('management-user', `aud is ${mgmt} and sub is a user (${sub})${extra}`, { cu });
    }
    return result('unknown', `aud is ${mgmt} but there is no sub`, { cu });
  }
  if (own(payload, 'nonce') !== undefined) return result('id-token', 'it carries a nonce (only ID tokens do)');
  const azp = own(payload, 'azp');
  const accessHints = scope !== undefined || gty !== undefined || own(payload, 'permissions') !== undefined;
  if (!accessHints && typeof sub === 'string' && typeof own(payload, 'iss') === 'string' && auds.length > 0) {
    if (typeof azp === 'string' && auds.includes(azp)) return result('id-token', `aud equals azp (${azp}), with a user sub and an iss`);
    if (auds.every((a) => CLIENT_ID_LIKE.test(a))) return result('id-token', `aud ${auds.join(', ')} is a client id, with a user sub and an iss`);
  }
  if (auds.length > 0 && (accessHints || typeof azp === 'string' || auds.some(isUrl))) {
    const why = gty !== undefined ? `gty is ${String(gty)}` : scope !== undefined ? 'it has a scope' : 'it has an API audience';
    return result('custom-api', `aud is ${auds.join(', ')} (not the Management API) and ${why}`, { cu });
  }
  return result('unknown', auds.length ? `aud is ${auds.join(', ')}` : 'no aud claim');
}

/** The Management API audience in `aud`, if any (with the trailing slash, FACTS §1). */
export function managementAudienceOf(payload: Obj | undefined): string | undefined {
  return audiences(payload).find((a) => MANAGEMENT_AUD.test(a));
}

/** Access tokens (as opposed to ID tokens, legacy tokens and unknowns): the ones the no-jti levers apply to. */
export function isAccessToken(kind: TokenKind): boolean {
  return kind === 'management-m2m' || kind === 'management-user' || kind === 'custom-api' || kind === 'at+jwt';
}

export type Acceptance = { ok: true } | { ok: false; reason: string };

const isManagementKind = (k: KindResult, payload: Obj | undefined): boolean =>
  k.kind === 'management-m2m' || k.kind === 'management-user' || (k.kind === 'at+jwt' && managementAudienceOf(payload) !== undefined);

/** "Use this token" for Management API calls (SECURITY B2.27): Management API access tokens and legacy APIv2 tokens only. */
export function acceptForManagementCalls(k: KindResult, payload: Obj | undefined): Acceptance {
  if (isManagementKind(k, payload) || k.kind === 'legacy-apiv2') return { ok: true };
  if (k.kind === 'id-token') return { ok: false, reason: 'ID tokens are not accepted by the Management API since 2018-03-31' };
  return { ok: false, reason: 'aud is not a Management API audience (https://TENANT/api/v2/)' };
}

/**
 * Blacklisting (FACTS §4) needs {aud, jti}; Auth0 access tokens carry no jti (SECURITY B3.31), so in practice only
 * legacy APIv2 tokens (and RFC 9068 Management tokens) qualify. ID tokens and other APIs' tokens are refused.
 */
export function acceptForBlacklist(k: KindResult, payload: Obj | undefined): Acceptance {
  if (!isManagementKind(k, payload) && k.kind !== 'legacy-apiv2') {
    return { ok: false, reason: `${k.label} cannot be blacklisted through the Management API` };
  }
  const jti = own(payload, 'jti');
  if (typeof jti !== 'string' || jti.length === 0) {
    return { ok: false, reason: 'the token has no jti (Auth0 access tokens carry none), so it cannot be blacklisted' };
  }
  return { ok: true };
}
