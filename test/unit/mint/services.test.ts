// Background mint services through a fake `ext`: the vault service (modes, lock, forget, auto-lock deferral),
// the token service (dedupe, cache, rate-limit memo, ERR_LOCKED), the ledger store (quota pruning) and net.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => {
  const m = await import('./fake-ext');
  return { ext: m.ext, extensionOrigin: () => 'chrome-extension://testextensionid' };
});
import { fake } from './fake-ext';
import { createVault } from '../../../src/background/mint/vault';
import { createAutoLock, AUTOLOCK_ALARM } from '../../../src/background/mint/autolock';
import { createProfilesStore } from '../../../src/background/mint/profiles-store';
import { createLedgerStore } from '../../../src/background/mint/ledger-store';
import { createTokenService } from '../../../src/background/mint/tokens';
import { createAuthFetch } from '../../../src/background/net';
import { applyProfileInput } from '../../../src/lib/profiles/profile-input';
import type { FetchLike, ResponseLike } from '../../../src/lib/auth0/timed-fetch';
import type { LedgerEntry } from '../../../src/lib/mint/ledger';

const FAST = { iterations: 1000 };
const SECRET = 'client-secret-Zq8v2XkP4mN7rT1wY6bH3cJ9dF5gL0sA';
let clock = Date.UTC(2026, 0, 1, 12);
const now = () => clock;
beforeEach(() => {
  fake.reset();
  clock = Date.UTC(2026, 0, 1, 12);
});

const b64url = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const jwt = (claims: object) => `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.c2ln`;
function okResponse(scope: string, iat = Math.floor(clock / 1000)): ResponseLike {
  const body = JSON.stringify({ access_token: jwt({ iat, exp: iat + 86400, scope, n: Math.random() }), expires_in: 86400, scope, token_type: 'Bearer' });
  return { status: 200, headers: { get: (n) => (n === 'content-type' ? 'application/json' : null) }, text: async () => body };
}

async function setup(fetchImpl?: FetchLike) {
  const vault = createVault({ ...FAST, now });
  const profiles = createProfilesStore();
  const ledger = createLedgerStore({ now });
  const fetch: FetchLike = vi.fn(fetchImpl ?? (async () => okResponse('read:users')));
  const tokens = createTokenService({ profiles, vault, ledger, fetch, now, sleep: async () => undefined });
  await vault.setup('passphrase', 'correct horse battery');
  const { profile, secrets } = applyProfileInput({ label: 'Demo', domain: 'demo.us.auth0.com', environment: 'development', clientId: 'm2mGrantedDemoClient0000000000001', clientSecret: SECRET }, null, clock, () => 'p1');
  await vault.putSecrets(profile.id, secrets);
  await profiles.put(profile);
  return { vault, profiles, ledger, tokens, fetch };
}
const everything = () => JSON.stringify({ local: fake.local.data, session: fake.session.data });

