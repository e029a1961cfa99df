// SECURITY B2.20, B2.23–B2.26: asymmetric verification against a (fake) tenant JWKS.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '../../../src/lib/verify/verify';
import { ISS, JWKS_URL, NOW, TENANT, b64url, ctxWith, fakeFetch, headerOf, jwksOf, m2mClaims, makeKey, rawToken, signWith, weakRsa, type TestKey } from './helpers';

let rs: TestKey;
let rs2: TestKey;
let es: TestKey;
let ed: TestKey;
let ps: TestKey;
let attacker: TestKey;

beforeAll(async () => {
  [rs, rs2, es, ed, ps, attacker] = await Promise.all([
    makeKey('RS256', 'UbiCIPjAe58nGfZBeeoLq'), makeKey('RS256', 'NDI1MkNCMTFBRkU4NEQzQzE2MjdEMUQ3OUNFNDI5RUNFQzg3QkE1Mw'),
    makeKey('ES256', 'es-1'), makeKey('Ed25519', 'ed-1'), makeKey('PS256', 'ps-1'), makeKey('RS256', 'UbiCIPjAe58nGfZBeeoLq'),
  ]);
});

const tenantJwks = () => fakeFetch(() => jwksOf(rs.publicJwk, rs2.publicJwk, es.publicJwk, ed.publicJwk, ps.publicJwk));

describe('B2.20 RS256 against the tenant JWKS', () => {
  it('B2.20 verifies and names the key', async () => {
    const f = tenantJwks();
    const token = await signWith(rs, m2mClaims());
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn));
    expect(r.state).toBe('verified');
    expect(r).toMatchObject({ code: 'OK', key: { source: 'jwks', kid: rs.kid, alg: 'RS256', jwksUrl: JWKS_URL } });
    expect(r.time).toMatchObject({ state: { status: 'valid' }, claimsVerified: true });
    expect(f.calls).toEqual([JWKS_URL]);
  });

  it.each([['ES256'], ['Ed25519'], ['PS256']])('B2.20 also verifies %s keys from the JWKS', async (alg) => {
    const key = { ES256: es, Ed25519: ed, PS256: ps }[alg] as TestKey;
    const token = await signWith(key, m2mClaims());
    expect((await verifyToken({ token, header: headerOf(token) }, ctxWith(tenantJwks().fn))).state).toBe('verified');
  });

  it('B2.20 a token whose alg differs from the JWKS key (kid of an RSA key, alg ES256) is alg-not-allowed', async () => {
    const token = await signWith(es, m2mClaims(), { kid: rs.kid });
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(tenantJwks().fn));
    expect(r).toMatchObject({ state: 'alg-not-allowed', code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
  });

  it('B2.20 a JWKS "oct" key is never used, even when its kid matches', async () => {
    const f = fakeFetch(() => jwksOf({ kty: 'oct', k: b64url('s'.repeat(32)), kid: 'k1' }));
    const token = rawToken({ alg: 'RS256', kid: 'k1' }, m2mClaims(), 'AAAA');
    expect((await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn))).state).toBe('alg-not-allowed');
  });

  it('B2.20 a 1-bit flip in the payload fails the signature', async () => {
    const token = await signWith(rs, m2mClaims());
    const [h, , s] = token.split('.');
    const forged = `${h}.${b64url(JSON.stringify(m2mClaims({ scope: 'read:clients delete:users' })))}.${s}`;
    const r = await verifyToken({ token: forged, header: headerOf(forged) }, ctxWith(tenantJwks().fn));
    expect(r).toMatchObject({ state: 'signature-invalid', code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    expect(r.time.claimsVerified).toBe(false);
  });
});

describe('B2.23 header key hints are never fetched nor used', () => {
  it.each([
    ['jku', { jku: 'https://evil.example/jwks.json' }],
    ['x5u', { x5u: 'https://evil.example/cert.pem' }],
    ['jwk', {}],
    ['x5c', { x5c: ['MIIBszCCAVmgAwIBAgIUAttacker'] }],
  ])('B2.23 %s: only the tenant JWKS is fetched and the embedded key is ignored', async (name, extra) => {
    const hdr = name === 'jwk' ? { jwk: attacker.publicJwk } : extra;
    const token = await signWith(attacker, m2mClaims(), hdr); // same kid as rs, attacker's key
    const f = tenantJwks();
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn));
    expect(r.state).toBe('signature-invalid');
    expect(f.calls).toEqual([JWKS_URL]);
    // Same token with an untrusted issuer: zero requests at all.
    const t2 = await signWith(attacker, m2mClaims({ iss: 'https://evil.example/' }), hdr);
    const f2 = tenantJwks();
    expect((await verifyToken({ token: t2, header: headerOf(t2) }, ctxWith(f2.fn))).state).toBe('issuer-not-trusted');
    expect(f2.calls).toHaveLength(0);
  });

  it('B2.23 a verified token reports that the hints were ignored', async () => {
    const token = await signWith(rs, m2mClaims(), { jku: 'https://evil.example/j' });
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(tenantJwks().fn));
    expect(r).toMatchObject({ state: 'verified', warnings: ['ignored-header-jku'] });
  });
});

