// The Terminate service with injected fakes (issue #6): plan per token kind, confirmation, one POST per
// in-flight pair (double click), time-out → re-check → ask (SECURITY B6.53), ledger states, bulk per-token
// results, and the levers (exact grant match, rotated secret into the vault and shown only when asked).
import { describe, expect, it } from 'vitest';
import { createTerminateService } from '../../../src/background/terminate/service';
import { entry, fakeApi, makeDeps, profile, type Call } from './helpers';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (header: object, payload: object) => `${b64(header)}.${b64(payload)}.c2ln`;
const GLOBAL = 'GlobalClient0000000000000000005';
const legacyToken = (jti: string) => jwt({ alg: 'HS256', typ: 'JWT' }, { aud: GLOBAL, scopes: { users: { actions: ['read'] } }, iat: 1_700_000_000, exp: 4_000_000_000, jti });
const ccToken = (azp: string, aud: string) =>
  jwt({ alg: 'RS256', typ: 'JWT', kid: 'k' }, { iss: 'https://demo.us.auth0.com/', sub: `${azp}@clients`, aud, iat: 1, exp: 4_000_000_000, scope: 'read:orders', gty: 'client-credentials', azp });

/** A Management API that keeps a blacklist, with an optional hang on the first N POSTs. */
function blacklistApi(hangPosts = 0) {
  const listed: { aud: string; jti: string }[] = [];
  let hang = hangPosts;
  return fakeApi((c: Call) => {
    if (c.method === 'POST' && c.url.endsWith('/api/v2/blacklists/tokens')) {
      if (hang-- > 0) return 'hang';
      listed.push(JSON.parse(c.body!));
      return { status: 204 };
    }
    if (c.method === 'GET' && c.url.includes('/api/v2/blacklists/tokens')) {
      const aud = new URL(c.url).searchParams.get('aud');
      return { status: 200, body: listed.filter((b) => b.aud === aud) };
    }
    return { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not Found' } };
  });
}
const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');

describe('terminate.plan', () => {
  it('a legacy token: blacklist offered with its aud, the profile found by ledger jti first', async () => {
    const { deps } = makeDeps(blacklistApi().fetch, { profiles: [profile({ id: 'other' }), profile()], ledger: [entry({ id: 'e1', jti: 'J1' })] });
    const plan = await createTerminateService(deps)['terminate.plan']({ token: legacyToken('J1') }, {});
    expect(plan).toMatchObject({ kind: 'legacy-apiv2', jti: 'J1', audChoices: [GLOBAL], blacklistRefusal: null, levers: { clientId: null, audiences: [] }, unmatched: null, ledger: { ledgerId: 'e1', state: 'none' } });
    expect(plan.profiles.map((p) => [p.id, p.reason])).toEqual([['p1', 'ledger'], ['other', 'global-client']]);
  });
  it('a client-credentials token: no jti → refusal, levers for azp/aud, sameClient and scope status from the last mint', async () => {
    const p = profile();
    const last = entry({ id: 'cc', mode: 'client-credentials', aud: 'https://demo.us.auth0.com/api/v2/', jti: null, scopes: ['read:client_grants', 'update:client_keys'], requestedScopes: [] });
    const { deps } = makeDeps(blacklistApi().fetch, { profiles: [p], ledger: [last] });
    const plan = await createTerminateService(deps)['terminate.plan']({ token: ccToken(p.clientId!, 'https://orders.demo.test/') }, {});
    expect(plan.blacklistRefusal).toMatch(/cannot be blacklisted/); // an Orders-API token: not a Management API token at all
    expect(plan.levers).toEqual({ clientId: p.clientId, audiences: ['https://orders.demo.test/'] });
    const pp = plan.profiles[0]!;
    expect(pp).toMatchObject({ reason: 'issuer', sameClient: true, dashboardBase: 'https://manage.auth0.com/dashboard/us/demo' });
    expect(pp.scopes.rotateSecret.state).toBe('granted');
    expect(pp.scopes.deleteGrant).toMatchObject({ state: 'missing', missing: [['delete:client_grants']] });
  });
  it('an ID token is refused (SECURITY B2.27)', async () => {
    const { deps } = makeDeps(blacklistApi().fetch);
    const plan = await createTerminateService(deps)['terminate.plan']({ token: jwt({ alg: 'RS256' }, { iss: 'https://demo.us.auth0.com/', aud: 'client', nonce: 'n', jti: 'x' }) }, {});
    expect(plan).toMatchObject({ kind: 'id-token', levers: null, audChoices: [] });
    expect(plan.blacklistRefusal).toMatch(/cannot be blacklisted/);
  });
});

describe('blacklist.add', () => {
  it('needs the confirmation; production needs the tenant name', async () => {
    const api = blacklistApi();
    const { deps } = makeDeps(api.fetch, { profiles: [profile({ environment: 'production' })] });
    const svc = createTerminateService(deps);
    await expect(svc['blacklist.add']({ profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'yes' }, {})).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
    expect(api.calls).toHaveLength(0);
    await expect(svc['blacklist.add']({ profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'demo' }, {})).resolves.toMatchObject({ outcome: 'blacklisted', listed: true });
  });
  it('a double click sends one POST, then confirms by GET and marks the ledger', async () => {
    const api = blacklistApi();
    const { deps, states } = makeDeps(api.fetch, { ledger: [entry({ id: 'e1', jti: 'J' })] });
    const svc = createTerminateService(deps);
    const req = { profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'yes' };
    const [a, b] = await Promise.all([svc['blacklist.add'](req, {}), svc['blacklist.add'](req, {})]);
    expect(a).toEqual(b);
    expect(posts(api.calls)).toHaveLength(1);
    expect(JSON.parse(posts(api.calls)[0]!.body!)).toEqual({ aud: GLOBAL, jti: 'J' });
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET' });
    expect(states.e1).toEqual(['pending', 'blacklisted']);
  });
  it('a time-out is re-checked, not re-sent; the user asks again and it goes through', async () => {
    const api = blacklistApi(1);
    const { deps, states } = makeDeps(api.fetch, { ledger: [entry({ id: 'e1', jti: 'J' })] });
    const svc = createTerminateService(deps);
    const req = { profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'yes' };
    const first = await svc['blacklist.add'](req, {});
    expect(first).toMatchObject({ outcome: 'unknown', listed: false });
    expect(first.message).toMatch(/not re-sent: send it again\?/);
    expect(posts(api.calls)).toHaveLength(1);
    expect(api.calls.map((c) => c.method)).toEqual(['POST', 'GET']);
    expect(states.e1).toEqual(['pending', 'unknown']);
    await expect(svc['blacklist.add'](req, {})).resolves.toMatchObject({ outcome: 'blacklisted' });
    expect(posts(api.calls)).toHaveLength(2);
  });
  it('a legacy-only profile mints a short legacy management token with just blacklist:tokens', async () => {
    const { deps, mints } = makeDeps(blacklistApi().fetch, { profiles: [profile({ hasSecret: { client: false, customApi: false, legacy: true } })] });
    await createTerminateService(deps)['blacklist.add']({ profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'yes' }, {});
    expect(mints).toEqual([{ profileId: 'p1', mode: 'hs256-legacy', scopes: ['blacklist:tokens'], lifetimeSeconds: 300 }]);
  });
});

describe('blacklist.bulk', () => {
  it('reports per token and skips expired, custom-API and the management token itself', async () => {
    const api = blacklistApi();
    const ledger = [
      entry({ id: 'a' }),
      entry({ id: 'b' }),
      entry({ id: 'old', exp: 1 }),
      entry({ id: 'custom', mode: 'hs256-custom', aud: 'urn:api' }),
      entry({ id: 'cc', mode: 'client-credentials', jti: null }),
      entry({ id: 'done', blacklist: { state: 'blacklisted' } }),
      entry({ id: 'mgmt-client-credentials' }),
      entry({ id: 'elsewhere', profileId: 'p2' }),
    ];
    const { deps, states } = makeDeps(api.fetch, { ledger, profiles: [profile(), profile({ id: 'p2', domain: 'other.eu.auth0.com' })] });
    const svc = createTerminateService(deps);
    const started = await svc['blacklist.bulk']({ profileId: 'p1', confirm: 'yes' }, {});
    expect(started.total).toBe(5);
    let s = started;
    for (let i = 0; i < 50 && !s.done; i++) s = await new Promise((r) => setTimeout(() => void svc['blacklist.bulkStatus']({ jobId: started.jobId }, {}).then(r), 5));
    expect(Object.fromEntries(s.items.map((i) => [i.ledgerId, i.outcome]))).toEqual({ a: 'blacklisted', b: 'blacklisted', old: 'skipped', custom: 'skipped', 'mgmt-client-credentials': 'skipped' });
    expect(posts(api.calls)).toHaveLength(2);
    expect(api.calls.filter((c) => c.method === 'GET')).toHaveLength(1); // one confirmation per aud
    expect(states).toEqual({ a: ['blacklisted'], b: ['blacklisted'] });
  });
});

describe('levers', () => {
  it('deleteGrant deletes only the exact client+audience grant', async () => {
    const api = fakeApi((c) =>
      c.method === 'GET'
        ? { status: 200, body: [{ id: 'cgr_other', client_id: 'someone', audience: 'https://a/', scope: [] }, { id: 'cgr_mine', client_id: 'C1', audience: 'https://a/', scope: [] }] }
        : { status: 204 },
    );
    const { deps } = makeDeps(api.fetch);
    const r = await createTerminateService(deps)['lever.deleteGrant']({ profileId: 'p1', clientId: 'C1', audience: 'https://a/', confirm: 'yes' }, {});
    expect(r.grantId).toBe('cgr_mine');
    expect(api.calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['https://demo.us.auth0.com/api/v2/client-grants/cgr_mine']);
  });
  it('rotateSecret stores the new secret of the profile own client and never returns it unless asked', async () => {
    const p = profile();
    const api = fakeApi(() => ({ status: 200, body: { client_id: p.clientId, client_secret: 'NEW-SECRET' } }));
    const { deps, stored } = makeDeps(api.fetch, { profiles: [p] });
    const svc = createTerminateService(deps);
    const r = await svc['lever.rotateSecret']({ profileId: 'p1', clientId: p.clientId!, confirm: 'yes', storeInVault: true, reveal: false }, {});
    expect(r).toMatchObject({ rotated: true, stored: true, settingsUrl: `https://manage.auth0.com/dashboard/us/demo/applications/${p.clientId}/settings` });
    expect(JSON.stringify(r)).not.toContain('NEW-SECRET');
    expect(stored).toEqual(['NEW-SECRET']);
    const shown = await svc['lever.rotateSecret']({ profileId: 'p1', clientId: 'OtherClient1', confirm: 'yes', storeInVault: false, reveal: true }, {});
    expect(shown.secret).toBe('NEW-SECRET');
    await expect(svc['lever.rotateSecret']({ profileId: 'p1', clientId: 'OtherClient1', confirm: 'yes', storeInVault: true, reveal: false }, {})).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
  });
  it('setLifetime looks the API up by identifier, then PATCHes its id', async () => {
    const api = fakeApi((c) => ({ status: 200, body: { id: '64a1c0ffee0000000000a001', name: 'Orders API', identifier: 'https://orders/', token_lifetime: c.method === 'PATCH' ? 600 : 86400 } }));
    const { deps } = makeDeps(api.fetch);
    const r = await createTerminateService(deps)['lever.setLifetime']({ profileId: 'p1', audience: 'https://orders/', seconds: 600, confirm: 'yes' }, {});
    expect(r).toMatchObject({ previous: 86400, tokenLifetime: 600 });
    expect(api.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET https://demo.us.auth0.com/api/v2/resource-servers/https%3A%2F%2Forders%2F',
      'PATCH https://demo.us.auth0.com/api/v2/resource-servers/64a1c0ffee0000000000a001',
    ]);
    expect(JSON.parse(api.calls[1]!.body!)).toEqual({ token_lifetime: 600 });
  });
});
