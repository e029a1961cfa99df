// SECURITY B2.20 (RS→HS confusion), B2.21 (HS* with the user's secret), B2.22 (signature vs time).
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '../../../src/lib/verify/verify';
import { decodeSecret, looksLikePublicKey, secretWarnings } from '../../../src/lib/verify/secret';
import { NOW, ctxWith, fakeFetch, headerOf, jwksOf, m2mClaims, makeKey, signWith, type TestKey } from './helpers';

const SECRET = 'a-global-client-secret-of-40-characters!!';
const enc = (s: string) => new TextEncoder().encode(s);
const hs = (claims: Record<string, unknown>, secret: Uint8Array, alg = 'HS256') => signWith({ alg, privateKey: secret as unknown as CryptoKey }, claims);
const legacyClaims = (extra: Record<string, unknown> = {}) => ({ aud: 'm8DAxghyfE0KdpzogfXgMSxrkCSdKVEF', scopes: { users: { actions: ['read'] } }, iat: NOW - 10, jti: '7e9c6a991f5a227fb7ebaa522536ae4c', ...extra });

let rs: TestKey;
let pem: string;
beforeAll(async () => {
  rs = await makeKey('RS256', 'rs-1');
  pem = rs.pem;
});

describe('B2.20 RS→HS confusion (CVE-2015-9235 / CVE-2022-23541)', () => {
  it('B2.20 HS256 signed with the RSA public-key PEM as secret → alg-not-allowed, never verified, no fetch', async () => {
    const token = await hs(m2mClaims(), enc(pem));
    for (const encoding of ['utf8', 'base64', 'base64url'] as const) {
      const f = fakeFetch(() => jwksOf(rs.publicJwk));
      const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn, { hmacSecret: { value: pem, encoding } }));
      expect(r).toMatchObject({ state: 'alg-not-allowed', code: 'ERR_JOSE_ALG_NOT_ALLOWED', alg: 'HS256' });
      expect(f.calls).toHaveLength(0);
    }
  });

  it('B2.20 the public key as DER base64, a JWK or a JWKS is refused too', async () => {
    const der = pem.replace(/-----[^-]+-----|\s/g, '');
    const token = await hs(m2mClaims(), Buffer.from(der, 'base64'));
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: der, encoding: 'base64' } }));
    expect(r.state).toBe('alg-not-allowed');
    expect(looksLikePublicKey(JSON.stringify(rs.publicJwk), null)).toBe(true);
    expect(looksLikePublicKey(JSON.stringify({ keys: [rs.publicJwk] }), null)).toBe(true);
    expect(looksLikePublicKey(SECRET, enc(SECRET))).toBe(false);
  });

  it('B2.20 an HS256 token carrying the JWKS kid but no secret → needs-secret; the JWKS key is never an HMAC secret', async () => {
    const token = await signWith({ alg: 'HS256', privateKey: enc(SECRET) as unknown as CryptoKey }, m2mClaims(), { kid: 'rs-1' });
    const f = fakeFetch(() => jwksOf(rs.publicJwk));
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn));
    expect(r).toMatchObject({ state: 'needs-secret', code: 'ERR_NEEDS_SECRET', reason: 'missing' });
    expect(f.calls).toHaveLength(0);
  });
});

