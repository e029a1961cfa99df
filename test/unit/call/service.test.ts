// The background's Try-it service (issue 15) with a recording fetch and an in-memory history: calls go only to
// the token's tenant with the bearer set by the background, writes need the confirmation (production: the
// tenant name) before anything is sent, the history keeps metadata only, and call.open accepts catalog
// endpoints only, rate-limited per tab.
import { describe, expect, it } from 'vitest';
import { createCallService } from '../../../src/background/call/service';
import { checkOpen, createOpenLimiter, OPEN_MAX_PER_WINDOW } from '../../../src/background/call/open';
import type { Profile } from '../../../src/lib/profiles/profile';
import type { CallHistory } from '../../../src/lib/call/history';
import type { TimedFetch } from '../../../src/lib/auth0/timed-fetch';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${b64({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64(claims)}.${Buffer.from('signature-bytes').toString('base64url')}`;
const TOKEN = jwt({ iss: 'https://demo.us.auth0.com/', aud: 'https://demo.us.auth0.com/api/v2/', sub: 'cid@clients', azp: 'cid', scope: 'read:users', exp: 4102444800, iat: 1 });

function profile(environment: Profile['environment']): Profile {
  return { id: 'p1', label: 'Demo', domain: 'demo.us.auth0.com', environment, clientId: 'cid', hs256: { customApi: null, legacy: null }, hasSecret: { client: true, customApi: false, legacy: false }, createdAt: 1, updatedAt: 1 };
}

function setup(opts: { environment?: Profile['environment']; status?: number; body?: string; headers?: Record<string, string>; hang?: boolean; apps?: Profile['mintingApps'] } = {}) {
  const sent: { url: string; init: Parameters<TimedFetch>[1] }[] = [];
  let history: CallHistory = {};
  const fetch: TimedFetch = async (url, init) => {
    sent.push({ url, init });
    if (opts.hang) return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const headers = new Map(Object.entries({ 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-limit': '50', ...(opts.headers ?? {}) }));
    return { status: opts.status ?? 200, headers: { get: (n: string) => headers.get(n) ?? null }, text: async () => opts.body ?? '[{"email":"ada@demo.test"}]' };
  };
  const service = createCallService({
    profiles: async () => (opts.environment ? [{ ...profile(opts.environment), ...(opts.apps ? { mintingApps: opts.apps } : {}) }] : []),
    fetch,
    readHistory: async () => history,
    writeHistory: async (h) => void (history = h),
    timeoutMs: 50,
  });
  return { service, sent, history: () => history };
}

const get = { token: TOKEN, method: 'GET' as const, path: '/api/v2/users', query: [{ name: 'per_page', value: '5' }], headers: [] };

describe('call.send', () => {
  it('sends a GET at once to the token tenant, with the bearer, and records metadata only', async () => {
    const { service, sent, history } = setup({ environment: 'development' });
    const a = await service.send(get);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('https://demo.us.auth0.com/api/v2/users?per_page=5');
    expect(sent[0]!.init).toMatchObject({ method: 'GET', credentials: 'omit', headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' } });
    expect(sent[0]!.init.body).toBeUndefined();
    expect(a).toMatchObject({ status: 200, host: 'demo.us.auth0.com', rate: { 'x-ratelimit-limit': '50' }, body: { kind: 'json', value: [{ email: 'ada@demo.test' }] }, expectedScopes: null });
    const h = history()['demo.us.auth0.com']!;
    expect(h).toEqual([{ method: 'GET', path: '/api/v2/users', status: 200, at: expect.any(Number) }]);
    expect(JSON.stringify(history())).not.toMatch(/ada@demo|per_page|Bearer/);
  });

  it('returns the expected scopes of an insufficient_scope 403', async () => {
    const { service } = setup({ status: 403, body: JSON.stringify({ statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: read:users, read:user_idp_tokens', errorCode: 'insufficient_scope' }) });
    await expect(service.send(get)).resolves.toMatchObject({ status: 403, expectedScopes: ['read:users', 'read:user_idp_tokens'] });
  });

  it('sends nothing for a write until confirmed: "yes", or the tenant name on production', async () => {
    const del = { ...get, method: 'DELETE' as const, path: '/api/v2/users/auth0%7C1', query: [] };
    const dev = setup({ environment: 'development', status: 204, body: '' });
    await expect(dev.service.send(del)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE', message: 'Not sent: a DELETE needs a confirmation.' });
    expect(dev.sent).toHaveLength(0);
    await expect(dev.service.send({ ...del, confirm: 'yes' })).resolves.toMatchObject({ status: 204, body: { kind: 'empty' } });
    const prod = setup({ environment: 'production', status: 204, body: '' });
    await expect(prod.service.send({ ...del, confirm: 'yes' })).rejects.toMatchObject({ message: 'Not sent: type the tenant name demo to confirm a DELETE on production.' });
    expect(prod.sent).toHaveLength(0);
    await expect(prod.service.send({ ...del, confirm: 'demo' })).resolves.toMatchObject({ status: 204 });
    expect(prod.sent[0]!.init.method).toBe('DELETE');
  });

  it('refuses tokens of another audience or issuer, bad paths and header overrides without fetching', async () => {
    const { service, sent } = setup({ environment: 'development' });
    const cases = [
      { ...get, token: jwt({ iss: 'https://evil.test/', aud: 'https://demo.us.auth0.com/api/v2/' }) },
      { ...get, token: jwt({ iss: 'https://demo.us.auth0.com/', aud: 'https://orders.demo.test/' }) },
      { ...get, token: 'not-a-jwt' },
      { ...get, path: '/api/v2/../oauth/token' },
      { ...get, headers: [{ name: 'Authorization', value: 'Bearer other' }] },
    ];
    for (const c of cases) await expect(service.send(c)).rejects.toMatchObject({ code: expect.stringMatching(/ERR_HOST_NOT_ALLOWED|ERR_INVALID_MESSAGE/) });
    expect(sent).toHaveLength(0);
  });

  it('reports a time-out and records the call without a status', async () => {
    const { service, history } = setup({ hang: true });
    await expect(service.send(get)).rejects.toMatchObject({ code: 'ERR_TIMEOUT' });
    expect(history()['demo.us.auth0.com']![0]!.status).toBe(0);
  });

  it('tells the page where calls go and which saved profile minted the token', async () => {
    await expect(setup({ environment: 'production' }).service.target({ token: TOKEN })).resolves.toEqual({ host: 'demo.us.auth0.com', canonical: 'demo.us.auth0.com', production: true, profileId: 'p1', profileLabel: 'Demo', canRemint: true, exact: false });
    await expect(setup().service.target({ token: TOKEN })).resolves.toMatchObject({ profileId: null, canRemint: false, production: false });
    const app = { audience: 'https://demo.us.auth0.com/api/v2/', clientId: 'app1', grantId: 'cgr_1', name: 'TW minting', created: true, hasSecret: true, setupAt: 1 };
    await expect(setup({ environment: 'development', apps: [app] }).service.target({ token: TOKEN })).resolves.toMatchObject({ exact: true, canRemint: true });
    await expect(setup({ environment: 'development', apps: [{ ...app, audience: 'https://orders.demo.test/' }] }).service.target({ token: TOKEN })).resolves.toMatchObject({ exact: false });
  });
});

describe('call.open', () => {
  it('accepts catalog endpoints only and drops a tenant that is not a tenant domain', () => {
    expect(checkOpen({ method: 'GET', template: '/api/v2/users/{id}', tenant: 'demo.us.auth0.com' })).toEqual({ method: 'GET', template: '/api/v2/users/{id}', tenant: 'demo.us.auth0.com' });
    expect(checkOpen({ method: 'GET', template: '/api/v2/users', tenant: 'evil.test' })).toEqual({ method: 'GET', template: '/api/v2/users' });
    expect(() => checkOpen({ method: 'GET', template: '/api/v2/no-such-thing' })).toThrow();
    expect(() => checkOpen({ method: 'GET', template: '/api/v2/users/auth0|1' })).toThrow(); // a concrete path is not a template
  });
  it('is rate-limited per tab', () => {
    let now = 0;
    const may = createOpenLimiter(() => now);
    expect(may(1)).toBe(true);
    expect(may(1)).toBe(false); // too soon
    expect(may(2)).toBe(true); // another tab
    for (let i = 1; i < OPEN_MAX_PER_WINDOW; i++) {
      now += 1_500;
      expect(may(1)).toBe(true);
    }
    now += 1_500;
    expect(may(1)).toBe(false); // 5 per minute
    now += 60_000;
    expect(may(1)).toBe(true);
  });
});
