// @vitest-environment node
// POST /oauth/token of the emulator: the FACTS §1 error table case by case (status + exact body), JSON vs
// form vs HTTP Basic, audience rules incl. the custom domain (FACTS §8), no scope narrowing (§1, corrected), token claims (§2).
import { beforeAll, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/use-emulator';
import { decodeJwt, req, tokenReq } from './client';

const emu = useEmulator();
let port: number;
let granted: { clientId: string; clientSecret: string };
let mgmt: string;

beforeAll(() => {
  port = emu.port;
  granted = emu.seed.clients.granted;
  mgmt = emu.seed.managementAudience;
});

const cc = (o: Record<string, string | undefined>): Record<string, string> => {
  const b: Record<string, string> = { grant_type: 'client_credentials' };
  for (const [k, v] of Object.entries(o)) if (v !== undefined) b[k] = v;
  return b;
};

describe('FACTS §1 error table', () => {
  it('wrong client_secret → 401 access_denied/Unauthorized', async () => {
    const r = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: 'nope', audience: mgmt }));
    expect(r.status).toBe(401);
    expect(r.json()).toEqual({ error: 'access_denied', error_description: 'Unauthorized' });
  });

  it('unknown client → 401 access_denied/Unauthorized', async () => {
    const r = await tokenReq(port, cc({ client_id: 'unknownClient000000000000000000x', client_secret: 'x', audience: mgmt }));
    expect(r.status).toBe(401);
    expect(r.text).toBe('{"error":"access_denied","error_description":"Unauthorized"}');
  });

  it('no client grant → 403 with the client-grant text', async () => {
    const c = emu.seed.clients.ungranted;
    const r = await tokenReq(port, cc({ client_id: c.clientId, client_secret: c.clientSecret, audience: mgmt }));
    expect(r.status).toBe(403);
    expect(r.json()).toEqual({
      error: 'access_denied',
      error_description:
        'Client is not authorized to access "https://demo.us.auth0.com/api/v2/". You need to create a "client-grant" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants',
    });
  });

  it.each([
    ['unknown audience', 'https://nope.example/'],
    ['no trailing slash', 'https://demo.us.auth0.com/api/v2'],
    ['custom-domain audience', 'https://login.demo.test/api/v2/'],
  ])('%s → 403 Service not enabled within domain', async (_name, audience) => {
    const r = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience }));
    expect(r.status).toBe(403);
    expect(r.json()).toEqual({ error: 'access_denied', error_description: `Service not enabled within domain: ${audience}` });
  });

  it('custom-domain audience via the custom domain too', async () => {
    const audience = 'https://login.demo.test/api/v2/';
    const r = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience }), 'login.demo.test');
    expect(r.status).toBe(403);
    expect(r.json().error_description).toBe('Service not enabled within domain: https://login.demo.test/api/v2/');
  });

  it('no audience → 403 No audience parameter…', async () => {
    const r = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret }));
    expect(r.status).toBe(403);
    expect(r.json()).toEqual({
      error: 'access_denied',
      error_description: 'No audience parameter was provided, and no default audience has been configured',
    });
  });

  it('client_credentials disabled → 403 unauthorized_client with error_uri', async () => {
    const c = emu.seed.clients.noClientCredentials;
    const r = await tokenReq(port, cc({ client_id: c.clientId, client_secret: c.clientSecret, audience: mgmt }));
    expect(r.status).toBe(403);
    expect(r.json()).toEqual({
      error: 'unauthorized_client',
      error_description: "Grant type 'client_credentials' not allowed for the client.",
      error_uri: 'https://auth0.com/docs/clients/client-grant-types',
    });
  });

  it.each(['grant_type', 'client_id', 'client_secret'])('missing %s → 400 invalid_request', async (field) => {
    const body: Record<string, string> = cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience: mgmt });
    delete body[field];
    const r = await tokenReq(port, body);
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ error: 'invalid_request', error_description: `Missing required parameter: ${field}` });
  });

  it('other grant_type → 400 unsupported_grant_type', async () => {
    const r = await tokenReq(port, { grant_type: 'password', client_id: granted.clientId, username: 'a', password: 'b' });
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ error: 'unsupported_grant_type', error_description: 'Grant type not supported' });
  });

  it('x-ratelimit headers on every token response, success or error', async () => {
    const bad = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: 'nope', audience: mgmt }));
    const ok = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience: mgmt }));
    for (const r of [bad, ok]) {
      expect(r.headers['x-ratelimit-limit']).toBe('1000');
      expect(Number(r.headers['x-ratelimit-remaining'])).toBeLessThan(1000);
      expect(Number(r.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
    }
  });
});

