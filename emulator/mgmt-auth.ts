// Bearer-token validation and scope checks for the emulated Management API (Node only).
// Accepts (a) RS256 tokens this emulator issued (FACTS §2, §8) and (b) legacy HS256 "APIv2 tokens" signed
// with the base64url-decoded global client secret (FACTS §3). Uses jose for every signature check.
import type { IncomingMessage } from 'node:http';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import catalog from '../src/lib/scopes/catalog.json' with { type: 'json' };
import type { KeyStore } from './keys';
import type { TenantState } from './state';

export type AuthOutcome =
  | { ok: true; scopes: string[]; claims: JWTPayload; legacy: boolean }
  | { ok: false; status: 400 | 401; message: string };

const BAD_HEADER = 'Bad HTTP authentication header format'; // FACTS §7 (400, errorCode "Bearer")
const INVALID = 'Invalid token'; // FACTS §7 [?]: exact 401 body of the hapi stack
const EXPIRED = 'Expired token received for JSON Web Token validation'; // FACTS §7 (laravel-auth0#455)

const invalid = (message = INVALID): AuthOutcome => ({ ok: false, status: 401, message });
const auds = (aud: unknown): string[] => (Array.isArray(aud) ? aud.filter((a) => typeof a === 'string') : typeof aud === 'string' ? [aud] : []);

/** FACTS §3: `scopes: {entity: {actions: [...]}}` → "action:entity"; plus a `scope` string if present. */
export function legacyScopes(claims: Record<string, unknown>): string[] {
  const out = new Set<string>();
  const scopes = claims.scopes;
  if (scopes && typeof scopes === 'object' && !Array.isArray(scopes)) {
    for (const [entity, v] of Object.entries(scopes as Record<string, unknown>)) {
      const actions = (v as { actions?: unknown } | null)?.actions;
      if (Array.isArray(actions)) for (const a of actions) if (typeof a === 'string') out.add(`${a}:${entity}`);
    }
  }
  if (typeof claims.scope === 'string') for (const s of claims.scope.split(/\s+/)) if (s) out.add(s);
  return [...out];
}

export async function authenticate(
  req: IncomingMessage,
  host: string,
  state: TenantState,
  keys: KeyStore,
): Promise<AuthOutcome> {
  const m = /^Bearer +([^\s]+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!m) return { ok: false, status: 400, message: BAD_HEADER };
  const token = m[1]!;
  let alg: string | undefined;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch {
    return invalid();
  }
  let claims: JWTPayload;
  let scopes: string[];
  let legacy = false;
  try {
    if (alg === 'RS256') {
      // FACTS §8: a token is only valid on the host it was issued for (iss = https://HOST/); aud must be the
      // canonical Management API identifier.
      ({ payload: claims } = await jwtVerify(token, createLocalJWKSet(keys.jwks()), {
        algorithms: ['RS256'],
        issuer: `https://${host}/`,
        audience: state.seed.managementAudience,
        requiredClaims: ['exp'],
      }));
      scopes = typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : [];
    } else if (alg === 'HS256') {
      // FACTS §3: HS256 with the base64url-DECODED global client secret; aud = the global client id.
      const secret = Buffer.from(state.seed.globalClient.clientSecret, 'base64url');
      const { payload } = await compactVerify(token, secret, { algorithms: ['HS256'] });
      // Parsed by hand: legacy tokens may carry a string `iat` (FACTS §3 doc example) and may lack `exp`.
      claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
      if (!claims || typeof claims !== 'object') return invalid();
      // [?] OAS "Client is not global." — an HS256 aud other than the global client; body kept generic.
      if (!auds(claims.aud).includes(state.seed.globalClient.clientId)) return invalid();
      if (claims.exp !== undefined) {
        const exp = Number(claims.exp);
        if (!Number.isFinite(exp)) return invalid();
        if (exp <= Math.floor(Date.now() / 1000)) return invalid(EXPIRED);
      }
      scopes = legacyScopes(claims as Record<string, unknown>);
      legacy = true;
    } else {
      return invalid(); // `none` and every other alg
    }
  } catch (e) {
    if (e instanceof errors.JWTExpired) return invalid(EXPIRED);
    return invalid();
  }
  // FACTS §4: a blacklisted (aud, jti) pair → 401 on any call.
  if (state.isBlacklisted(claims.jti, auds(claims.aud), claims.azp)) return invalid();
  return { ok: true, scopes, claims, legacy };
}

type Endpoint = { method: string; path: string; scopes: string[] };
const catalogScopes = new Map<string, string[]>(
  (catalog.endpoints as Endpoint[]).map((e) => [`${e.method} ${e.path}`, e.scopes]),
);

/** Scopes (any of) for a route template: the catalog's list (FACTS §5) where it has the path, else `fallback`. */
export function scopesFor(method: string, template: string, fallback: string[] = []): string[] {
  return catalogScopes.get(`${method} ${template}`) ?? fallback;
}
