// @vitest-environment node
// Issue #12 in the emulator: a tenant without the blacklist endpoints (FACTS §4, §11), the token_lifetime /
// token_lifetime_for_web rule (FACTS §2, §11 [?]) and the auth0-error fault that replays documented variants
// (FACTS §1 "Global limit has been reached").
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/use-emulator';
import { req, tokenReq } from './client';

const emu = useEmulator();

const HOST = 'demo.us.auth0.com';
const token = () => emu.mintAccessToken({ clientId: emu.seed.clients.granted.clientId, audience: emu.seed.managementAudience });
const api = async (path: string, o: { method?: string; body?: unknown } = {}) => req(emu.port, { host: HOST, path, method: o.method, body: o.body, headers: { authorization: `Bearer ${await token()}` } });

describe('blacklist endpoints gone', () => {
  it.each([404, 405, 410] as const)('answers %i on GET and POST, before auth, and blacklists nothing', async (status) => {
    emu.seed.blacklistGone = status;
    try {
      const post = await api('/api/v2/blacklists/tokens', { body: { aud: 'x', jti: 'j' } });
      expect(post.status).toBe(status);
      expect(post.json()).toMatchObject({ statusCode: status });
      expect((await api('/api/v2/blacklists/tokens?aud=x')).status).toBe(status);
      expect((await req(emu.port, { host: HOST, path: '/api/v2/blacklists/tokens' })).status).toBe(status); // no bearer: routing first
    } finally {
      delete emu.seed.blacklistGone;
    }
    expect((await api('/api/v2/blacklists/tokens?aud=x')).json()).toEqual([]);
  });
});

describe('token_lifetime below token_lifetime_for_web', () => {
  it('the Management API has 7200 for web; 600 alone is refused with 400, both together are accepted', async () => {
    const id = emu.seed.apis.management.id;
    expect((await api(`/api/v2/resource-servers/${id}`)).json()).toMatchObject({ token_lifetime: 86400, token_lifetime_for_web: 7200 });
    const alone = await api(`/api/v2/resource-servers/${id}`, { method: 'PATCH', body: { token_lifetime: 600 } });
    expect(alone.status).toBe(400);
    expect(alone.json().message).toMatch(/token_lifetime_for_web \(7200\) cannot be greater than token_lifetime \(600\)/);
    expect(emu.seed.apis.management.tokenLifetime).toBe(86400);
    const both = await api(`/api/v2/resource-servers/${id}`, { method: 'PATCH', body: { token_lifetime: 600, token_lifetime_for_web: 600 } });
    expect(both.status).toBe(200);
    expect(both.json()).toMatchObject({ token_lifetime: 600, token_lifetime_for_web: 600 });
    emu.seed.apis.management.tokenLifetime = 86400;
  });
});

describe('auth0-error fault', () => {
  it('replays FACTS §1 "Global limit has been reached" as a 500 once', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'auth0-error', status: 500, body: { error: 'access_denied', error_description: 'Global limit has been reached' } });
    const body = { grant_type: 'client_credentials', client_id: emu.seed.clients.granted.clientId, client_secret: emu.seed.clients.granted.clientSecret, audience: emu.seed.managementAudience };
    const r = await tokenReq(emu.port, body);
    expect(r.status).toBe(500);
    expect(r.json()).toEqual({ error: 'access_denied', error_description: 'Global limit has been reached' });
    expect((await tokenReq(emu.port, body)).status).toBe(200);
  });
});

describe('organizations on client credentials (FACTS §1, §9)', () => {
  const orders = () => emu.seed.grants.find((g) => g.id === 'cgr_GrantedOrders00002')!;
  const body = (extra: Record<string, string> = {}) => ({ grant_type: 'client_credentials', client_id: emu.seed.clients.granted.clientId, client_secret: emu.seed.clients.granted.clientSecret, audience: emu.seed.apis.rsApi.identifier, ...extra });
  const claims = (t: string) => JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString('utf8'));
  it('deny (the default) refuses an organization; no organization → no org claims', async () => {
    const r = await tokenReq(emu.port, body({ organization: 'acme' }));
    expect(r.status).toBe(400);
    expect(claims((await tokenReq(emu.port, body())).json().access_token).org_id).toBeUndefined();
  });
  it('allow: by id or name gives org_id and org_name; an unassociated org is refused unless any is allowed', async () => {
    orders().organizationUsage = 'allow';
    try {
      for (const o of ['acme', 'org_DemoAcme0000000001']) {
        const r = await tokenReq(emu.port, body({ organization: o }));
        expect(r.status).toBe(200);
        expect(claims(r.json().access_token)).toMatchObject({ org_id: 'org_DemoAcme0000000001', org_name: 'acme' });
      }
      expect((await tokenReq(emu.port, body({ organization: 'globex' }))).status).toBe(403);
      expect((await tokenReq(emu.port, body({ organization: 'nope' }))).status).toBe(400);
      orders().allowAnyOrganization = true;
      expect(claims((await tokenReq(emu.port, body({ organization: 'globex' }))).json().access_token).org_id).toBe('org_DemoGlobex00000002');
      const grants = await api(`/api/v2/client-grants?client_id=${emu.seed.clients.granted.clientId}&audience=${encodeURIComponent(emu.seed.apis.rsApi.identifier)}`);
      expect(grants.json()[0]).toMatchObject({ organization_usage: 'allow', allow_any_organization: true });
    } finally {
      delete orders().organizationUsage;
      delete orders().allowAnyOrganization;
    }
  });
  it('require: no organization is refused', async () => {
    orders().organizationUsage = 'require';
    try {
      const r = await tokenReq(emu.port, body());
      expect(r.status).toBe(400);
      expect(r.json().error_description).toMatch(/organization is required/);
    } finally {
      delete orders().organizationUsage;
    }
  });
});

describe('token quotas (FACTS §1)', () => {
  it('a client with a quota gets Auth0-Client-Quota-Limit on success, then the quota 429 with Retry-After', async () => {
    const c = emu.seed.clients.granted;
    c.tokenQuota = { perHour: 2, perDay: 5 };
    try {
      const body = { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, audience: emu.seed.apis.rsApi.identifier };
      const one = await tokenReq(emu.port, body);
      expect(one.headers['auth0-client-quota-limit']).toMatch(/^b=per_hour;q=2;r=1;t=(3600|3599),b=per_day;q=5;r=4;t=(86400|86399)$/);
      expect((await tokenReq(emu.port, body)).headers['auth0-client-quota-limit']).toMatch(/^b=per_hour;q=2;r=0;/);
      const over = await tokenReq(emu.port, body);
      expect(over.status).toBe(429);
      expect(over.json()).toEqual({ error: 'too_many_requests', error_description: 'Client quota exceeded' });
      expect(over.headers['auth0-client-quota-limit']).toMatch(/^b=per_hour;q=2;r=0;t=\d+,b=per_day;q=5;r=3;/);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(3500);
      expect(over.headers['x-ratelimit-remaining']).toBe('0');
    } finally {
      delete c.tokenQuota;
    }
    const free = await tokenReq(emu.port, { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, audience: emu.seed.apis.rsApi.identifier });
    expect(free.headers['auth0-client-quota-limit']).toBeUndefined();
  });
});
