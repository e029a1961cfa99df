// The background's catalog answers (issue #7: catalog.json lives in the background only) and `verify.hmac` (the
// HS* check with the user's secret, moved out of the popup with jose): same results as the catalog and verify
// libs, the secret never in an answer, and no secret check for a non-HS token. Runs in vitest.
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => ({ ext: (await import('./fake-ext')).ext, extensionOrigin: () => 'chrome-extension://testextensionid' }));
import { SignJWT } from 'jose';
import { catalogHandlers } from '../../../src/background/catalog/handlers';
import { verifyHmacHandlers } from '../../../src/background/inspect/verify-hmac-handlers';
import { allScopes, endpointsAdmittedBy, groupByEntity } from '../../../src/lib/scopes/catalog';
import { groupScopes } from '../../../src/lib/scopes/group';
import { MESSAGES } from '../../../src/shared/messages';

const sender = {};
const ALL = allScopes().map((s) => s.name);

describe('catalog messages', () => {
  it('are all privileged', () => {
    for (const t of ['catalog.describe', 'catalog.endpoints', 'catalog.endpointNames', 'catalog.why403', 'catalog.searchScopes', 'verify.hmac'] as const) {
      expect(MESSAGES[t].privileged, t).toBe(true);
    }
  });
  it('describe: the facts of known scopes only; grouping with them equals groupByEntity', async () => {
    const { known } = await catalogHandlers['catalog.describe']({ scopes: ['read:users', 'read:current_user', 'openid', 'read:users'] }, sender);
    expect(known.map((s) => s.name)).toEqual(['read:users', 'read:current_user']);
    expect(known[1]?.userTokenOnly).toBe(true);
    const scopes = ['update:users', 'read:current_user', 'openid', 'read:users'];
    const again = await catalogHandlers['catalog.describe']({ scopes }, sender);
    const facts = new Map(again.known.map((s) => [s.name, s]));
    expect(groupScopes(scopes, (s) => facts.get(s))).toEqual(groupByEntity(scopes));
  });
  it('endpoints: admitted count, matches and the first `limit`', async () => {
    const all = await catalogHandlers['catalog.endpoints']({ scopes: ALL, query: '', limit: 60 }, sender);
    expect(all.admitted).toBe(endpointsAdmittedBy(ALL).length);
    expect(all.matches).toBe(all.admitted);
    expect(all.shown).toHaveLength(60);
    const logs = await catalogHandlers['catalog.endpoints']({ scopes: ['read:logs'], query: 'logs', limit: 60 }, sender);
    expect(logs.shown.length).toBeGreaterThan(0);
    expect(logs.shown.every((e) => e.scopes.includes('read:logs'))).toBe(true);
  });
  it('why403: a pasted error, a request, and neither', async () => {
    const body = '{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:clients, read:client_summary","errorCode":"insufficient_scope"}';
    await expect(catalogHandlers['catalog.why403']({ text: body }, sender)).resolves.toEqual({ needed: ['read:clients', 'read:client_summary'] });
    await expect(catalogHandlers['catalog.why403']({ text: 'hello' }, sender)).resolves.toEqual({ needed: null });
    const users = await catalogHandlers['catalog.why403']({ request: 'GET /api/v2/users/auth0|123' }, sender);
    expect(users.needed).toContain('read:users');
    await expect(catalogHandlers['catalog.why403']({ request: 'GET /api/v2/nope' }, sender)).resolves.toEqual({ needed: null });
  });
  it('endpointNames and searchScopes', async () => {
    const { names } = await catalogHandlers['catalog.endpointNames']({}, sender);
    expect(names).toContain('GET /api/v2/users');
    const { scopes } = await catalogHandlers['catalog.searchScopes']({ query: 'read:users' }, sender);
    expect(scopes[0]?.name).toBe('read:users');
  });
});

describe('verify.hmac', () => {
  const secret = 'a-test-secret-that-is-long-enough-32b';
  const sign = (alg = 'HS256') => new SignJWT({ sub: 'x' }).setProtectedHeader({ alg }).setExpirationTime('1h').sign(new TextEncoder().encode(secret));
  it('verifies with the right secret, not with a wrong one, and echoes no secret', async () => {
    const token = await sign();
    const ok = await verifyHmacHandlers['verify.hmac']({ token, secret, encoding: 'utf8' }, sender);
    expect(ok.state).toBe('verified');
    expect(JSON.stringify(ok)).not.toContain(secret);
    const bad = await verifyHmacHandlers['verify.hmac']({ token, secret: `${secret}x`, encoding: 'utf8' }, sender);
    expect(bad.state).toBe('signature-invalid');
  });
  it('refuses a token that is not HS*', async () => {
    const rs = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.c2ln`;
    await expect(verifyHmacHandlers['verify.hmac']({ token: rs, secret, encoding: 'utf8' }, sender)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
  });
});