describe('B2.21 HS* with the user secret', () => {
  it('B2.21 correct secret → "verified with your secret"; a 1-bit flip → ERR_JWS_SIGNATURE_VERIFICATION_FAILED', async () => {
    const token = await hs(legacyClaims(), enc(SECRET));
    const ctx = ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: SECRET, encoding: 'utf8' } });
    expect(await verifyToken({ token, header: headerOf(token) }, ctx)).toMatchObject({ state: 'verified', key: { source: 'secret', alg: 'HS256', encoding: 'utf8' }, warnings: [] });
    const sig = Buffer.from(token.split('.')[2] as string, 'base64url');
    sig[0] = (sig[0] as number) ^ 1;
    const flipped = token.replace(/[^.]+$/, sig.toString('base64url'));
    expect(await verifyToken({ token: flipped, header: headerOf(flipped) }, ctx)).toMatchObject({ state: 'signature-invalid', code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    const wrong = ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: `${SECRET}x`, encoding: 'utf8' } });
    expect((await verifyToken({ token, header: headerOf(token) }, wrong)).state).toBe('signature-invalid');
  });

  it('B2.21 a secret under 32 bytes verifies but carries a weak-key warning', async () => {
    const token = await hs(legacyClaims(), enc('short'));
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: 'short', encoding: 'utf8' } }));
    expect(r.state).toBe('verified');
    expect(r.state === 'verified' && r.warnings[0]).toMatch(/^weak-key: secret is 5 bytes/);
    expect(secretWarnings(new Uint8Array(32))).toEqual([]);
    expect(secretWarnings(new Uint8Array(31))).toHaveLength(1);
    expect(secretWarnings(new Uint8Array(32), 'HS512')).toHaveLength(1);
  });

  it('B2.21 base64 vs base64url vs UTF-8 is an explicit toggle (legacy global secrets are base64-encoded, FACTS §3)', async () => {
    const raw = new Uint8Array(48).map((_, i) => (i * 37 + 251) % 256); // contains +,/ in base64
    const token = await hs(legacyClaims(), raw);
    const b64 = Buffer.from(raw).toString('base64');
    const b64u = Buffer.from(raw).toString('base64url');
    const run = (value: string, encoding: 'utf8' | 'base64' | 'base64url') =>
      verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value, encoding } }));
    expect((await run(b64, 'base64')).state).toBe('verified');
    expect((await run(b64u, 'base64url')).state).toBe('verified');
    expect((await run(b64, 'utf8')).state).toBe('signature-invalid');
    expect(await run(b64, 'base64url')).toMatchObject({ state: 'needs-secret', reason: 'undecodable' });
    expect(await run(b64u, 'base64')).toMatchObject({ state: 'needs-secret', reason: 'undecodable' });
  });

  it('B2.21 HS384/HS512 verify; an empty secret is "needs-secret"', async () => {
    for (const alg of ['HS384', 'HS512']) {
      const token = await hs(legacyClaims(), enc(SECRET.repeat(2)), alg);
      const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: SECRET.repeat(2), encoding: 'utf8' } }));
      expect(r.state).toBe('verified');
    }
    const token = await hs(legacyClaims(), enc(SECRET));
    expect((await verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: '', encoding: 'utf8' } }))).state).toBe('needs-secret');
  });

  it('decodeSecret', () => {
    expect(decodeSecret('aGk=', 'base64')).toEqual(enc('hi'));
    expect(decodeSecret('aGk', 'base64url')).toEqual(enc('hi'));
    expect(decodeSecret('a', 'base64')).toBeNull();
    expect(decodeSecret('a b', 'base64')).toBeNull();
    expect(decodeSecret('', 'utf8')).toBeNull();
  });
});

describe('B2.22 signature state and time state are separate', () => {
  it('B2.22 expired and badly signed → signature failure reported; time still says expired (unverified)', async () => {
    const token = await hs(legacyClaims({ exp: NOW - 5 }), enc(SECRET));
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: 'wrong-secret-wrong-secret-wrong-secret', encoding: 'utf8' } }));
    expect(r.state).toBe('signature-invalid');
    expect(r.time).toMatchObject({ state: { status: 'expired', ago: 5 }, claimsVerified: false });
  });

  it('B2.22 expired but correctly signed → verified + expired', async () => {
    const rsToken = await signWith(rs, m2mClaims({ exp: NOW - 3600 }));
    const r = await verifyToken({ token: rsToken, header: headerOf(rsToken) }, ctxWith(fakeFetch(() => jwksOf(rs.publicJwk)).fn));
    expect(r.state).toBe('verified');
    expect(r.time).toMatchObject({ state: { status: 'expired', exp: NOW - 3600 }, claimsVerified: true });
  });

  it('B2.22 exp == now is expired; leeway moves the boundary; nbf in the future; legacy token without exp', async () => {
    const ctx = (leeway?: number) => ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: SECRET, encoding: 'utf8' }, ...(leeway === undefined ? {} : { leeway }) });
    const at = await hs(legacyClaims({ exp: NOW }), enc(SECRET));
    expect((await verifyToken({ token: at, header: headerOf(at) }, ctx())).time.state.status).toBe('expired');
    expect((await verifyToken({ token: at, header: headerOf(at) }, ctx(60))).time.state.status).toBe('valid');
    const nbf = await hs(legacyClaims({ nbf: NOW + 120, exp: NOW + 999 }), enc(SECRET));
    expect((await verifyToken({ token: nbf, header: headerOf(nbf) }, ctx(60))).time.state).toEqual({ status: 'not-yet-valid', nbf: NOW + 120, in: 120 });
    const noExp = await hs(legacyClaims({ iat: '1446056652' }), enc(SECRET));
    const r = await verifyToken({ token: noExp, header: headerOf(noExp) }, ctx());
    expect(r.state).toBe('verified');
    expect(r.time).toMatchObject({ state: { status: 'no-expiry' }, warnings: ['iat-not-a-number'] });
    const badExp = await hs(legacyClaims({ exp: '1' }), enc(SECRET));
    expect((await verifyToken({ token: badExp, header: headerOf(badExp) }, ctx())).time.state).toMatchObject({ status: 'invalid', claim: 'exp' });
  });

  it('B2.22 a future iat only warns', async () => {
    const token = await hs(legacyClaims({ iat: NOW + 3600, exp: NOW + 7200 }), enc(SECRET));
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf()).fn, { hmacSecret: { value: SECRET, encoding: 'utf8' } }));
    expect(r.time).toMatchObject({ state: { status: 'valid' }, warnings: ['iat-in-future'] });
  });
});
