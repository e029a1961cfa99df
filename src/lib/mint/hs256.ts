// Local HS256 signing, opt-in per profile (issue #4, SECURITY B3.29). Pure (jose + injected clock/random).
// Two modes: a custom API whose signing algorithm is HS256 (iss/sub/aud/scope), and the legacy APIv2 token of
// FACTS §3 (aud = global client id, `scopes` object, base64url-DECODED global secret). Every token carries an
// integer iat, a random 128-bit jti and exp (default 1 h, max 24 h; none only with an explicit flag), and is
// verified against the same secret before it is returned. `alg: none` is never produced.
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';
import { appError } from '../errors';
import { stringsToScopesObject } from '../scopes/legacy';

/** Why Auth0 removed browser-side signing (FACTS §3, §6): shown before the user opts in. */
export const HS256_RISK_TEXT =
  'Auth0 removed browser-side token signing from its API explorer because the global secret was exposed to the ' +
  'browser, anyone holding it could mint a token with any scope (no authorization check), and such tokens never ' +
  'expired. Token Workbench signs only when you opt in per profile, keeps the secret encrypted, always sets an ' +
  'expiry unless you explicitly ask otherwise, and gives each token a random jti so it can be blacklisted.';

export const DEFAULT_LIFETIME_S = 3600;
export const MAX_LIFETIME_S = 86_400;
export const MIN_SECRET_BYTES = 32; // SECURITY B3.29 / RFC 7518 §3.2: a key at least as long as the hash

export type SecretEncoding = 'base64url' | 'utf8';

export interface SignDeps {
  now: () => number; // ms
  randomBytes: (n: number) => Uint8Array;
}

/** SECURITY B3.29: every locally signed token has an `exp`, at most 24 h away; there is no "never expires". */
export interface Lifetime {
  lifetimeSeconds?: number;
}

export interface SignedToken {
  token: string;
  claims: JWTPayload & { iat: number; jti: string };
  iat: number;
  exp: number;
  jti: string;
  /** Scope strings the token carries. */
  scopes: string[];
  warnings: string[];
}

/** Strict base64url (also accepts standard base64 characters and padding, as Auth0 secrets sometimes had). */
export function decodeSecret(secret: string, encoding: SecretEncoding): Uint8Array {
  if (encoding === 'utf8') return new TextEncoder().encode(secret);
  const s = secret.trim().replace(/=+$/, '');
  if (!/^[A-Za-z0-9_+/-]*$/.test(s) || s.length % 4 === 1) {
    throw appError('ERR_INVALID_MESSAGE', 'The secret is not base64url. Switch the toggle to “raw secret” if it is used as text.');
  }
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function checkKey(key: Uint8Array): void {
  if (key.length < MIN_SECRET_BYTES) {
    throw appError('ERR_INVALID_MESSAGE', `The signing secret is too short (${key.length} bytes; HS256 needs at least ${MIN_SECRET_BYTES}).`);
  }
}

export function resolveLifetime(l: Lifetime): number {
  const s = l.lifetimeSeconds ?? DEFAULT_LIFETIME_S;
  if (!Number.isInteger(s) || s < 1 || s > MAX_LIFETIME_S) {
    throw appError('ERR_INVALID_MESSAGE', `Token lifetime must be 1–${MAX_LIFETIME_S} seconds.`);
  }
  return s;
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

async function signAndVerify(payload: JWTPayload, key: Uint8Array, lifetime: number, deps: SignDeps, aud: string): Promise<Omit<SignedToken, 'scopes' | 'warnings'>> {
  checkKey(key);
  const iat = Math.floor(deps.now() / 1000);
  const rnd = deps.randomBytes(16);
  if (rnd.length !== 16) throw appError('ERR_INTERNAL', 'Random source failed.');
  const jti = hex(rnd); // 128 bits, hex like the legacy jti (FACTS §3)
  const exp = iat + lifetime;
  const claims = { ...payload, aud, iat, jti, exp };
  const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
  // Round trip: the same secret must verify what we just signed (SECURITY B3.29).
  const { payload: back } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: aud, currentDate: new Date(iat * 1000) });
  if (back.jti !== jti) throw appError('ERR_INTERNAL', 'The signed token did not verify.');
  return { token, claims: claims as SignedToken['claims'], iat, exp, jti };
}

export interface CustomApiInput extends Lifetime {
  domain: string; // the host the API's tokens claim to come from: iss = https://DOMAIN/
  clientId?: string;
  subject?: string; // default CLIENT_ID@clients (FACTS §2)
  audience: string;
  scopes: readonly string[];
  secret: string;
  secretEncoding: SecretEncoding;
}

export async function signCustomApi(input: CustomApiInput, deps: SignDeps): Promise<SignedToken> {
  const sub = input.subject || (input.clientId ? `${input.clientId}@clients` : '');
  if (!sub) throw appError('ERR_INVALID_MESSAGE', 'A subject (or a client ID) is needed for a custom-API token.');
  if (!input.audience) throw appError('ERR_INVALID_MESSAGE', 'The API identifier (audience) is required.');
  const scopes = [...new Set(input.scopes)];
  const payload: JWTPayload = { iss: `https://${input.domain.toLowerCase()}/`, sub, ...(scopes.length ? { scope: scopes.join(' ') } : {}) };
  const key = decodeSecret(input.secret, input.secretEncoding);
  const out = await signAndVerify(payload, key, resolveLifetime(input), deps, input.audience);
  return { ...out, scopes, warnings: [] };
}

export interface LegacyInput extends Lifetime {
  globalClientId: string;
  globalClientSecret: string;
  /** FACTS §3: base64url-decoded by default; 'utf8' is the "raw secret" toggle. */
  secretEncoding: SecretEncoding;
  scopes: readonly string[];
}

export async function signLegacy(input: LegacyInput, deps: SignDeps): Promise<SignedToken> {
  if (!input.globalClientId) throw appError('ERR_INVALID_MESSAGE', 'The global client ID is required for a legacy APIv2 token.');
  const { scopes: obj, issues } = stringsToScopesObject(input.scopes);
  const bad = issues.filter((i) => i.kind === 'bad-scope');
  if (bad.length) throw appError('ERR_INVALID_MESSAGE', `Scopes must look like action:entity (${bad.length} did not).`);
  const warnings = issues.filter((i) => i.kind === 'unknown-scope').map((i) => `scope ${i.where} is not a known Management API scope`);
  const key = decodeSecret(input.globalClientSecret, input.secretEncoding);
  const out = await signAndVerify({ scopes: obj }, key, resolveLifetime(input), deps, input.globalClientId);
  const scopes = Object.entries(obj).flatMap(([entity, { actions }]) => actions.map((a) => `${a}:${entity}`));
  return { ...out, scopes, warnings };
}
