// @vitest-environment node
// The emulated Management API: bearer validation (FACTS §7), legacy HS256 tokens (FACTS §3), ANY-OF scope
// checks (FACTS §5), blacklists (FACTS §4), client-grant delete, rotate-secret, token_lifetime PATCH.
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/use-emulator';
import { decodeJwt, req, tokenReq, type Res } from './client';

const emu = useEmulator();
let port: number;
beforeAll(() => {
  port = emu.port;
});

const HOST = 'demo.us.auth0.com';
const api = (path: string, token: string | undefined, o: { method?: string; body?: unknown; host?: string; auth?: string } = {}): Promise<Res> =>
  req(port, {
    host: o.host ?? HOST,
    path,
    method: o.method,
    body: o.body,
    headers: o.auth !== undefined ? { authorization: o.auth } : token ? { authorization: `Bearer ${token}` } : {},
  });
const mint = (scope?: string[], extra: { lifetime?: number; issuerHost?: string; audience?: string } = {}): Promise<string> =>
  emu.mintAccessToken({ clientId: emu.seed.clients.granted.clientId, audience: extra.audience ?? emu.seed.managementAudience, scope, ...extra });

/** Legacy APIv2 token (FACTS §3): HS256 with the base64url-DECODED global secret, aud = global client id. */
const legacy = (payload: Record<string, unknown>, secret?: Uint8Array): Promise<string> =>
  new SignJWT({ aud: emu.seed.globalClient.clientId, ...payload })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(secret ?? Buffer.from(emu.seed.globalClient.clientSecret, 'base64url'));

const INVALID = { statusCode: 401, error: 'Unauthorized', message: 'Invalid token', attributes: { error: 'Invalid token' } };

describe('bearer validation', () => {
  it.each([undefined, 'Basic abc', 'Bearer', 'Bearer  '])('Authorization %j → 400 Bad HTTP authentication header format', async (auth) => {
    const r = await api('/api/v2/users', undefined, { auth });
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Bad HTTP authentication header format', errorCode: 'Bearer' });
  });

  it('garbage, wrong issuer host, wrong audience, bad signature → 401 Invalid token + WWW-Authenticate', async () => {
    const good = await mint(['read:users']);
    const [h, p] = good.split('.');
    const tampered = `${h}.${p}.${'A'.repeat(342)}`;
    const cases = [
      'not-a-jwt',
      tampered,
      await mint(['read:users'], { issuerHost: 'login.demo.test' }), // valid only on the custom domain (FACTS §8)
      await mint(['read:users'], { audience: emu.seed.apis.rsApi.identifier }),
      await legacy({ scope: 'read:users' }, new TextEncoder().encode('x'.repeat(32))), // wrong HS256 secret
      await legacy({ scope: 'read:users', aud: 'someOtherClient' }),
    ];
    for (const t of cases) {
      const r = await api('/api/v2/users', t);
      expect(r.status, t.slice(0, 20)).toBe(401);
      expect(r.json()).toEqual(INVALID);
      expect(r.headers['www-authenticate']).toBe('Token error="Invalid token"');
    }
  });

  it('alg none is refused', async () => {
    const enc = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const t = `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ aud: emu.seed.globalClient.clientId, scope: 'read:users' })}.`;
    expect((await api('/api/v2/users', t)).status).toBe(401);
  });

  it('expired → 401 with the expired-token message', async () => {
    for (const t of [await mint(['read:users'], { lifetime: -5 }), await legacy({ scope: 'read:users', exp: Math.floor(Date.now() / 1000) - 5 })]) {
      const r = await api('/api/v2/users', t);
      expect(r.status).toBe(401);
      expect(r.json().message).toBe('Expired token received for JSON Web Token validation');
    }
  });

  it('a custom-domain token works on the custom domain', async () => {
    const t = await mint(['read:users'], { issuerHost: 'login.demo.test' });
    expect((await api('/api/v2/users', t, { host: 'login.demo.test' })).status).toBe(200);
  });

  it('a token from /oauth/token works on /api/v2', async () => {
    const c = emu.seed.clients.granted;
    const tok = (await tokenReq(port, { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, audience: emu.seed.managementAudience })).json().access_token;
    const r = await api('/api/v2/users', tok);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json().length).toBeGreaterThan(0);
  });
});

describe('legacy HS256 APIv2 tokens (FACTS §3)', () => {
  it('`scopes` object → action:entity; no exp, string iat accepted', async () => {
    const t = await legacy({ scopes: { users: { actions: ['read'] } }, iat: '1446056652', jti: 'a1' });
    expect((await api('/api/v2/users', t)).status).toBe(200);
  });
  it('`scope` string form', async () => {
    const t = await legacy({ iss: `https://${HOST}/`, scope: 'read:users read:clients', iat: 1, exp: Math.floor(Date.now() / 1000) + 60 });
    expect((await api('/api/v2/users', t)).status).toBe(200);
    expect((await api(`/api/v2/clients/${emu.seed.clients.granted.clientId}`, t)).status).toBe(200);
  });
});

