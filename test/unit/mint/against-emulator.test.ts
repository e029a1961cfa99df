// @vitest-environment node
// The mint stack against the local Auth0 emulator (real HTTPS, FACTS §1 error table, fault injection): client
// credentials (no narrowing, FACTS §1 corrected) and every §1 error, 429 Retry-After then success, a hang → ERR_TIMEOUT (time-out
// injected at 1 s), and both HS256 modes accepted by the emulator's Management API (GET /api/v2/users → 200).
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { useEmulator } from '../../support/use-emulator';
import { requestToken } from '../../../src/lib/auth0/http-client';
import type { FetchLike } from '../../../src/lib/auth0/timed-fetch';
import { buildTokenRequest } from '../../../src/lib/auth0/token-request';
import { signCustomApi, signLegacy } from '../../../src/lib/mint/hs256';

const emu = useEmulator({ cleanEachTest: true });
const fetchVia: FetchLike = (url, init) => emu.routed.fetch(url, init);

const policy = () => ({ fetch: fetchVia, sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) });
const granted = () => emu.seed.clients.granted;
const cc = (over: Partial<Parameters<typeof buildTokenRequest>[0]> = {}) =>
  buildTokenRequest({ domain: emu.seed.domain, clientId: granted().clientId, clientSecret: granted().clientSecret, ...over });
const fail = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: { code: string; message: string }) => e);
const users = (token: string, host = emu.seed.domain) => fetchVia(`https://${host}/api/v2/users`, { method: 'GET', headers: { authorization: `Bearer ${token}` }, body: undefined as unknown as string, signal: new AbortController().signal, credentials: 'omit' });

describe('client credentials against the emulator', () => {
  it('B3.28 mints a Management API token with the seeded granted client; it works on /api/v2/users', async () => {
    const res = await requestToken(cc(), policy());
    const claims = decodeJwt(res.accessToken);
    expect(claims.aud).toBe(emu.seed.managementAudience);
    expect(res.scope?.split(' ')).toContain('read:users');
    expect((await users(res.accessToken)).status).toBe(200);
    expect(emu.requests[0]).toMatchObject({ method: 'POST', host: emu.seed.domain, path: '/oauth/token' });
    expect(JSON.stringify(emu.requests)).not.toContain(granted().clientSecret);
  });
  it('FACTS §1: a narrower scope still gets every granted scope; via the custom domain the audience stays canonical (FACTS §8)', async () => {
    const res = await requestToken(cc({ customDomain: emu.seed.customDomain, scopes: ['read:users', 'read:logs'] }), policy());
    expect(res.scope?.split(' ').sort()).toEqual([...emu.seed.grants[0]!.scope].sort());
    expect(decodeJwt(res.accessToken).iss).toBe(`https://${emu.seed.customDomain}/`);
  });
  it.each([
    ['wrong secret', () => cc({ clientSecret: 'wrong-secret-value' }), /Wrong client ID or client secret/],
    ['no client grant', () => cc({ clientId: emu.seed.clients.ungranted.clientId, clientSecret: emu.seed.clients.ungranted.clientSecret }), /no client grant/],
    ['custom-domain audience', () => ({ ...cc(), ...bodyWith({ audience: `https://${emu.seed.customDomain}/api/v2/` }) }), /No API with this audience/],
    ['unknown audience', () => cc({ audience: 'https://nope.example/api' }), /No API with this audience/],
    ['no audience', () => ({ ...cc(), ...bodyWith({ audience: undefined }) }), /No audience was sent/],
    ['grant type not allowed', () => cc({ clientId: emu.seed.clients.noClientCredentials.clientId, clientSecret: emu.seed.clients.noClientCredentials.clientSecret }), /Client Credentials/],
    ['a requested scope outside the grant', () => cc({ scopes: ['read:users', 'delete:users', 'create:users'] }), /not granted delete:users, create:users for this API/],
  ])('B3.30 %s → ERR_AUTH0 with its own message, one request', async (_n, make, re) => {
    const e = await fail(requestToken(make(), policy(), { canonicalDomain: emu.seed.domain, customDomain: emu.seed.customDomain }));
    expect(e.code).toBe('ERR_AUTH0');
    expect(e.message).toMatch(re);
    expect(emu.requests).toHaveLength(1);
  });
  it('B6.50 429 with Retry-After: 2 → waits ≥ 2 s, one retry, success', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'rate-limit', retryAfter: 2 });
    const t0 = Date.now();
    const res = await requestToken(cc(), policy());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2000);
    expect(res.accessToken).toMatch(/^eyJ/);
    expect(emu.requests.map((r) => r.status)).toEqual([429, 200]);
  });
  it('B6.53 a hang → ERR_TIMEOUT at the (injected, 1 s) time-out', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'hang' });
    const t0 = Date.now();
    const e = await fail(requestToken(cc(), { ...policy(), timeoutMs: 1000 }));
    expect(e.code).toBe('ERR_TIMEOUT');
    expect(Date.now() - t0).toBeLessThan(3000);
  });
  it('B6.54 a reset is retried; HTML, truncated and empty answers → ERR_UNEXPECTED_RESPONSE', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'reset' });
    expect((await requestToken(cc(), policy())).accessToken).toMatch(/^eyJ/);
    for (const kind of ['truncated-json', 'empty-200'] as const) {
      emu.faults.add({ route: 'POST /oauth/token', kind });
      expect((await fail(requestToken(cc(), policy()))).code).toBe('ERR_UNEXPECTED_RESPONSE');
    }
  });
});

describe('HS256 tokens accepted by the emulated Management API', () => {
  const deps = { now: () => Date.now(), randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)) };
  it('B3.29 legacy APIv2 mode (base64url-decoded global secret) → GET /api/v2/users 200', async () => {
    const g = emu.seed.globalClient;
    const t = await signLegacy({ globalClientId: g.clientId, globalClientSecret: g.clientSecret, secretEncoding: 'base64url', scopes: ['read:users'] }, deps);
    expect((await users(t.token)).status).toBe(200);
    // Without the scope the same API refuses (the scopes object is what is checked).
    const t2 = await signLegacy({ globalClientId: g.clientId, globalClientSecret: g.clientSecret, secretEncoding: 'base64url', scopes: ['read:clients'] }, deps);
    expect((await users(t2.token)).status).toBe(403);
  });
  it('B3.29 custom-API mode with the tenant global client as the API (FACTS §3 alternative form) → 200', async () => {
    // The emulator's Management API accepts HS256 only for aud = the global client with its decoded secret; the
    // FACTS §3 "non-expiring token" form is exactly iss/aud/scope signed that way — our custom-API mode.
    const g = emu.seed.globalClient;
    const t = await signCustomApi({ domain: emu.seed.domain, subject: `${g.clientId}@clients`, audience: g.clientId, scopes: ['read:users'], secret: g.clientSecret, secretEncoding: 'base64url' }, deps);
    expect((await users(t.token)).status).toBe(200);
  });
});

function bodyWith(patch: Record<string, string | undefined>) {
  const r = cc();
  const body = { ...r.body, ...patch };
  for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
  return { body: body as Record<string, string>, bodyText: JSON.stringify(body) };
}