describe('vault service', () => {
  it('B5.43 local holds only ciphertext; the key is in session only', async () => {
    const { vault } = await setup();
    expect(JSON.stringify(fake.local.data)).not.toContain(SECRET);
    expect(JSON.stringify(fake.local.data)).not.toContain(btoa(SECRET));
    expect(fake.session.data.vaultKey).toBeTruthy();
    expect(fake.local.data.vaultKey).toBeUndefined();
    expect(await vault.getSecrets('p1')).toEqual({ clientSecret: SECRET });
  });
  it('B5.44 lock → ERR_LOCKED; a wrong passphrase → ERR_BAD_PASSPHRASE; the right one unlocks', async () => {
    const { vault, tokens } = await setup();
    await vault.lock();
    expect(await vault.status()).toMatchObject({ mode: 'passphrase', locked: true, iterations: 1000 });
    await expect(tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: [] })).rejects.toMatchObject({ code: 'ERR_LOCKED' });
    await expect(vault.unlock('wrong')).rejects.toMatchObject({ code: 'ERR_BAD_PASSPHRASE' });
    await vault.unlock('correct horse battery');
    expect(await vault.getSecrets('p1')).toEqual({ clientSecret: SECRET });
  });
  it('B5.47 lock wipes minted tokens; forget removes every secret-bearing key', async () => {
    const { vault, tokens } = await setup();
    const minted = await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: [] });
    expect(everything()).toContain(minted.token);
    await vault.lock();
    expect(everything()).not.toContain(minted.token);
    await vault.unlock('correct horse battery');
    await vault.forget();
    expect(fake.local.data.vault).toBeUndefined();
    expect(fake.session.data).toEqual({});
    expect(await vault.status()).toMatchObject({ mode: 'none' });
  });
  it('B5.43 session mode never writes secrets to local; switching modes re-keys', async () => {
    const { vault } = await setup();
    await vault.setup('session');
    expect(JSON.stringify(fake.local.data)).not.toContain('"ct"');
    expect(fake.session.data.sessionSecrets).toEqual({ p1: { clientSecret: SECRET } });
    await vault.lock();
    await expect(vault.getSecrets('p1')).rejects.toMatchObject({ code: 'ERR_LOCKED' });
  });
  it('B5.46 auto-lock: locks after the idle time, deferred while the popup port is open', async () => {
    const { vault } = await setup();
    const auto = createAutoLock(vault, { now });
    await auto.touch();
    expect(fake.alarms.get(AUTOLOCK_ALARM)?.when).toBe(clock + 15 * 60_000);
    const disconnect: (() => void)[] = [];
    auto.onConnect({ name: 'popup', onDisconnect: { addListener: (f: () => void) => disconnect.push(f) } } as never);
    clock += 16 * 60_000;
    expect(await auto.check()).toBe('deferred');
    disconnect[0]!();
    await Promise.resolve();
    expect(await auto.check()).toBe('armed'); // closing the popup restarted the idle clock
    clock += 15 * 60_000;
    expect(await auto.check()).toBe('locked');
    expect((await vault.status()).locked).toBe(true);
  });
  it('B5.46 a port named popup from a content script does not defer the lock', async () => {
    const { vault } = await setup();
    const auto = createAutoLock(vault, { now, isOwnPage: (s) => !!s && !(s as { tab?: unknown }).tab });
    await auto.touch();
    auto.onConnect({ name: 'popup', sender: { tab: { id: 1 } }, onDisconnect: { addListener() {} } } as never);
    clock += 16 * 60_000;
    expect(await auto.check()).toBe('locked');
  });
});