describe('scopes', () => {
  it('insufficient scope → 403 with the ANY-OF list from the catalog', async () => {
    const r = await api('/api/v2/users', await mint(['read:clients']));
    expect(r.status).toBe(403);
    expect(r.json()).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: read:users, read:user_idp_tokens', errorCode: 'insufficient_scope' });
  });
  it('any one of the listed scopes suffices (GET /clients/{id})', async () => {
    const r = await api(`/api/v2/clients/${emu.seed.clients.explorer.clientId}`, await mint(['read:client_summary']));
    expect(r.status).toBe(200);
    expect(r.json().client_secret).toBeUndefined();
    const withKeys = await api(`/api/v2/clients/${emu.seed.clients.explorer.clientId}`, await mint(['read:client_keys']));
    expect(withKeys.json().client_secret).toBe(emu.seed.clients.explorer.clientSecret);
  });
  it('blacklist endpoints need blacklist:tokens', async () => {
    const r = await api('/api/v2/blacklists/tokens', await mint(['read:users']));
    expect(r.status).toBe(403);
    expect(r.json().message).toBe('Insufficient scope, expected any of: blacklist:tokens');
  });
});

describe('endpoints', () => {
  it('unknown route and unknown ids → 404 shapes', async () => {
    const t = await mint(['read:clients', 'read:resource_servers']);
    const r = await api('/api/v2/nope', t);
    expect(r.status).toBe(404);
    expect(r.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    const c = await api('/api/v2/clients/nope', t);
    expect(c.status).toBe(404);
    expect(c.json()).toMatchObject({ statusCode: 404, error: 'Not Found', errorCode: 'inexistent_client' });
    expect((await api('/api/v2/resource-servers/nope', t)).status).toBe(404);
  });

  it('blacklist flow: POST 204, GET lists, then the token gets 401', async () => {
    const aud = emu.seed.globalClient.clientId;
    const victim = await legacy({ scopes: { users: { actions: ['read'] } }, jti: 'victim-jti-1' });
    expect((await api('/api/v2/users', victim)).status).toBe(200);
    const admin = await legacy({ scopes: { tokens: { actions: ['blacklist'] } }, jti: 'admin-jti' });
    const bad = await api('/api/v2/blacklists/tokens', admin, { method: 'POST', body: { aud } });
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', errorCode: 'invalid_body' });
    const post = await api('/api/v2/blacklists/tokens', admin, { method: 'POST', body: { aud, jti: 'victim-jti-1' } });
    expect(post.status).toBe(204);
    expect(post.text).toBe('');
    expect(post.headers['content-type']).toBe('application/json; charset=utf-8');
    const list = await api(`/api/v2/blacklists/tokens?aud=${aud}&include_totals=true`, admin);
    expect(list.status).toBe(200);
    expect(list.json()).toEqual([{ aud, jti: 'victim-jti-1' }]);
    const r = await api('/api/v2/users', victim);
    expect(r.status).toBe(401);
    expect(r.json()).toEqual(INVALID);
  });

  it('client-grant list and delete: the token endpoint then answers the no-grant 403', async () => {
    const t = await mint(['read:client_grants', 'delete:client_grants']);
    const c = emu.seed.clients.granted;
    const rs = emu.seed.apis.rsApi.identifier;
    const list = await api(`/api/v2/client-grants?client_id=${c.clientId}&audience=${encodeURIComponent(rs)}`, t);
    expect(list.json()).toEqual([{ id: 'cgr_GrantedOrders00002', client_id: c.clientId, audience: rs, scope: ['read:orders', 'create:orders'], subject_type: 'client' }]);
    const body = { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, audience: rs };
    expect((await tokenReq(port, body)).status).toBe(200);
    const del = await api('/api/v2/client-grants/cgr_GrantedOrders00002', t, { method: 'DELETE' });
    expect(del.status).toBe(204);
    const after = await tokenReq(port, body);
    expect(after.status).toBe(403);
    expect(after.json().error_description).toMatch(/^Client is not authorized to access "https:\/\/orders\.demo\.test\/"/);
    expect((await api('/api/v2/client-grants/cgr_GrantedOrders00002', t, { method: 'DELETE' })).status).toBe(404);
  });

  it('rotate-secret: new secret works, old one gets 401', async () => {
    const c = emu.seed.clients.explorer;
    const old = c.clientSecret;
    const r = await api(`/api/v2/clients/${c.clientId}/rotate-secret`, await mint(['update:client_keys']), { method: 'POST' });
    expect(r.status).toBe(200);
    const fresh = r.json().client_secret as string;
    expect(fresh).not.toBe(old);
    const body = (s: string) => ({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: s, audience: emu.seed.managementAudience });
    expect((await tokenReq(port, body(old))).status).toBe(401);
    expect((await tokenReq(port, body(fresh))).status).toBe(200);
  });

  it('resource server GET by id and identifier; PATCH token_lifetime changes newly minted exp−iat', async () => {
    const t = await mint(['read:resource_servers', 'update:resource_servers']);
    const m = emu.seed.apis.management;
    const byId = await api(`/api/v2/resource-servers/${m.id}`, t);
    expect(byId.json()).toMatchObject({ id: m.id, name: 'Auth0 Management API', identifier: m.identifier, token_lifetime: 86400, token_lifetime_for_web: 7200, signing_alg: 'RS256', is_system: true });
    expect(byId.json().scopes[0]).toEqual({ description: expect.any(String), value: expect.any(String) });
    const byIdent = await api(`/api/v2/resource-servers/${encodeURIComponent(m.identifier)}`, t);
    expect(byIdent.json().id).toBe(m.id);
    for (const bad of [0, 2592001, '600', 1.5]) {
      const r = await api(`/api/v2/resource-servers/${m.id}`, t, { method: 'PATCH', body: { token_lifetime: bad } });
      expect(r.status).toBe(400);
      expect(r.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', errorCode: 'invalid_body' });
    }
    const ok = await api(`/api/v2/resource-servers/${m.id}`, t, { method: 'PATCH', body: { token_lifetime: 600, token_lifetime_for_web: 600 } });
    expect(ok.status).toBe(200);
    expect(ok.json().token_lifetime).toBe(600);
    const c = emu.seed.clients.granted;
    const tok = await tokenReq(port, { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, audience: m.identifier });
    expect(tok.json().expires_in).toBe(600);
    const { payload } = decodeJwt(tok.json().access_token);
    expect(payload.exp - payload.iat).toBe(600);
  });
});

describe('client grants and clients for exact-scope minting (FACTS §1, §9; issue #11)', () => {
  it('POST /clients (create:clients) returns a secret that works at /oauth/token once a client grant exists', async () => {
    const admin = await mint(['create:clients', 'create:client_grants', 'update:client_grants', 'read:client_grants']);
    const created = await api('/api/v2/clients', admin, { method: 'POST', body: { name: 'Token Workbench minting app', app_type: 'non_interactive', grant_types: ['client_credentials'] } });
    expect(created.status).toBe(201);
    const app = created.json() as { client_id: string; client_secret: string };
    expect(app.client_id).toMatch(/^[A-Za-z0-9]{32}$/);
    const aud = emu.seed.managementAudience;
    const body = { grant_type: 'client_credentials', client_id: app.client_id, client_secret: app.client_secret, audience: aud };
    expect((await tokenReq(port, body)).status).toBe(403); // no grant yet
    const grant = await api('/api/v2/client-grants', admin, { method: 'POST', body: { client_id: app.client_id, audience: aud, scope: [], subject_type: 'client' } });
    expect(grant.status).toBe(201);
    const g = grant.json() as { id: string; subject_type: string; scope: string[] };
    expect(g).toMatchObject({ subject_type: 'client', scope: [] });
    const dup = await api('/api/v2/client-grants', admin, { method: 'POST', body: { client_id: app.client_id, audience: aud, scope: [] } });
    expect(dup.status).toBe(409);
    const patched = await api(`/api/v2/client-grants/${g.id}`, admin, { method: 'PATCH', body: { scope: ['read:users', 'read:clients', 'read:logs'] } });
    expect(patched.status).toBe(200);
    const tok = await tokenReq(port, body);
    expect(tok.status).toBe(200);
    expect(String(decodeJwt(tok.json().access_token).payload.scope).split(' ').sort()).toEqual(['read:clients', 'read:logs', 'read:users']);
    const listed = await api(`/api/v2/client-grants?client_id=${app.client_id}&subject_type=client`, admin);
    expect((listed.json() as { id: string }[]).map((x) => x.id)).toEqual([g.id]);
  });

  it('PATCH /client-grants/{id} needs update:client_grants; unknown scopes and fields are 400', async () => {
    const id = emu.seed.grants[1]!.id;
    const weak = await mint(['read:client_grants']);
    const r = await api(`/api/v2/client-grants/${id}`, weak, { method: 'PATCH', body: { scope: ['read:orders'] } });
    expect(r.status).toBe(403);
    expect(r.json()).toMatchObject({ errorCode: 'insufficient_scope', message: 'Insufficient scope, expected any of: update:client_grants' });
    const strong = await mint(['update:client_grants']);
    expect((await api(`/api/v2/client-grants/${id}`, strong, { method: 'PATCH', body: { scope: ['read:nope'] } })).status).toBe(400);
    expect((await api(`/api/v2/client-grants/${id}`, strong, { method: 'PATCH', body: { scope: ['read:orders'], audience: 'x' } })).status).toBe(400);
    expect((await api('/api/v2/client-grants/cgr_missing', strong, { method: 'PATCH', body: { scope: [] } })).status).toBe(404);
  });
});
