// Signature verification of a compact JWS with jose (SECURITY B2). The token's header never picks
// the key type: HS* only ever uses the user's secret, RS/PS/ES/EdDSA only a key from the issuer's JWKS,
// and jose.compactVerify gets `algorithms` limited to the chosen key's family (B2.20). Header key
// hints (jku, x5u, jwk, x5c) are never fetched nor used (B2.23). Time is checked separately (B2.22).
import { compactVerify, decodeJwt, decodeProtectedHeader, errors, importJWK } from 'jose';
import { algorithmsForKey, isAsymmetricAlg, isHmacAlg } from './algorithms';
import { parseJwks, publicJwk, rsaModulusBits, selectKey, type Jwk } from './jwks';
import { decodeSecret, looksLikePublicKey, secretWarnings } from './secret';
import { checkTime } from './time';
import { issuerHost, jwksUrlFor } from './trust';
import type { JwksFetchOptions, JwksFetchResult, SignatureOutcome, VerifiedKey, VerifyContext, VerifyInput, VerifyResult } from './types';
import { MAX_TOKEN_CHARS } from '../jwt/limits';

/** Tokens over this size are refused before any decoding (SECURITY B1.16). */
export const MAX_TOKEN_LENGTH = MAX_TOKEN_CHARS;
const HEADER_KEY_HINTS = ['jku', 'x5u', 'jwk', 'x5c'] as const;
// Header members whose disagreement between the caller's header and the token's would change the outcome.
const SECURITY_MEMBERS = ['alg', 'kid', 'crit', 'b64', ...HEADER_KEY_HINTS] as const;

interface Outcome {
  sig: SignatureOutcome;
  verifiedPayload?: Record<string, unknown>;
}

const fail = (sig: SignatureOutcome): Outcome => ({ sig });

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readClaims(token: string): Record<string, unknown> | undefined {
  try {
    return decodeJwt(token) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Verify the signature and report the time state. Never throws; every path returns a state. */
export async function verifyToken(input: VerifyInput, ctx: VerifyContext): Promise<VerifyResult> {
  const leeway = typeof ctx.leeway === 'number' && ctx.leeway >= 0 ? ctx.leeway : 0;
  const token = typeof input.token === 'string' ? input.token : '';
  const claims = isObject(input.payload) ? input.payload : token.length <= MAX_TOKEN_LENGTH ? readClaims(token) : undefined;
  let out: Outcome;
  try {
    out = await verifySignature(input, token, claims, ctx);
  } catch (e) {
    out = fail({ state: 'malformed', code: 'ERR_JWS_INVALID', detail: e instanceof Error ? e.message : 'verification failed' });
  }
  const verified = out.sig.state === 'verified';
  const time = checkTime(verified ? (out.verifiedPayload ?? claims) : claims, ctx.now, leeway, verified);
  return { ...out.sig, time };
}

async function verifySignature(input: VerifyInput, token: string, claims: Record<string, unknown> | undefined, ctx: VerifyContext): Promise<Outcome> {
  // SECURITY B1.10: if the decoder saw duplicate keys, other parsers may read different values.
  if (input.duplicateKeys) return fail({ state: 'ambiguous', code: 'ERR_AMBIGUOUS', reason: 'duplicate keys in header or payload' });
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    return fail({ state: 'malformed', code: 'ERR_JWS_INVALID', detail: `token length ${token.length}` });
  }
  const parts = token.split('.').length;
  if (parts === 5) return fail({ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'jwe', detail: 'encrypted token (JWE)' });
  if (parts !== 3) return fail({ state: 'malformed', code: 'ERR_JWS_INVALID', detail: `${parts} segments, expected 3` });

  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
  } catch {
    return fail({ state: 'malformed', code: 'ERR_JWS_INVALID', detail: 'header does not decode' });
  }
  // The caller's payload picks the issuer (and so the JWKS host); it must agree with the token's own.
  if (isObject(input.payload)) {
    const own = readClaims(token);
    if (own && JSON.stringify(own.iss) !== JSON.stringify(input.payload.iss)) {
      return fail({ state: 'ambiguous', code: 'ERR_AMBIGUOUS', reason: 'payload "iss" differs from the token\'s own payload' });
    }
  }
  const given = isObject(input.header) ? input.header : {};
  for (const m of SECURITY_MEMBERS) {
    if (JSON.stringify(given[m]) !== JSON.stringify(header[m])) {
      return fail({ state: 'ambiguous', code: 'ERR_AMBIGUOUS', reason: `header "${m}" differs from the token's own header` });
    }
  }

  const alg = header.alg;
  if (typeof alg !== 'string') return unsupportedAlg(alg);
  // SECURITY B1.2: "none" in any case is unsigned, never verified.
  if (alg.toLowerCase() === 'none') return fail({ state: 'unsigned', code: 'ERR_UNSIGNED', alg });
  // SECURITY B1.15: we implement no critical extensions; b64:false (RFC 7797) changes what is signed.
  if (header.crit !== undefined) {
    return fail({ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'crit', detail: `crit ${JSON.stringify(header.crit).slice(0, 200)}` });
  }
  if (header.b64 !== undefined && header.b64 !== true) {
    return fail({ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'b64', detail: 'unencoded payload (b64:false)' });
  }
  if (isHmacAlg(alg)) return verifyHmac(token, alg, ctx);
  if (!isAsymmetricAlg(alg)) return unsupportedAlg(alg);
  return verifyWithJwks(token, header, alg, claims, ctx);
}

