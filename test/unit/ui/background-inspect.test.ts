// The Inspect background services through a fake `ext` and a stubbed fetch: verify.token fetches only the
// trusted issuer's JWKS (credentials omitted, no redirects), never jku/x5u or a foreign iss; the cache and its
// cool-down; a granted custom domain; a timeout; pin/unpin and the badge alarm; the theme writer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => ({ ext: (await import('./fake-ext')).ext, extensionOrigin: () => 'chrome-extension://testextensionid' }));
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { fake } from './fake-ext';
import { inspectHandlers } from '../../../src/background/inspect/handlers';
import { fetchJwksOverNetwork } from '../../../src/background/inspect/jwks-fetch';
import { BADGE_ALARM } from '../../../src/background/inspect/badge';
import { ITEMS } from '../../../src/shared/storage-schema';
import { read, write } from '../../../src/shared/storage';
import { decideJwksTrust } from '../../../src/lib/verify';

const sender = {};
const NOW = Math.floor(Date.now() / 1000);
let key: { privateKey: CryptoKey; jwk: Record<string, unknown> };
const calls: { url: string; init: RequestInit | undefined }[] = [];

async function sign(claims: object, header: object = {}): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg: 'RS256', kid: 'k1', ...header }).sign(key.privateKey);
}

