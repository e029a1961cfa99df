// Management API client of the Terminate feature (issue #6): request builders (FACTS §4 body {aud, jti} only),
// parsers, the time-out/retry policy (SECURITY B6.50–53), 403/401 mapping (FACTS §5, §7) and scope status.
import { describe, expect, it } from 'vitest';
import { callManagementApi } from '../../../src/lib/auth0/management-api';
import {
  blacklistAddRequest,
  getResourceServerRequest,
  parseBlacklist,
  parseGrants,
  requestUrl,
  setLifetimeRequest,
} from '../../../src/lib/auth0/management-requests';
import { requirementFor, scopeStatus } from '../../../src/lib/auth0/management-scopes';
import { fakeApi } from './helpers';

const target = { host: 'demo.us.auth0.com', token: 'eyJ.mgmt.token' };
const policy = (fetch: Parameters<typeof callManagementApi>[2]['fetch']) => ({ fetch, sleep: async () => undefined, timeoutMs: 30 });

describe('request builders and parsers', () => {
  it('blacklist POST carries {aud, jti} only and is not idempotent', () => {
    const r = blacklistAddRequest('GlobalClient', 'abc');
    expect(r).toMatchObject({ method: 'POST', path: '/api/v2/blacklists/tokens', body: { aud: 'GlobalClient', jti: 'abc' }, idempotent: false });
    expect(Object.keys(r.body!)).toEqual(['aud', 'jti']);
  });
  it('looks a resource server up by its URL-encoded identifier', () => {
    expect(requestUrl('t.auth0.com', getResourceServerRequest('https://orders.demo.test/'))).toBe('https://t.auth0.com/api/v2/resource-servers/https%3A%2F%2Forders.demo.test%2F');
  });
  it('token_lifetime must be 1..2592000 (FACTS §7)', () => {
    expect(() => setLifetimeRequest('id', 0)).toThrow();
    expect(() => setLifetimeRequest('id', 2_592_001)).toThrow();
    expect(setLifetimeRequest('id', 2_592_000).body).toEqual({ token_lifetime: 2_592_000 });
  });
  it('parses the plain-array blacklist and skips junk; grants in both list forms', () => {
    expect(parseBlacklist([{ aud: 'a', jti: 'x' }, { jti: 'y' }, { aud: 'a' }, 'junk'])).toEqual([{ aud: 'a', jti: 'x' }, { jti: 'y' }]);
    expect(parseBlacklist({ nope: 1 })).toBeNull();
    const g = { id: 'cgr_1', client_id: 'c', audience: 'https://a/', scope: ['read:x'] };
    expect(parseGrants([g])).toEqual([{ id: 'cgr_1', clientId: 'c', audience: 'https://a/', scope: ['read:x'], subjectType: null, organizationUsage: null, allowAnyOrganization: null }]);
    expect(parseGrants({ client_grants: [g], total: 1 })).toHaveLength(1);
  });
});

describe('callManagementApi', () => {
  it('sends the bearer, JSON body on POST and none on GET; 204 is success', async () => {
    const api = fakeApi((c) => (c.method === 'POST' ? { status: 204 } : { status: 200, body: [] }));
    await expect(callManagementApi(target, blacklistAddRequest('a', 'j'), policy(api.fetch))).resolves.toEqual({ status: 204, body: null });
    await callManagementApi(target, getResourceServerRequest('x'), policy(api.fetch));
    expect(api.calls[0]).toMatchObject({ auth: 'Bearer eyJ.mgmt.token', body: '{"aud":"a","jti":"j"}' });
    expect(api.calls[1]!.body).toBeUndefined();
  });
  it('a time-out on the blacklist POST is never retried and says the outcome is unknown', async () => {
    const api = fakeApi(() => 'hang');
    await expect(callManagementApi(target, blacklistAddRequest('a', 'j'), policy(api.fetch))).rejects.toMatchObject({ code: 'ERR_TIMEOUT', detail: { outcome: 'unknown' } });
    expect(api.calls).toHaveLength(1);
  });
  it('5xx: GET retried twice, POST never', async () => {
    const api = fakeApi(() => ({ status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'down' } }));
    await expect(callManagementApi(target, getResourceServerRequest('x'), policy(api.fetch))).rejects.toMatchObject({ code: 'ERR_AUTH0' });
    expect(api.calls).toHaveLength(3);
    const post = fakeApi(() => ({ status: 503, body: { statusCode: 503, error: 'x', message: 'down' } }));
    await expect(callManagementApi(target, blacklistAddRequest('a', 'j'), policy(post.fetch))).rejects.toMatchObject({ code: 'ERR_AUTH0' });
    expect(post.calls).toHaveLength(1);
  });
  it('429 with a short Retry-After is waited out (the request was not processed)', async () => {
    let n = 0;
    const api = fakeApi(() => (n++ === 0 ? { status: 429, body: { statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached' }, headers: { 'retry-after': '1' } } : { status: 204 }));
    await expect(callManagementApi(target, blacklistAddRequest('a', 'j'), policy(api.fetch))).resolves.toMatchObject({ status: 204 });
    expect(api.calls).toHaveLength(2);
  });
  it('403 insufficient_scope names the scope and how to grant it (FACTS §5, §6)', async () => {
    const api = fakeApi(() => ({ status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: blacklist:tokens', errorCode: 'insufficient_scope' } }));
    const err = await callManagementApi(target, blacklistAddRequest('a', 'j'), policy(api.fetch), { dashboardBase: 'https://manage.auth0.com/dashboard/us/demo' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'ERR_AUTH0', detail: { status: 403, neededScopes: 'blacklist:tokens', grantUrl: 'https://manage.auth0.com/dashboard/us/demo/apis/management/authorized-clients' } });
    expect((err as Error).message).toContain('Machine to Machine Applications → the client → tick blacklist:tokens → Update');
  });
  it('401 says the management token was refused; Auth0 text never echoes the token', async () => {
    const api = fakeApi(() => ({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: `Invalid token ${target.token}` } }));
    const err = (await callManagementApi(target, getResourceServerRequest('x'), policy(api.fetch)).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/did not accept the profile's management token \(401\)/);
    expect(err.message).not.toContain(target.token);
  });
  it('an HTML 200 is an unexpected response', async () => {
    const api: Parameters<typeof callManagementApi>[2]['fetch'] = async () => ({ status: 200, headers: { get: () => 'text/html' }, text: async () => '<html>' });
    await expect(callManagementApi(target, getResourceServerRequest('x'), policy(api))).rejects.toMatchObject({ code: 'ERR_UNEXPECTED_RESPONSE' });
  });
});

describe('scope requirements (catalog any-of lists)', () => {
  it('levers need the catalog scopes of each endpoint they call', () => {
    expect(requirementFor('deleteGrant')).toEqual([['read:client_grants'], ['delete:client_grants']]);
    expect(requirementFor('rotateSecret')).toEqual([['update:client_keys']]);
    expect(requirementFor('setLifetime')).toEqual([['read:resource_servers'], ['update:resource_servers']]);
    expect(requirementFor('blacklist')).toEqual([['blacklist:tokens']]);
  });
  it('granted / missing / unknown', () => {
    expect(scopeStatus(requirementFor('deleteGrant'), ['read:client_grants', 'delete:client_grants']).state).toBe('granted');
    expect(scopeStatus(requirementFor('deleteGrant'), ['read:client_grants'])).toMatchObject({ state: 'missing', missing: [['delete:client_grants']] });
    expect(scopeStatus(requirementFor('blacklist'), null).state).toBe('unknown');
    expect(scopeStatus(requirementFor('blacklist'), []).state).toBe('unknown');
  });
});