function unsupportedAlg(alg: unknown): Outcome {
  return fail({ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'unknown-alg', detail: `alg ${JSON.stringify(alg)?.slice(0, 100)}` });
}

async function verifyHmac(token: string, alg: string, ctx: VerifyContext): Promise<Outcome> {
  const secret = ctx.hmacSecret;
  if (!secret || typeof secret.value !== 'string' || secret.value.length === 0) {
    return fail({ state: 'needs-secret', code: 'ERR_NEEDS_SECRET', alg, reason: 'missing' });
  }
  const bytes = decodeSecret(secret.value, secret.encoding);
  // B2.20: an HS token "verified" with a public key as the secret is the RS→HS confusion attack.
  if (looksLikePublicKey(secret.value, bytes)) {
    return fail({ state: 'alg-not-allowed', code: 'ERR_JOSE_ALG_NOT_ALLOWED', alg, reason: 'the secret is public-key material; an HMAC token cannot be checked with a public key' });
  }
  if (!bytes) return fail({ state: 'needs-secret', code: 'ERR_NEEDS_SECRET', alg, reason: 'undecodable' });
  const key: VerifiedKey = { source: 'secret', alg, encoding: secret.encoding };
  return runCompactVerify(token, bytes, [alg], key, secretWarnings(bytes, alg));
}

async function callFetch(ctx: VerifyContext, url: string, opts?: JwksFetchOptions): Promise<JwksFetchResult> {
  try {
    return await ctx.fetchJwks(url, opts);
  } catch (e) {
    return { ok: false, reason: 'network', message: e instanceof Error ? e.message : 'fetch failed' };
  }
}

async function loadJwks(ctx: VerifyContext, url: string, opts?: JwksFetchOptions): Promise<{ ok: true; keys: Jwk[] } | SignatureOutcome> {
  const r = await callFetch(ctx, url, opts);
  if (!r.ok) {
    if (r.reason === 'http') return { state: 'jwks-unreachable', code: 'ERR_JWKS_UNREACHABLE', jwksUrl: url, reason: { kind: 'http', status: r.status } };
    if (r.reason === 'timeout') return { state: 'jwks-unreachable', code: 'ERR_JWKS_TIMEOUT', jwksUrl: url, reason: { kind: 'timeout' } };
    return { state: 'jwks-unreachable', code: 'ERR_JWKS_UNREACHABLE', jwksUrl: url, reason: { kind: 'network', message: String(r.message).slice(0, 300) } };
  }
  const parsed = parseJwks(r.json);
  if (!parsed.ok) return { state: 'jwks-unreachable', code: 'ERR_JWKS_INVALID', jwksUrl: url, reason: { kind: 'malformed', detail: parsed.detail } };
  return parsed;
}