describe('client authentication and body encodings', () => {
  const check = async (r: Awaited<ReturnType<typeof req>>): Promise<void> => {
    expect(r.status).toBe(200);
    const j = r.json();
    expect(j.token_type).toBe('Bearer');
    expect(j.expires_in).toBe(86400);
    expect(decodeJwt(j.access_token).payload.azp).toBe(granted.clientId);
  };
  it('JSON body, client_secret_post', async () => {
    await check(await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience: mgmt })));
  });
  it('form body, client_secret_post', async () => {
    await check(await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience: mgmt }), undefined, true));
  });
  it('HTTP Basic (form body), also on /oauth/token/', async () => {
    const basic = Buffer.from(`${granted.clientId}:${granted.clientSecret}`).toString('base64');
    await check(
      await req(port, { host: 'demo.us.auth0.com', path: '/oauth/token/', headers: { authorization: `Basic ${basic}` }, form: { grant_type: 'client_credentials', audience: mgmt } }),
    );
  });
  it('HTTP Basic with a wrong secret → 401', async () => {
    const basic = Buffer.from(`${granted.clientId}:wrong`).toString('base64');
    const r = await req(port, { host: 'demo.us.auth0.com', path: '/oauth/token', headers: { authorization: `Basic ${basic}` }, body: { grant_type: 'client_credentials', audience: mgmt } });
    expect(r.status).toBe(401);
    expect(r.json()).toEqual({ error: 'access_denied', error_description: 'Unauthorized' });
  });
});

describe('issued tokens', () => {
  it('RS256 Management API token: header and claims per FACTS §2, no jti', async () => {
    const r = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience: mgmt }));
    const j = r.json();
    expect(j.scope.split(' ').sort()).toEqual([...emu.seed.grants[0]!.scope].sort());
    const { header, payload } = decodeJwt(j.access_token);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: expect.stringMatching(/^[A-Za-z0-9]{21}$/) });
    expect(payload).toEqual({
      iss: 'https://demo.us.auth0.com/',
      sub: `${granted.clientId}@clients`,
      aud: mgmt,
      iat: expect.any(Number),
      exp: payload.iat + 86400,
      scope: j.scope,
      gty: 'client-credentials',
      azp: granted.clientId,
    });
    expect(payload.jti).toBeUndefined();
  });

  it('via the custom domain: canonical audience works, iss is the custom domain (FACTS §8)', async () => {
    const r = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience: mgmt }), 'login.demo.test');
    expect(r.status).toBe(200);
    expect(decodeJwt(r.json().access_token).payload.iss).toBe('https://login.demo.test/');
  });

  it('FACTS §1: a narrower scope is ignored, every granted scope is issued', async () => {
    const base = { client_id: granted.clientId, client_secret: granted.clientSecret, audience: mgmt };
    const all = [...emu.seed.grants[0]!.scope].sort();
    const r = await tokenReq(port, cc({ ...base, scope: 'read:users blacklist:tokens' }));
    expect(r.status).toBe(200);
    expect(r.json().scope.split(' ').sort()).toEqual(all);
    expect(String(decodeJwt(r.json().access_token).payload.scope).split(' ').sort()).toEqual(all);
  });

  it('FACTS §1: a scope outside the grant fails the whole request, naming only the missing ones', async () => {
    const base = { client_id: granted.clientId, client_secret: granted.clientSecret, audience: mgmt };
    const r = await tokenReq(port, cc({ ...base, scope: 'read:users create:users delete:users' }));
    expect(r.status).toBe(403);
    expect(r.json()).toEqual({ error: 'access_denied', error_description: 'Client has not been granted scopes: create:users,delete:users' });
  });

  it('FACTS §9: only the subject_type client grant serves client credentials', async () => {
    const app = emu.seed.clients.ungranted;
    emu.seed.grants.push({ id: 'cgr_UserOnly00000000099', clientId: app.clientId, audience: mgmt, scope: ['read:users'], subjectType: 'user' });
    try {
      const r = await tokenReq(port, cc({ client_id: app.clientId, client_secret: app.clientSecret, audience: mgmt }));
      expect(r.status).toBe(403);
      expect(r.json().error_description).toMatch(/^Client is not authorized to access/);
    } finally {
      emu.seed.grants.pop();
    }
  });

  it('HS256 API: signed with its signing secret, expires_in = its token_lifetime', async () => {
    const api = emu.seed.apis.hsApi;
    const r = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: granted.clientSecret, audience: api.identifier }));
    expect(r.status).toBe(200);
    expect(r.json().expires_in).toBe(3600);
    const { jwtVerify } = await import('jose');
    const { payload, protectedHeader } = await jwtVerify(r.json().access_token, new TextEncoder().encode(api.signingSecret!), { audience: api.identifier });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload.scope).toBe('read:invoices');
  });

  it('CORS: preflight answered, ACAO * on token responses', async () => {
    const pre = await req(port, { host: 'demo.us.auth0.com', path: '/oauth/token', method: 'OPTIONS', headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-headers']).toBe('content-type');
    const r = await tokenReq(port, cc({ client_id: granted.clientId, client_secret: 'x', audience: mgmt }));
    expect(r.headers['access-control-allow-origin']).toBe('*');
  });

  it('the request log never holds the secret', async () => {
    const secret = granted.clientSecret;
    const logged = JSON.stringify(emu.requests);
    expect(emu.requests.some((e) => e.path === '/oauth/token' && e.status === 200)).toBe(true);
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain('eyJ');
  });
});
