// Test helpers: real keys from jose / node:crypto, token builders and counting fake JWKS fetchers.
import { generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { CompactSign, exportJWK, exportSPKI, generateKeyPair, type JWK } from 'jose';
import type { JwksFetchResult, VerifyContext } from '../../../src/lib/verify/types';

export const TENANT = 'acme.eu.auth0.com';
export const ISS = `https://${TENANT}/`;
export const JWKS_URL = `https://${TENANT}/.well-known/jwks.json`;
export const NOW = 1_757_500_635;

export const b64url = (s: string | Uint8Array) => Buffer.from(s).toString('base64url');

export interface TestKey {
  alg: string;
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
  /** SPKI PEM of the public key (what an attacker would use as an HMAC secret, B2.20). */
  pem: string;
}

export async function makeKey(alg: 'RS256' | 'ES256' | 'Ed25519' | 'PS256', kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { alg, kid, privateKey, publicJwk, pem: await exportSPKI(publicKey) };
}

export function m2mClaims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: ISS, sub: 'QfNt@clients', aud: `${ISS}api/v2/`, iat: NOW - 100, exp: NOW + 86_300,
    scope: 'read:clients', gty: 'client-credentials', azp: 'QfNt', ...extra,
  };
}

export async function signWith(key: TestKey | { alg: string; privateKey: CryptoKey | Uint8Array }, claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  const h = { alg: key.alg, typ: 'JWT', ...('kid' in key ? { kid: key.kid } : {}), ...header };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader(h as { alg: string }).sign(key.privateKey);
}

/** Build a token by hand (for algs/keys jose refuses to sign with, e.g. 1024-bit RSA, or `none`). */
export function rawToken(header: Record<string, unknown>, claims: Record<string, unknown>, sig = ''): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${sig}`;
}

export function weakRsa(kid: string) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const publicJwk = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: 'RS256', use: 'sig' };
  const signToken = (claims: Record<string, unknown>) => {
    const unsigned = `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))}.${b64url(JSON.stringify(claims))}`;
    return `${unsigned}.${nodeSign('sha256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
  };
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  return { publicJwk, signToken, pem };
}

export function headerOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A fake fetcher that counts calls and records URLs. */
export function fakeFetch(respond: (url: string) => JwksFetchResult | Promise<JwksFetchResult>) {
  const calls: string[] = [];
  const fn = async (url: string) => {
    calls.push(url);
    return respond(url);
  };
  return { fn, calls };
}

export function jwksOf(...keys: unknown[]): JwksFetchResult {
  return { ok: true, json: { keys } };
}

export function ctxWith(fetchJwks: VerifyContext['fetchJwks'], extra: Partial<VerifyContext> = {}): VerifyContext {
  return { now: NOW, trustedIssuers: (h) => h === TENANT, fetchJwks, ...extra };
}