describe('token service', () => {
  it('B3.32 concurrent mints for the same profile+audience+scopes share one network call', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { tokens, fetch } = await setup(async () => {
      await gate;
      return okResponse('read:users');
    });
    const a = tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users'] });
    const b = tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users'] });
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(ra.token).toBe(rb.token);
  });
  it('B3.32 a cached token is reused until 10 s before exp, also after a worker restart', async () => {
    const { tokens, fetch, profiles, vault, ledger } = await setup();
    const first = await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users'] });
    expect(first).toMatchObject({ fromCache: false, grantedScopes: ['read:users'], requestedScopes: ['read:users'] });
    clock += (86400 - 11) * 1000;
    const restarted = createTokenService({ profiles, vault, ledger, fetch, now });
    expect(await restarted.mint({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users'] })).toMatchObject({ fromCache: true, token: first.token });
    clock += 2000;
    expect((await restarted.mint({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users'] })).fromCache).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
  it('B6.50 repeated clicks while rate-limited add no requests', async () => {
    const r429: ResponseLike = { status: 429, headers: { get: (n) => ({ 'content-type': 'application/json', 'retry-after': '600' })[n] ?? null }, text: async () => '{"error":"too_many_requests","error_description":"Rate limit exceeded."}' };
    const { tokens, fetch } = await setup(async () => r429);
    for (let i = 0; i < 3; i++) await expect(tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: [] })).rejects.toMatchObject({ code: 'ERR_RATE_LIMITED' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it('B3.28 records the mint in the ledger (no token in local) and the token in session', async () => {
    const { tokens, ledger } = await setup();
    const r = await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: [] });
    const { entries, total } = await ledger.list();
    expect(total).toBe(1);
    expect(entries[0]).toMatchObject({ id: r.ledgerId, profileId: 'p1', mode: 'client-credentials', aud: 'https://demo.us.auth0.com/api/v2/', jti: null, blacklist: { state: 'none' } });
    expect(JSON.stringify(fake.local.data)).not.toContain(r.token);
    expect(await ledger.reveal(r.ledgerId)).toEqual({ token: r.token });
    expect(await ledger.exportJson(false)).not.toContain(r.token);
    expect(await ledger.exportJson(true)).toContain(r.token);
  });
  it('B5.49 a failed mint leaks no secret in the error', async () => {
    const { tokens } = await setup(async () => ({ status: 401, headers: { get: () => 'application/json' }, text: async () => JSON.stringify({ error: 'access_denied', error_description: `Unauthorized ${SECRET}` }) }));
    const e = await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: [] }).catch((x: unknown) => x);
    expect(JSON.stringify(e)).not.toContain(SECRET);
    expect(e).toMatchObject({ code: 'ERR_AUTH0' });
  });
});

describe('ledger store', () => {
  const entry = (i: number): LedgerEntry => ({ id: `e${i}`, profileId: 'p1', mode: 'hs256-legacy', aud: 'x', scopes: [], requestedScopes: [], iat: i, exp: null, jti: null, createdAt: i, blacklist: { state: 'none' }, params: { scopes: [] } });
  it('B7.57 when local.set rejects (quota) the oldest entries are pruned and the user is told', async () => {
    const ledger = createLedgerStore({ now });
    for (let i = 0; i < 30; i++) await ledger.add(entry(i), { token: `t${i}`, exp: null, cacheKey: 'k', granted: [] });
    // A byte quota: room for about 25 of these entries (the ledger is one page here, so its oldest are trimmed).
    const limit = Math.floor((JSON.stringify(fake.local.data).length * 25) / 30);
    fake.local.failSet = (items) => JSON.stringify({ ...fake.local.data, ...items }).length > limit;
    const pruned = await ledger.add(entry(30), { token: 't30', exp: null, cacheKey: 'k', granted: [] });
    expect(pruned).toBeGreaterThanOrEqual(6);
    const { entries, total, notice } = await ledger.list(0, 100);
    expect(total).toBeLessThanOrEqual(25);
    expect(entries[0]!.id).toBe('e30'); // newest kept
    expect(notice).toMatch(/oldest ledger entries were removed/);
  });
  it('caps the ledger (oldest dropped) and keeps session tokens bounded', async () => {
    const ledger = createLedgerStore({ now, cap: 5 });
    for (let i = 0; i < 8; i++) await ledger.add(entry(i), { token: `t${i}`, exp: null, cacheKey: 'k', granted: [] });
    expect((await ledger.list()).entries.map((e) => e.id)).toEqual(['e7', 'e6', 'e5', 'e4', 'e3']);
  });
});

describe('net adapter', () => {
  const ok = { status: 200, headers: { get: () => null }, text: async () => '' };
  const make = () => {
    const raw = vi.fn(async (_url: string, _init: RequestInit) => ok);
    const f = createAuthFetch({ fetch: raw, customDomains: async () => ['login.demo.test'], hasPermission: async (o) => fake.granted.has(o) });
    const init = { method: 'POST', headers: {}, body: '', signal: new AbortController().signal, credentials: 'omit' as const };
    return { raw, call: (url: string) => f(url, init) };
  };
  it('B3.28 allows *.auth0.com tenants with credentials omit; refuses other hosts and ungranted custom domains', async () => {
    const { raw, call } = make();
    await call('https://demo.us.auth0.com/oauth/token');
    expect(raw.mock.calls[0]![1]).toMatchObject({ credentials: 'omit', redirect: 'error' });
    for (const url of ['https://evil.example/oauth/token', 'http://demo.us.auth0.com/oauth/token', 'https://demo.us.auth0.com.evil.com/x', 'https://manage.auth0.com/x', 'https://u:p@demo.us.auth0.com/x']) {
      await expect(call(url)).rejects.toMatchObject({ code: 'ERR_HOST_NOT_ALLOWED' });
    }
    await expect(call('https://login.demo.test/oauth/token')).rejects.toMatchObject({ code: 'ERR_HOST_NOT_ALLOWED' });
    fake.granted.add('https://login.demo.test/*');
    await call('https://login.demo.test/oauth/token');
    expect(raw).toHaveBeenCalledTimes(2);
  });
});
