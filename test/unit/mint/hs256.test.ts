// Local HS256 signing (SECURITY B3.29; FACTS §3 legacy APIv2 tokens; custom-API mode).
import { describe, expect, it } from 'vitest';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { decodeSecret, signCustomApi, signLegacy, MAX_LIFETIME_S } from '../../../src/lib/mint/hs256';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0, 700); // a fractional second: iat must still be an integer
const deps = { now: () => NOW, randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)) };
// The emulator's demo global secret: base64url of 54 bytes (FACTS §3: used base64url-DECODED).
const GLOBAL_SECRET = 'c2VjcmV0LWdsb2JhbC1kZW1vLXRlbmFudC1rZXktMDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1u';
const legacy = { globalClientId: 'GlobalDemoClientId00000000000005', globalClientSecret: GLOBAL_SECRET, secretEncoding: 'base64url' as const, scopes: ['read:users', 'update:users', 'read:clients'] };

describe('legacy APIv2 mint (SECURITY B3.29)', () => {
  it('B3.29 aud = global client id, scopes object, integer iat, 128-bit jti, exp default 1 h, verifies with the DECODED secret', async () => {
    const t = await signLegacy(legacy, deps);
    expect(decodeProtectedHeader(t.token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(t.token, decodeSecret(GLOBAL_SECRET, 'base64url'), { currentDate: new Date(NOW) });
    expect(payload.aud).toBe(legacy.globalClientId);
    expect(payload.scopes).toEqual({ users: { actions: ['read', 'update'] }, clients: { actions: ['read'] } });
    expect(Number.isInteger(payload.iat)).toBe(true);
    expect(payload.iat).toBe(Math.floor(NOW / 1000));
    expect(payload.exp).toBe(payload.iat! + 3600);
    expect(payload.jti).toMatch(/^[0-9a-f]{32}$/);
    expect(t.scopes).toEqual(['read:users', 'update:users', 'read:clients']);
    // Not verifiable with the secret's text bytes: the decoding matters.
    await expect(jwtVerify(t.token, new TextEncoder().encode(GLOBAL_SECRET))).rejects.toThrow();
  });
  it('B3.29 every token gets a fresh jti', async () => {
    const a = await signLegacy(legacy, deps);
    const b = await signLegacy(legacy, deps);
    expect(a.jti).not.toBe(b.jti);
  });
  it('B3.29 a secret shorter than 32 bytes is refused', async () => {
    await expect(signLegacy({ ...legacy, globalClientSecret: 'c2hvcnQ' }, deps)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE', message: expect.stringContaining('too short') });
  });
  it('B3.29 lifetime: max 24 h, and always an exp (there is no "never expires")', async () => {
    await expect(signLegacy({ ...legacy, lifetimeSeconds: MAX_LIFETIME_S + 1 }, deps)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
    expect((await signLegacy({ ...legacy, lifetimeSeconds: MAX_LIFETIME_S }, deps)).exp).toBe(Math.floor(NOW / 1000) + MAX_LIFETIME_S);
    const asked = await signLegacy({ ...legacy, noExpiry: true } as Parameters<typeof signLegacy>[0], deps);
    expect(asked.claims.exp).toBe(Math.floor(NOW / 1000) + 3600);
  });
  it('B3.29 the raw-secret toggle signs with the UTF-8 bytes', async () => {
    const raw = 'a-raw-global-secret-that-is-long-enough-123';
    const t = await signLegacy({ ...legacy, globalClientSecret: raw, secretEncoding: 'utf8' }, deps);
    await expect(jwtVerify(t.token, new TextEncoder().encode(raw), { currentDate: new Date(NOW) })).resolves.toBeTruthy();
  });
  it('B3.29 refuses scopes that are not action:entity and a non-base64url secret', async () => {
    await expect(signLegacy({ ...legacy, scopes: ['not a scope'] }, deps)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
    await expect(signLegacy({ ...legacy, globalClientSecret: 'not base64!' }, deps)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
  });
});

describe('custom API mint', () => {
  const api = { domain: 'Login.Demo.Test', clientId: 'm2mGrantedDemoClient0000000000001', audience: 'urn:demo:billing', scopes: ['read:invoices'], secret: 'billing-api-signing-secret-0123456789abcdefghijkl', secretEncoding: 'utf8' as const };
  it('B3.29 iss/sub/aud/scope, integer iat, jti, exp; verifies with the API secret', async () => {
    const t = await signCustomApi(api, deps);
    const { payload } = await jwtVerify(t.token, new TextEncoder().encode(api.secret), { issuer: 'https://login.demo.test/', audience: 'urn:demo:billing', currentDate: new Date(NOW) });
    expect(payload).toMatchObject({ sub: `${api.clientId}@clients`, scope: 'read:invoices', iat: Math.floor(NOW / 1000), exp: Math.floor(NOW / 1000) + 3600 });
    expect(payload.jti).toMatch(/^[0-9a-f]{32}$/);
  });
  it('uses an explicit subject when given', async () => {
    const t = await signCustomApi({ ...api, subject: 'svc-reporting' }, deps);
    expect(t.claims.sub).toBe('svc-reporting');
  });
});
