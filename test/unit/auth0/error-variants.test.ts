// Issue #12 item 5: Auth0's error variants. A 500 "Global limit has been reached" is a rate limit (FACTS §1, §7),
// `Client "<id>" is not authorized to access resource server "<aud>"` is the missing-grant case, and a body in
// no known shape is quoted verbatim, never "something went wrong". Token endpoint and Management API alike.
import { describe, expect, it, vi } from 'vitest';
import { requestToken } from '../../../src/lib/auth0/http-client';
import type { FetchLike, ResponseLike } from '../../../src/lib/auth0/timed-fetch';
import { buildTokenRequest } from '../../../src/lib/auth0/token-request';
import { auth0Error } from '../../../src/lib/auth0/token-errors';
import { callManagementApi } from '../../../src/lib/auth0/management-api';
import { managementError } from '../../../src/lib/auth0/management-errors';
import { blacklistListRequest } from '../../../src/lib/auth0/management-requests';

const req = buildTokenRequest({ domain: 'demo.us.auth0.com', clientId: 'cid', clientSecret: 'topsecret-123' });
const ctx = { audience: req.audience, canonicalDomain: 'demo.us.auth0.com', known: ['topsecret-123'] };

function res(status: number, body: unknown, type = 'application/json'): ResponseLike {
  return { status, headers: { get: (n) => (n.toLowerCase() === 'content-type' ? type : null) }, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) };
}
function fetchOf(...answers: ResponseLike[]) {
  let i = 0;
  return vi.fn<FetchLike>(async () => answers[Math.min(i++, answers.length - 1)]!);
}
const rejection = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e as { code: string; message: string; detail?: Record<string, unknown> });

describe('token endpoint variants', () => {
  it('a 500 "Global limit has been reached" is a rate limit, not retried as a server fault', async () => {
    const fetch = fetchOf(res(500, { error: 'access_denied', error_description: 'Global limit has been reached' }));
    const e = await rejection(requestToken(req, { fetch, sleep: async () => undefined }, ctx));
    expect(e.code).toBe('ERR_RATE_LIMITED');
    expect(e.message).toMatch(/rate-limiting/);
    expect(e.message).toContain('Global limit has been reached');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it('`Client "<id>" is not authorized to access resource server "<aud>"` is the missing grant, naming the API', () => {
    const e = auth0Error(403, { error: 'access_denied', error_description: 'Client "abc123" is not authorized to access resource server "https://orders.demo.test/"' }, ctx);
    expect(e.message).toMatch(/^This application has no client grant for https:\/\/orders\.demo\.test\/\./);
    expect(e.message).toContain('Auth0 said: “Client "abc123" is not authorized');
  });
  it('the older wording is still the missing grant', () => {
    const e = auth0Error(403, { error: 'access_denied', error_description: 'Client is not authorized to access "https://demo.us.auth0.com/api/v2/". You need to create a "client-grant" associated to this API.' }, ctx);
    expect(e.message).toMatch(/no client grant for https:\/\/demo\.us\.auth0\.com\/api\/v2\//);
  });
  it.each([
    ['a JSON object without error', 502, { message: 'Upstream tenant is being migrated' }, 'Upstream tenant is being migrated'],
    ['a JSON object with other fields', 400, { kind: 'E42', reason: 'strange thing happened' }, '{"kind":"E42","reason":"strange thing happened"}'],
    ['plain text', 503, 'Tenant temporarily unavailable, try again in 5 minutes', 'Tenant temporarily unavailable, try again in 5 minutes'],
  ])('an unknown shape (%s) is shown verbatim', async (_n, status, body, text) => {
    const fetch = fetchOf(res(status, body, typeof body === 'string' ? 'text/plain' : 'application/json'));
    const e = await rejection(requestToken(req, { fetch, sleep: async () => undefined }, ctx));
    expect(e.message).toContain(`Auth0 answered ${status}: “${text}”`);
    expect(e.message).not.toMatch(/something went wrong/i);
  });
  it('an HTML page is still an unexpected response (never quoted)', async () => {
    const fetch = fetchOf(res(502, '<html><body>Bad Gateway</body></html>', 'text/html'));
    const e = await rejection(requestToken(req, { fetch, sleep: async () => undefined }, ctx));
    expect(e.code).toBe('ERR_UNEXPECTED_RESPONSE');
  });
  it('a verbatim text never echoes a known secret', async () => {
    const fetch = fetchOf(res(400, 'bad client_secret topsecret-123', 'text/plain'));
    const e = await rejection(requestToken(req, { fetch, sleep: async () => undefined }, ctx));
    expect(e.message).not.toContain('topsecret-123');
  });
});

describe('Management API variants', () => {
  const target = { host: 'demo.us.auth0.com', token: 'mgmt-token' };
  it('a 500 "Global limit has been reached" is a rate limit, sent once', async () => {
    const fetch = fetchOf(res(500, { statusCode: 500, error: 'Internal Server Error', message: 'Global limit has been reached' }));
    const e = await rejection(callManagementApi(target, blacklistListRequest('x'), { fetch, sleep: async () => undefined }));
    expect(e.code).toBe('ERR_RATE_LIMITED');
    expect(e.message).toContain('Global limit has been reached');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it('a body without message is quoted verbatim', () => {
    const e = managementError(502, { error: 'Bad Gateway', description: 'edge node unavailable' });
    expect(e.message).toContain('edge node unavailable');
  });
  it('a plain-text error body is quoted verbatim', async () => {
    const fetch = fetchOf(res(418, 'I am a teapot, says the tenant', 'text/plain'));
    const e = await rejection(callManagementApi(target, blacklistListRequest('x'), { fetch, sleep: async () => undefined }));
    expect(e.message).toBe('Auth0 answered 418: “I am a teapot, says the tenant”.');
  });
});
