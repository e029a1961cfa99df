// The /oauth/token retry / time-out / back-off policy and Auth0 error mapping (SECURITY B3.30, B6.50–54), with an
// injected fetch and an instant sleep.
import { describe, expect, it, vi } from 'vitest';
import { requestToken } from '../../../src/lib/auth0/http-client';
import type { FetchLike, ResponseLike } from '../../../src/lib/auth0/timed-fetch';
import { buildTokenRequest } from '../../../src/lib/auth0/token-request';
import { auth0Error, parseQuotaHeader, retryAfterMs } from '../../../src/lib/auth0/token-errors';

const req = buildTokenRequest({ domain: 'demo.us.auth0.com', customDomain: 'login.demo.test', clientId: 'cid', clientSecret: 'topsecret-123' });
const ctx = { audience: req.audience, canonicalDomain: 'demo.us.auth0.com', customDomain: 'login.demo.test', known: ['topsecret-123'] };
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

function res(status: number, body: unknown, headers: Record<string, string> = {}, type = 'application/json'): ResponseLike {
  const h = new Map(Object.entries({ 'content-type': type, ...headers }).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, headers: { get: (n) => h.get(n.toLowerCase()) ?? null }, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) };
}
const OK = res(200, { access_token: 'eyJhbGciOiJSUzI1NiJ9.e30.sig', expires_in: 86400, scope: 'read:users', token_type: 'Bearer' });

function setup(...answers: (ResponseLike | Error | 'hang')[]) {
  const calls: Parameters<FetchLike>[1][] = [];
  const fetch: FetchLike = vi.fn(async (_url, init) => {
    calls.push(init);
    const a = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    if (a === 'hang') return new Promise<ResponseLike>((_r, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    if (a instanceof Error) throw a;
    return a;
  });
  const sleeps: number[] = [];
  const policy = { fetch, sleep: async (ms: number) => void sleeps.push(ms), now: () => NOW, random: () => 0.5 };
  return { fetch, calls, sleeps, policy };
}
const catchErr = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e as { code: string; message: string; detail?: Record<string, unknown> });

describe('requestToken', () => {
  it('B3.28 returns the token and always sends credentials: omit', async () => {
    const { policy, calls } = setup(OK);
    const out = await requestToken(req, policy, ctx);
    expect(out).toMatchObject({ accessToken: 'eyJhbGciOiJSUzI1NiJ9.e30.sig', expiresIn: 86400, scope: 'read:users' });
    expect(calls[0]!.credentials).toBe('omit');
  });
  it('B6.50 Retry-After: 2 → exactly one retry after ≥ 2 s with jitter', async () => {
    const { policy, fetch, sleeps } = setup(res(429, { error: 'too_many_requests', error_description: 'Rate limit exceeded. Please retry after some time.' }, { 'retry-after': '2' }), OK);
    await requestToken(req, policy, ctx);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(2000);
    expect(sleeps[0]).toBeLessThan(2300);
  });
  it('B6.50 parses an HTTP-date Retry-After', () => {
    const h = { get: (n: string) => (n === 'retry-after' ? new Date(NOW + 5000).toUTCString() : null) };
    expect(retryAfterMs(h, NOW)).toBe(5000);
  });
  it('B6.50 a long wait is not slept through: ERR_RATE_LIMITED "until hh:mm:ss", no retry', async () => {
    const { policy, fetch, sleeps } = setup(res(429, { error: 'too_many_requests', error_description: 'Rate limit exceeded.' }, { 'retry-after': '120' }));
    const e = await catchErr(requestToken(req, policy, ctx));
    expect(e.code).toBe('ERR_RATE_LIMITED');
    expect(e.message).toMatch(/Rate-limited until \d\d:\d\d:\d\d/);
    expect(e.detail?.until).toBe(NOW / 1000 + 120);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sleeps).toEqual([]);
  });
  it('B6.50 at most 2 retries on repeated 429s', async () => {
    const r429 = res(429, { error: 'too_many_requests', error_description: 'x' }, { 'retry-after': '1' });
    const { policy, fetch } = setup(r429, r429, r429, r429);
    expect((await catchErr(requestToken(req, policy, ctx))).code).toBe('ERR_RATE_LIMITED');
    expect(fetch).toHaveBeenCalledTimes(3);
  });
  it('B6.51 429 with only X-RateLimit-Reset waits until then; the quota header and both body shapes parse', async () => {
    const quota = 'b=per_hour;q=10;r=0;t=3;b=junk,b=per_day;q=50;r=47;t=43200';
    const { policy, sleeps } = setup(res(429, { error: 'too_many_requests', error_description: 'Client quota exceeded' }, { 'x-ratelimit-reset': String(NOW / 1000 + 3), 'auth0-client-quota-limit': quota }), OK);
    await requestToken(req, policy, ctx);
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000);
    expect(parseQuotaHeader('b=per_hour;q=10;r=7;t=3540,b=per_day;q=50;r=47;t=43200')).toEqual([
      { bucket: 'per_hour', quota: 10, remaining: 7, resetSeconds: 3540 },
      { bucket: 'per_day', quota: 50, remaining: 47, resetSeconds: 43200 },
    ]);
    const far = setup(res(429, { error: 'too_many_requests', error_description: 'Client quota exceeded' }, { 'x-ratelimit-reset': String(NOW / 1000 + 3600), 'auth0-client-quota-limit': 'b=per_hour;q=10;r=0;t=3600' }));
    const e = await catchErr(requestToken(req, far.policy, ctx));
    expect(e.message).toContain('quota');
    expect(e.detail?.quota).toContain('per hour: 0/10 left');
  });
  it('B6.52 500/502/503 → at most 2 retries after 1 s and 2 s ±10 %', async () => {
    const r500 = res(503, { error: 'server_error', error_description: 'Service Unavailable' });
    const { policy, fetch, sleeps } = setup(r500, r500, r500);
    const e = await catchErr(requestToken(req, { ...policy, random: () => 0.99 }, ctx));
    expect(e.code).toBe('ERR_AUTH0');
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sleeps[0]).toBeGreaterThanOrEqual(900);
    expect(sleeps[0]).toBeLessThanOrEqual(1100);
    expect(sleeps[1]).toBeGreaterThanOrEqual(1800);
    expect(sleeps[1]).toBeLessThanOrEqual(2200);
  });
  it.each([400, 401, 403, 404])('B6.52 %i is never retried', async (status) => {
    const { policy, fetch } = setup(res(status, { error: 'access_denied', error_description: 'Unauthorized' }));
    await catchErr(requestToken(req, policy, ctx));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it('B6.53 a server that never answers is aborted at the time-out with ERR_TIMEOUT', async () => {
    const { policy } = setup('hang');
    const e = await catchErr(requestToken(req, { ...policy, timeoutMs: 30 }, ctx));
    expect(e.code).toBe('ERR_TIMEOUT');
  });
  it('B6.54 connection resets are retried; DNS/refused/TLS/offline are not', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    const r = setup(reset, OK);
    await requestToken(req, r.policy, ctx);
    expect(r.fetch).toHaveBeenCalledTimes(2);
    const dns = setup(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND topsecret-123' } }));
    const e = await catchErr(requestToken(req, dns.policy, ctx));
    expect(e.code).toBe('ERR_NETWORK');
    expect(e.message).not.toContain('topsecret');
    expect(dns.fetch).toHaveBeenCalledTimes(1);
  });
  it.each([
    ['HTML error page', res(502, '<html><body>502 Bad Gateway</body></html>', {}, 'text/html'), 3],
    ['empty 200', res(200, ''), 1],
    ['truncated JSON', res(200, '{"access_token":"eyJhbGciOi'), 1],
    ['wrong content type', res(200, JSON.stringify({ access_token: 'x', expires_in: 1 }), {}, 'text/plain'), 1],
    ['200 without a token', res(200, { hello: 1 }), 1],
  ])('B6.54 %s → ERR_UNEXPECTED_RESPONSE', async (_n, answer, calls) => {
    const { policy, fetch } = setup(answer);
    const e = await catchErr(requestToken(req, policy, ctx));
    expect(e.code).toBe('ERR_UNEXPECTED_RESPONSE');
    expect(e.message).not.toContain('<html');
    expect(fetch).toHaveBeenCalledTimes(calls);
  });
});