async function verifyWithJwks(token: string, header: Record<string, unknown>, alg: string, claims: Record<string, unknown> | undefined, ctx: VerifyContext): Promise<Outcome> {
  const warnings = HEADER_KEY_HINTS.filter((h) => header[h] !== undefined).map((h) => `ignored-header-${h}`);
  const iss = claims?.iss;
  const host = issuerHost(iss);
  if (host === null) {
    return fail({ state: 'issuer-not-trusted', code: 'ERR_ISSUER_NOT_TRUSTED', iss, host: null, reason: 'iss is not https://HOST/ (no path, port or userinfo)' });
  }
  let trusted = false;
  try {
    trusted = ctx.trustedIssuers(host) === true;
  } catch {
    trusted = false;
  }
  if (!trusted) return fail({ state: 'issuer-not-trusted', code: 'ERR_ISSUER_NOT_TRUSTED', iss, host, reason: 'host is not an Auth0 tenant or a configured custom domain' });

  const jwksUrl = jwksUrlFor(host);
  const hasKid = Object.prototype.hasOwnProperty.call(header, 'kid');
  let jwks = await loadJwks(ctx, jwksUrl);
  if (!('ok' in jwks)) return fail(jwks);
  let sel = selectKey(jwks.keys, header.kid, hasKid, alg);
  // Key rotation: one refetch for an unknown kid; the cache enforces the cool-down (B2.25).
  if (sel.kind === 'none' && (!hasKid || typeof header.kid === 'string')) {
    jwks = await loadJwks(ctx, jwksUrl, { kidMiss: true });
    if (!('ok' in jwks)) return fail(jwks);
    sel = selectKey(jwks.keys, header.kid, hasKid, alg);
  }
  if (sel.kind === 'none') return fail({ state: 'no-matching-key', code: 'ERR_JWKS_NO_MATCHING_KEY', jwksUrl, kid: header.kid, availableKids: sel.availableKids });
  if (sel.kind === 'many') return fail({ state: 'multiple-matching-keys', code: 'ERR_JWKS_MULTIPLE_MATCHING_KEYS', jwksUrl, kid: header.kid, count: sel.count });
  if (sel.kind === 'alg-mismatch') return fail({ state: 'alg-not-allowed', code: 'ERR_JOSE_ALG_NOT_ALLOWED', alg, reason: sel.detail });
  return verifyWithKey(token, sel.jwk, alg, jwksUrl, warnings);
}

async function verifyWithKey(token: string, jwk: Jwk, alg: string, jwksUrl: string, warnings: string[]): Promise<Outcome> {
  const kid = typeof jwk.kid === 'string' ? jwk.kid : undefined;
  if (jwk.kty === 'RSA') {
    const bits = typeof jwk.n === 'string' ? rsaModulusBits(jwk.n) : null;
    if (bits === null) return fail({ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'key', detail: 'RSA key has no valid modulus' });
    if (bits < 2048) return fail({ state: 'weak-key', code: 'ERR_WEAK_KEY', kid, bits }); // B2.26
  }
  const pub = publicJwk(jwk);
  if (!pub) return fail({ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'key', detail: `${jwk.kty} key is missing public members` });
  let key: CryptoKey | Uint8Array;
  try {
    key = await importJWK(pub, alg);
  } catch (e) {
    return fail({ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'key', detail: e instanceof Error ? e.message : 'key import failed' });
  }
  // The key's family (narrowed to its own alg when published), never the header, sets what jose accepts.
  const family = typeof jwk.alg === 'string' ? [jwk.alg] : algorithmsForKey(jwk);
  return runCompactVerify(token, key, family, { source: 'jwks', jwksUrl, kid, alg, kty: jwk.kty }, warnings);
}

async function runCompactVerify(token: string, key: CryptoKey | Uint8Array, algorithms: string[], used: VerifiedKey, warnings: string[]): Promise<Outcome> {
  try {
    const { payload } = await compactVerify(token, key, { algorithms });
    let verifiedPayload: Record<string, unknown> | undefined;
    try {
      const p: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
      if (isObject(p)) verifiedPayload = p;
    } catch {
      // A verified non-JSON payload: the signature is still valid; the time state will say "no-expiry".
    }
    return { sig: { state: 'verified', code: 'OK', key: used, warnings }, ...(verifiedPayload ? { verifiedPayload } : {}) };
  } catch (e) {
    if (e instanceof errors.JWSSignatureVerificationFailed) {
      return fail({ state: 'signature-invalid', code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', key: used });
    }
    if (e instanceof errors.JOSEAlgNotAllowed) return fail({ state: 'alg-not-allowed', code: 'ERR_JOSE_ALG_NOT_ALLOWED', alg: used.alg, reason: e.message });
    if (e instanceof errors.JOSENotSupported) return fail({ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'key', detail: e.message });
    return fail({ state: 'malformed', code: 'ERR_JWS_INVALID', detail: e instanceof Error ? e.message : 'invalid JWS' });
  }
}