describe('B2.24 odd kid values are opaque equality keys', () => {
  it.each([['../../'], ["' OR 1=1 --"], ['k'.repeat(10_240)], [0], [{}], [null], [[]], [true]])('B2.24 kid %#: no throw, no match', async (kid) => {
    const token = rawToken({ alg: 'RS256', kid }, m2mClaims(), 'AAAA');
    const f = tenantJwks();
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn));
    expect(r.state).toBe('no-matching-key');
    // A non-string kid never matches, so there is no point in a rotation refetch.
    expect(f.calls.length).toBe(typeof kid === 'string' ? 2 : 1);
  });

  it('B2.24 a numeric kid does not match a JWKS key whose kid is the same digits', async () => {
    const f = fakeFetch(() => jwksOf({ ...rs.publicJwk, kid: '0' }));
    const token = rawToken({ alg: 'RS256', kid: 0 }, m2mClaims(), 'AAAA');
    expect((await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn))).state).toBe('no-matching-key');
  });
});

describe('B2.25 issuer rules and JWKS faults', () => {
  it.each([
    ['http', 'http://acme.eu.auth0.com/'], ['path', 'https://acme.eu.auth0.com/api/v2/'], ['port', 'https://acme.eu.auth0.com:8443/'],
    ['userinfo', 'https://x@acme.eu.auth0.com/'], ['query', 'https://acme.eu.auth0.com/?a'], ['other host', 'https://evil.example/'],
    ['lookalike', 'https://acme.eu.auth0.com.evil.example/'], ['non-string', 42], ['missing', undefined],
  ])('B2.25 iss %s → issuer-not-trusted, zero fetches', async (_n, iss) => {
    const f = tenantJwks();
    const token = await signWith(rs, m2mClaims({ iss }));
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn));
    expect(r).toMatchObject({ state: 'issuer-not-trusted', code: 'ERR_ISSUER_NOT_TRUSTED' });
    expect(f.calls).toHaveLength(0);
  });

  it('B2.25 iss without the trailing slash is accepted; the JWKS URL is always derived from the host', async () => {
    const f = tenantJwks();
    const token = await signWith(rs, m2mClaims({ iss: `https://${TENANT}` }));
    expect((await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn))).state).toBe('verified');
    expect(f.calls).toEqual([JWKS_URL]);
  });

  it('B2.25 duplicate kid → multiple-matching-keys; missing kid → no-matching-key', async () => {
    const token = await signWith(rs, m2mClaims());
    const dup = fakeFetch(() => jwksOf(rs.publicJwk, { ...rs2.publicJwk, kid: rs.kid }));
    expect(await verifyToken({ token, header: headerOf(token) }, ctxWith(dup.fn))).toMatchObject({ state: 'multiple-matching-keys', count: 2 });
    const none = fakeFetch(() => jwksOf(rs2.publicJwk));
    expect(await verifyToken({ token, header: headerOf(token) }, ctxWith(none.fn))).toMatchObject({ state: 'no-matching-key', availableKids: [rs2.kid] });
  });

  it.each([
    ['404', { ok: false, reason: 'http', status: 404 }, { code: 'ERR_JWKS_UNREACHABLE', reason: { kind: 'http', status: 404 } }],
    ['timeout', { ok: false, reason: 'timeout' }, { code: 'ERR_JWKS_TIMEOUT', reason: { kind: 'timeout' } }],
    ['network', { ok: false, reason: 'network', message: 'ECONNREFUSED' }, { reason: { kind: 'network', message: 'ECONNREFUSED' } }],
    ['HTML body', { ok: true, json: '<html>' }, { code: 'ERR_JWKS_INVALID', reason: { kind: 'malformed' } }],
    ['no keys', { ok: true, json: { foo: [] } }, { reason: { kind: 'malformed', detail: 'JWKS has no "keys" array' } }],
    ['keys not objects', { ok: true, json: { keys: [1, 'x'] } }, { reason: { kind: 'malformed' } }],
    ['key without kty', { ok: true, json: { keys: [{ kid: 'a' }] } }, { reason: { kind: 'malformed' } }],
    ['array', { ok: true, json: [] }, { reason: { kind: 'malformed' } }],
  ] as const)('B2.25 JWKS %s → its own jwks-unreachable reason', async (_n, res, expected) => {
    const token = await signWith(rs, m2mClaims());
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(async () => res));
    expect(r).toMatchObject({ state: 'jwks-unreachable', jwksUrl: JWKS_URL, ...expected });
  });

  it('B2.25 a throwing fetcher or trust policy never escapes', async () => {
    const token = await signWith(rs, m2mClaims());
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(async () => { throw new Error('boom'); }));
    expect(r).toMatchObject({ state: 'jwks-unreachable', reason: { kind: 'network', message: 'boom' } });
    const r2 = await verifyToken({ token, header: headerOf(token) }, ctxWith(tenantJwks().fn, { trustedIssuers: () => { throw new Error('x'); } }));
    expect(r2.state).toBe('issuer-not-trusted');
  });
});