beforeEach(async () => {
  fake.reset();
  calls.length = 0;
  if (!key) {
    const kp = await generateKeyPair('RS256', { extractable: true });
    key = { privateKey: kp.privateKey, jwk: { ...(await exportJWK(kp.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' } };
  }
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify({ keys: [key.jwk] }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});

const profile = (domain: string, customDomain?: string) => ({
  id: `p-${domain}`, label: domain, domain, ...(customDomain ? { customDomain } : {}), environment: 'development', clientId: 'c',
  hasSecret: { client: true, customApi: false, legacy: false }, hs256: {}, createdAt: 0, updatedAt: 0,
});

describe('verify.token', () => {
  it('verifies an Auth0 token against https://ISS/.well-known/jwks.json, cookies omitted, redirects refused', async () => {
    await write(ITEMS.profiles, [profile('one.eu.auth0.com')] as never);
    const t = await sign({ iss: 'https://one.eu.auth0.com/', sub: 'c@clients', exp: NOW + 600 });
    const r = await inspectHandlers['verify.token']({ token: t }, sender);
    expect(r.state).toBe('verified');
    expect(calls.map((c) => c.url)).toEqual(['https://one.eu.auth0.com/.well-known/jwks.json']);
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'error' });
    // A second token from the same issuer is served by the cache.
    await inspectHandlers['verify.token']({ token: await sign({ iss: 'https://one.eu.auth0.com/', n: 2 }) }, sender);
    expect(calls).toHaveLength(1);
  });
  it('never fetches jku / x5u, nor anything for a foreign issuer', async () => {
    const jku = await sign({ iss: 'https://attacker.example/' }, { jku: 'https://attacker.example/jwks', x5u: 'https://attacker.example/c.pem' });
    const r = await inspectHandlers['verify.token']({ token: jku }, sender);
    expect(r.state).toBe('issuer-not-trusted');
    expect(calls).toEqual([]);
    const wildcard = await sign({ iss: 'https://login.acme.test/' });
    fake.origins.push('https://*/*'); // a wildcard grant does not trust every host
    expect((await inspectHandlers['verify.token']({ token: wildcard }, sender)).state).toBe('issuer-not-trusted');
    expect(calls).toEqual([]);
  });
  it('trusts a custom domain only through a profile that uses it, and only once its host permission is granted (issue 13 item 8)', async () => {
    const t = await sign({ iss: 'https://login.acme.test/' });
    fake.origins.push('https://login.acme.test/*');
    // A raw grant without a profile is not trust.
    expect((await inspectHandlers['verify.token']({ token: t, explicit: true }, sender)).state).toBe('issuer-not-trusted');
    expect(calls).toEqual([]);
    await write(ITEMS.profiles, [profile('demo.us.auth0.com', 'login.acme.test')] as never);
    const r = await inspectHandlers['verify.token']({ token: t }, sender);
    expect(r.state).toBe('verified');
    expect(calls.map((c) => c.url)).toEqual(['https://login.acme.test/.well-known/jwks.json']);
  });
  it('does not fetch an unknown Auth0 tenant\'s JWKS until the user presses Verify, then remembers it (issue 13 item 2)', async () => {
    const t = await sign({ iss: 'https://beacon.us.auth0.com/', exp: NOW + 600 });
    const auto = await inspectHandlers['verify.token']({ token: t }, sender);
    expect(auto).toMatchObject({ state: 'issuer-not-trusted', askFirst: true });
    expect(calls).toEqual([]);
    const clicked = await inspectHandlers['verify.token']({ token: t, explicit: true }, sender);
    expect(clicked.state).toBe('verified');
    expect(calls.map((c) => c.url)).toEqual(['https://beacon.us.auth0.com/.well-known/jwks.json']);
    expect(await read(ITEMS.verifiedIssuers)).toEqual(['beacon.us.auth0.com']);
    // Verified before: the next token of that tenant is checked automatically (from the cache here).
    expect((await inspectHandlers['verify.token']({ token: await sign({ iss: 'https://beacon.us.auth0.com/', n: 2 }) }, sender)).state).toBe('verified');
  });
  it('decides trust from profiles and earlier verifications, never from a raw grant', () => {
    const none = { profileHosts: [], verifiedHosts: [], explicit: false };
    expect(decideJwksTrust('x.us.auth0.com', none)).toBe('ask');
    expect(decideJwksTrust('x.us.auth0.com', { ...none, explicit: true })).toBe('fetch');
    expect(decideJwksTrust('x.us.auth0.com', { ...none, verifiedHosts: ['x.us.auth0.com'] })).toBe('fetch');
    expect(decideJwksTrust('x.us.auth0.com', { ...none, profileHosts: ['X.us.auth0.com'] })).toBe('fetch');
    expect(decideJwksTrust('login.acme.test', { ...none, explicit: true, verifiedHosts: ['login.acme.test'] })).toBe('refuse');
    expect(decideJwksTrust('login.acme.test', { ...none, profileHosts: ['login.acme.test'] })).toBe('fetch');
    expect(decideJwksTrust(null, { ...none, explicit: true })).toBe('refuse');
  });
  it('HS256 tokens get "needs secret" and cause no request', async () => {
    const b = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const r = await inspectHandlers['verify.token']({ token: `${b({ alg: 'HS256' })}.${b({ iss: 'https://two.auth0.com/' })}.c2ln` }, sender);
    expect(r.state).toBe('needs-secret');
    expect(calls).toEqual([]);
  });
  it('refuses a non-token with a closed error code', async () => {
    await expect(inspectHandlers['verify.token']({ token: 'a.b' }, sender)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
  });
});

describe('fetchJwksOverNetwork', () => {
  it('maps HTTP errors, timeouts and network failures to distinct results', async () => {
    const f404 = (async () => new Response('nope', { status: 404 })) as unknown as typeof fetch;
    expect(await fetchJwksOverNetwork('https://x.auth0.com/.well-known/jwks.json', f404)).toEqual({ ok: false, reason: 'http', status: 404 });
    const fTimeout = (async () => {
      throw new DOMException('timed out', 'TimeoutError');
    }) as unknown as typeof fetch;
    expect(await fetchJwksOverNetwork('u', fTimeout)).toEqual({ ok: false, reason: 'timeout' });
    const fNet = (async () => {
      throw new TypeError('Failed to fetch secret-host');
    }) as unknown as typeof fetch;
    expect(await fetchJwksOverNetwork('u', fNet)).toMatchObject({ ok: false, reason: 'network' });
  });
});

describe('pin to toolbar', () => {
  it('pins into storage.session, shows minutes left, refreshes by alarm, unpins', async () => {
    const t = await sign({ exp: NOW + 30 * 60 });
    const s = await inspectHandlers['inspect.pin']({ token: t }, sender);
    expect(s).toMatchObject({ pinned: true, matches: true });
    expect(await read(ITEMS.pinnedToken)).toBe(t);
    expect(fake.badge.text).toMatch(/^(30|31)m$/);
    expect(fake.alarms.get(BADGE_ALARM)).toEqual({ periodInMinutes: 1 });
    expect(await inspectHandlers['inspect.pinned']({ token: t }, sender)).toMatchObject({ pinned: true, matches: true });
    expect(await inspectHandlers['inspect.pinned']({ token: 'another token' }, sender)).toMatchObject({ pinned: true, matches: false });
    await inspectHandlers['inspect.unpin']({}, sender);
    expect(fake.badge.text).toBe('');
    expect(fake.alarms.has(BADGE_ALARM)).toBe(false);
  });
  it('turns red with EXP once expired, on the alarm', async () => {
    await inspectHandlers['inspect.pin']({ token: await sign({ exp: NOW - 1 }) }, sender);
    fake.badge.text = '';
    for (const l of fake.alarmListeners) l({ name: BADGE_ALARM });
    await vi.waitFor(() => expect(fake.badge).toEqual({ text: 'EXP', color: '#b91c1c' }));
  });
});

describe('settings.setTheme', () => {
  it('writes only the theme, keeping the other settings', async () => {
    await fake.reset();
    const { ext } = await import('./fake-ext');
    await ext.storage.local.set({ settings: { theme: 'system', leewaySeconds: 90, autoLockMinutes: 5 } });
    await inspectHandlers['settings.setTheme']({ theme: 'dark' }, sender);
    expect(await read(ITEMS.settings)).toEqual({ theme: 'dark', leewaySeconds: 90, autoLockMinutes: 5 });
  });
});
