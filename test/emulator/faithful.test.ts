// @vitest-environment node
// Issue #12 in the emulator: a tenant without the blacklist endpoints (FACTS §4, §11), the token_lifetime /
// token_lifetime_for_web rule (FACTS §2, §11 [?]) and the auth0-error fault that replays documented variants
// (FACTS §1 "Global limit has been reached").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server';
import { req, tokenReq } from './client';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ quiet: true });
});
afterAll(() => emu.close());

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
