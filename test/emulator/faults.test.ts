// @vitest-environment node
// Fault injection (SECURITY B6) in-process and over the loopback control path, plus host routing: unknown
// and foreign hosts are 404 but logged, the control path is loopback-only, dashboard hosts use the renderer.
import { beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator/server';
import { useEmulator } from '../support/use-emulator';
import { req, tokenReq, type Res } from './client';

const emu = useEmulator({ cleanEachTest: true });
let port: number;
beforeAll(() => {
  port = emu.port;
});

const goodToken = (): Promise<Res> => {
  const c = emu.seed.clients.granted;
  return tokenReq(port, { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, audience: emu.seed.managementAudience });
};
const control = (path: string, method = 'GET', body?: unknown): Promise<Res> => req(port, { host: '127.0.0.1', path, method, body });

describe('fault kinds', () => {
  it('rate-limit on /oauth/token: 429, Retry-After, x-ratelimit-*, FACTS §1 body; count consumed', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'rate-limit', count: 2, retryAfter: 3 });
    for (let i = 0; i < 2; i++) {
      const r = await goodToken();
      expect(r.status).toBe(429);
      expect(r.json()).toEqual({ error: 'too_many_requests', error_description: 'Rate limit exceeded. Please retry after some time.' });
      expect(r.headers['retry-after']).toBe('3');
      expect(r.headers['x-ratelimit-remaining']).toBe('0');
      expect(Number(r.headers['x-ratelimit-reset']) - Date.now() / 1000).toBeGreaterThan(1);
      expect(r.headers['access-control-allow-origin']).toBe('*');
    }
    expect((await goodToken()).status).toBe(200);
    expect(emu.requests.map((e) => [e.status, e.fault])).toEqual([[429, 'rate-limit'], [429, 'rate-limit'], [200, undefined]]);
  });

  it('rate-limit onlyReset / quotaHeader / HTTP-date', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'rate-limit', onlyReset: true, retryAfter: 5 });
    const a = await goodToken();
    expect(a.status).toBe(429);
    expect(a.headers['retry-after']).toBeUndefined();
    expect(a.headers['x-ratelimit-limit']).toBeUndefined();
    expect(Number(a.headers['x-ratelimit-reset'])).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 4);
    emu.faults.add({ route: 'POST /oauth/token', kind: 'rate-limit', quotaHeader: true, retryAfter: 60 });
    const b = await goodToken();
    expect(b.headers['auth0-client-quota-limit']).toBe('b=per_hour;q=10;r=0;t=60');
    expect(b.json()).toEqual({ error: 'too_many_requests', error_description: 'Client quota exceeded' });
    emu.faults.add({ route: 'POST /oauth/token', kind: 'rate-limit', retryAfterDate: true, retryAfter: 2 });
    expect(Date.parse(String((await goodToken()).headers['retry-after']))).toBeGreaterThan(Date.now() - 1000);
  });

  it('rate-limit on the Management API uses the FACTS §7 body', async () => {
    emu.faults.add({ route: 'GET /api/v2/*', kind: 'rate-limit' });
    const r = await req(port, { host: 'demo.us.auth0.com', path: '/api/v2/users' });
    expect(r.status).toBe(429);
    expect(r.json()).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached', errorCode: 'too_many_requests' });
  });

  it.each([500, 502, 503])('server-error %i', async (status) => {
    emu.faults.add({ route: 'GET /.well-known/jwks.json', kind: 'server-error', status });
    const r = await req(port, { host: 'demo.us.auth0.com', path: '/.well-known/jwks.json' });
    expect(r.status).toBe(status);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect((await req(port, { host: 'demo.us.auth0.com', path: '/.well-known/jwks.json' })).status).toBe(200);
  });

  it('hang: the request is accepted and never answered (client gives up quickly)', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'hang' });
    const c = emu.seed.clients.granted;
    const t0 = Date.now();
    await expect(
      req(port, { host: 'demo.us.auth0.com', path: '/oauth/token', body: { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret }, timeoutMs: 300 }),
    ).rejects.toThrow('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(emu.requests[0]).toMatchObject({ path: '/oauth/token', status: 0, fault: 'hang' });
  });

  it('hang does not block close()', async () => {
    const e2 = await startEmulator({ quiet: true });
    e2.faults.add({ route: '* /api/v2/*', kind: 'hang' });
    const pending = req(e2.port, { host: 'demo.us.auth0.com', path: '/api/v2/users' }).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    await e2.close();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('reset: the socket is destroyed', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'reset' });
    await expect(goodToken()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await goodToken()).status).toBe(200);
  });

  it('truncated-json, html-error, empty-200', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'truncated-json' });
    emu.faults.add({ route: 'POST /oauth/token', kind: 'html-error' });
    emu.faults.add({ route: 'POST /oauth/token', kind: 'empty-200' });
    const t = await goodToken();
    expect(t.status).toBe(200);
    expect(t.headers['content-type']).toMatch(/^application\/json/);
    expect(() => t.json()).toThrow();
    const h = await goodToken();
    expect(h.status).toBe(502);
    expect(h.headers['content-type']).toBe('text/html');
    expect(h.text).toContain('<h1>502 Bad Gateway</h1>');
    const e = await goodToken();
    expect(e.status).toBe(200);
    expect(e.text).toBe('');
  });

  it('CORS preflight is never faulted', async () => {
    emu.faults.add({ route: '* /oauth/token', kind: 'server-error' });
    const pre = await req(port, { host: 'demo.us.auth0.com', path: '/oauth/token', method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect((await goodToken()).status).toBe(500);
  });

  it('host filter: only the named host is faulted', async () => {
    emu.faults.add({ route: 'POST /oauth/token', kind: 'server-error', host: 'login.demo.test' });
    expect((await goodToken()).status).toBe(200);
    expect(emu.faults.list()).toHaveLength(1);
  });

  it('rejects bad specs', () => {
    expect(() => emu.faults.add({ route: 'POST /oauth/token', kind: 'explode' as never })).toThrow();
    expect(() => emu.faults.add({ route: 'POST /oauth/token', kind: 'hang', count: 0 })).toThrow();
  });
});