describe('auth0Error (FACTS §1, SECURITY B3.30)', () => {
  const cases: [string, number, Record<string, string>, RegExp][] = [
    ['wrong secret', 401, { error: 'access_denied', error_description: 'Unauthorized' }, /Wrong client ID or client secret/],
    ['AOAS invalid_client', 401, { error: 'invalid_client', error_description: 'Client authentication failed' }, /Wrong client ID or client secret/],
    ['no client grant', 403, { error: 'access_denied', error_description: 'Client is not authorized to access "https://demo.us.auth0.com/api/v2/". You need to create a "client-grant" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants' }, /no client grant for https:\/\/demo\.us\.auth0\.com\/api\/v2\//],
    ['custom-domain audience', 403, { error: 'access_denied', error_description: 'Service not enabled within domain: https://login.demo.test/api/v2/' }, /stays https:\/\/demo\.us\.auth0\.com\/api\/v2\//],
    ['unknown audience', 403, { error: 'access_denied', error_description: 'Service not enabled within domain: https://nope/api' }, /trailing slash/],
    ['no audience', 403, { error: 'access_denied', error_description: 'No audience parameter was provided, and no default audience has been configured' }, /No audience was sent/],
    ['grant type not allowed', 403, { error: 'unauthorized_client', error_description: "Grant type 'client_credentials' not allowed for the client." }, /Grant Types/],
    ['missing parameter', 400, { error: 'invalid_request', error_description: 'Missing required parameter: client_id' }, /malformed/],
    ['unsupported grant', 400, { error: 'unsupported_grant_type', error_description: 'Grant type not supported' }, /does not support/],
  ];
  it.each(cases)('B3.30 %s gets its own message with Auth0’s words', (_n, status, body, re) => {
    const e = auth0Error(status, body, ctx);
    expect(e.code).toBe('ERR_AUTH0');
    expect(e.message).toMatch(re);
    expect(e.message).toContain(body.error_description!.slice(0, 40));
    expect(e.detail).toMatchObject({ status, error: body.error });
  });
  it('B3.30 error_description is cleaned: no control/bidi characters, secrets redacted, capped', () => {
    const e = auth0Error(403, { error: 'access_denied', error_description: `\u202Eevil topsecret-123 client_secret=abc ${'x'.repeat(1000)}` }, ctx);
    expect(e.message).not.toContain('\u202E');
    expect(e.message).not.toContain('topsecret-123');
    expect(e.message).not.toContain('=abc');
    expect(String(e.detail?.error_description).length).toBeLessThanOrEqual(300);
  });
});