describe('B2.26 broken signatures and weak keys', () => {
  it('B2.26 ES256 with an all-zero signature (r = s = 0) is rejected (CVE-2022-21449)', async () => {
    const token = await signWith(es, m2mClaims());
    const [h, p] = token.split('.');
    const zero = `${h}.${p}.${b64url(new Uint8Array(64))}`;
    const r = await verifyToken({ token: zero, header: headerOf(zero) }, ctxWith(tenantJwks().fn));
    expect(r.state).toBe('signature-invalid');
    expect(r.state).not.toBe('verified');
  });

  it('B2.26 an RSA key under 2048 bits → weak-key, never verified', async () => {
    const weak = weakRsa('weak-1');
    const token = weak.signToken(m2mClaims());
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf(weak.publicJwk)).fn));
    expect(r).toMatchObject({ state: 'weak-key', code: 'ERR_WEAK_KEY', kid: 'weak-1', bits: 1024 });
  });

  it('B2.26 a private JWKS member (d) is never imported; the public part still verifies', async () => {
    const token = await signWith(rs, m2mClaims());
    const r = await verifyToken({ token, header: headerOf(token) }, ctxWith(fakeFetch(() => jwksOf({ ...rs.publicJwk, d: 'AAAA' })).fn));
    expect(r.state).toBe('verified');
  });
});

describe('structure, unsigned and unsupported tokens', () => {
  it.each([['none'], ['None'], ['NONE']])('alg %s → unsigned, no fetch', async (alg) => {
    const f = tenantJwks();
    const token = rawToken({ alg }, m2mClaims());
    expect(await verifyToken({ token, header: headerOf(token) }, ctxWith(f.fn))).toMatchObject({ state: 'unsigned', alg });
    expect(f.calls).toHaveLength(0);
  });

  it.each([
    ['crit', { alg: 'RS256', kid: 'x', crit: ['exp'] }, 'crit'],
    ['b64:false', { alg: 'RS256', kid: 'x', b64: false }, 'b64'],
    ['unknown alg', { alg: 'RS1' }, 'unknown-alg'],
    ['alg object', { alg: { x: 1 } }, 'unknown-alg'],
  ])('%s → unsupported', async (_n, header, reason) => {
    const token = rawToken(header, m2mClaims(), 'AAAA');
    expect(await verifyToken({ token, header: headerOf(token) }, ctxWith(tenantJwks().fn))).toMatchObject({ state: 'unsupported', reason });
  });

  it('JWE → unsupported; wrong segment counts → malformed; nothing throws', async () => {
    const f = tenantJwks();
    expect((await verifyToken({ token: 'a.b.c.d.e', header: {} }, ctxWith(f.fn))).state).toBe('unsupported');
    for (const t of ['', '.', 'a.b', 'a.b.c.d', '!!.!!.!!', 'x'.repeat(300_000)]) {
      expect((await verifyToken({ token: t, header: {} }, ctxWith(f.fn))).state).toBe('malformed');
    }
    expect(f.calls).toHaveLength(0);
  });

  it('duplicate keys flag → ambiguous; a header that disagrees with the token → ambiguous', async () => {
    const f = tenantJwks();
    const token = await signWith(rs, m2mClaims());
    expect((await verifyToken({ token, header: headerOf(token), duplicateKeys: true }, ctxWith(f.fn))).state).toBe('ambiguous');
    expect((await verifyToken({ token, header: { ...headerOf(token), alg: 'HS256' } }, ctxWith(f.fn))).state).toBe('ambiguous');
    const other = { ...m2mClaims(), iss: 'https://other.eu.auth0.com/' };
    expect((await verifyToken({ token, header: headerOf(token), payload: other }, ctxWith(f.fn, { trustedIssuers: () => true }))).state).toBe('ambiguous');
    expect(f.calls).toHaveLength(0);
  });

  it('uses the caller payload for iss but the verified payload for time', async () => {
    const token = await signWith(rs, m2mClaims({ exp: NOW - 10 }));
    const r = await verifyToken({ token, header: headerOf(token), payload: m2mClaims() }, ctxWith(tenantJwks().fn));
    expect(r).toMatchObject({ state: 'verified', time: { state: { status: 'expired' }, claimsVerified: true } });
    expect(ISS).toBe(`https://${TENANT}/`);
  });
});