describe('control path', () => {
  it('POST/GET/DELETE /__emulator/faults and GET /__emulator/requests', async () => {
    const add = await control('/__emulator/faults', 'POST', { route: 'POST /oauth/token', kind: 'server-error', status: 503, count: 1 });
    expect(add.status).toBe(201);
    expect((await control('/__emulator/faults')).json()).toEqual([{ route: 'POST /oauth/token', kind: 'server-error', count: 1 }]);
    expect((await goodToken()).status).toBe(503);
    await control('/__emulator/faults', 'POST', [{ route: 'POST /oauth/token', kind: 'html-error', count: 5 }]);
    expect((await control('/__emulator/faults', 'DELETE')).status).toBe(200);
    expect((await goodToken()).status).toBe(200);
    const log = (await control('/__emulator/requests')).json();
    expect(log.map((e: any) => e.status)).toEqual([503, 200]);
    expect(log[0]).toMatchObject({ method: 'POST', host: 'demo.us.auth0.com', path: '/oauth/token', body: { client_secret: '[redacted]', grant_type: 'client_credentials' } });
    expect(JSON.stringify(log)).not.toContain(emu.seed.clients.granted.clientSecret);
  });

  it('bad fault spec over the control path → 400', async () => {
    expect((await control('/__emulator/faults', 'POST', { route: 'x', kind: 'nope' })).status).toBe(400);
  });

  it('POST /__emulator/mint returns a usable token', async () => {
    const r = await control('/__emulator/mint', 'POST', { clientId: emu.seed.clients.granted.clientId, audience: emu.seed.managementAudience, scope: ['read:users'] });
    const t = r.json().access_token as string;
    const u = await req(port, { host: 'demo.us.auth0.com', path: '/api/v2/users', headers: { authorization: `Bearer ${t}` } });
    expect(u.status).toBe(200);
  });

  it('is not reachable on Auth0 hosts', async () => {
    for (const host of ['demo.us.auth0.com', 'manage.auth0.com']) {
      const r = await req(port, { host, path: '/__emulator/faults', method: 'POST', body: { route: 'POST /oauth/token', kind: 'reset' } });
      expect(r.status).toBe(host === 'manage.auth0.com' ? 405 : 404); // dashboard hosts only serve GET pages
    }
    expect(emu.faults.list()).toEqual([]);
  });
});

describe('host routing', () => {
  it('attacker.example and unknown hosts → 404, but logged', async () => {
    expect((await req(port, { host: 'attacker.example', path: '/steal?token=eyJhbGciOi.eyJzdWIi.sig' })).status).toBe(404);
    expect((await req(port, { host: 'other.test:8443', path: '/' })).status).toBe(404);
    expect(emu.requests.map((e) => [e.host, e.path, e.status])).toEqual([['attacker.example', '/steal', 404], ['other.test', '/', 404]]);
    expect(emu.requests[0]!.query.token).toBe('[redacted]');
  });

  it('hosts and hostResolverRules', () => {
    expect(emu.hosts).toEqual(['demo.us.auth0.com', 'login.demo.test', 'manage.auth0.com', 'auth0.com', 'attacker.example']);
    expect(emu.url).toBe(`https://127.0.0.1:${port}`);
    expect(emu.hostResolverRules.split(', ')).toContain(`MAP login.demo.test 127.0.0.1:${port}`);
  });

  it('dashboard hosts use the page renderer, with a CSP; null → 404', async () => {
    emu.setPageRenderer(async (r, ctx) => {
      if (r.url.pathname !== '/explorer') return null;
      const t = await ctx.mintExplorerToken();
      return { status: 200, contentType: 'text/html; charset=utf-8', body: `<p>${r.host} ${ctx.seed.domain} ${t.split('.').length}</p>` };
    });
    const ok = await req(port, { host: 'manage.auth0.com', path: '/explorer' });
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('<p>manage.auth0.com demo.us.auth0.com 3</p>');
    expect(ok.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect((await req(port, { host: 'auth0.com', path: '/other' })).status).toBe(404);
  });

  it('the explorer token carries every scope granted to the API Explorer Application', async () => {
    let token = '';
    emu.setPageRenderer(async (_r, ctx) => {
      token = await ctx.mintExplorerToken();
      return { status: 200, contentType: 'text/plain', body: 'ok' };
    });
    await req(port, { host: 'manage.auth0.com', path: '/' });
    const scope = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).scope as string;
    expect(scope.split(' ').length).toBe(emu.seed.grants.find((g) => g.id === 'cgr_ExplorerMgmt000004')!.scope.length);
  });
});
