// Unit tests for the live scope list (issue #12 item 6): parsing `GET /api/v2/resource-servers` (FACTS §2 shape,
// bounded, secrets never copied), finding the Management API and a custom API, the age text, and the background
// service: paging, the read:resource_servers check, caching per profile, the cache surviving a failure, and the
// content scripts' names-only answer that never fetches.
import { describe, expect, it } from 'vitest';
import { ageText, findLiveApi, managementApi, pageDomainsAllowed, parseResourceServers, type LiveScopeList } from '../../../src/lib/scopes/live';
import { createLiveScopes, type LiveScopesDeps } from '../../../src/background/scopes/live-service';
import { fakeApi, profile } from '../terminate/helpers';
import type { MintResult } from '../../../src/shared/messages/mint';

const MGMT = { id: '630fb8508f2040fc2d041057', name: 'Auth0 Management API', identifier: 'https://demo.us.auth0.com/api/v2/', is_system: true,
  token_lifetime: 86400, scopes: [{ value: 'read:users', description: 'Read Users' }, { value: 'read:future_widgets', description: 'Read Future Widgets' }] };
const ORDERS = { id: '64a1c0ffee0000000000a001', name: 'Orders API', identifier: 'https://orders.demo.test/', signing_secret: 'sekret-sekret',
  scopes: [{ value: 'read:orders_v2', description: 'Read orders' }, { value: 'bad name', description: 'x' }, { value: 'read:orders_v2', description: 'dup' }, { description: 'no value' }] };

describe('parseResourceServers', () => {
  it('reads a plain array and the include_totals shape, skips malformed entries and never keeps a secret', () => {
    const plain = parseResourceServers([MGMT, ORDERS, null, { name: 'no identifier' }])!;
    expect(plain.total).toBeNull();
    expect(plain.apis.map((a) => a.identifier)).toEqual([MGMT.identifier, ORDERS.identifier]);
    expect(plain.apis[1]!.scopes).toEqual([{ value: 'read:orders_v2', description: 'Read orders' }]);
    expect(plain.apis[0]!.system).toBe(true);
    expect(JSON.stringify(plain)).not.toContain('sekret');
    const totals = parseResourceServers({ start: 0, limit: 100, length: 1, total: 3, resource_servers: [MGMT] })!;
    expect(totals.total).toBe(3);
    expect(parseResourceServers({ error: 'x' })).toBeNull();
    expect(parseResourceServers('nope')).toBeNull();
  });

  it('finds the Management API (is_system, or by audience) and a custom API by id or identifier', () => {
    const list: LiveScopeList = { fetchedAt: 0, apis: parseResourceServers([ORDERS, MGMT])!.apis };
    expect(managementApi(list)?.name).toBe('Auth0 Management API');
    const noFlag: LiveScopeList = { fetchedAt: 0, apis: parseResourceServers([{ ...MGMT, is_system: false }])!.apis };
    expect(managementApi(noFlag)).toBeUndefined();
    expect(managementApi(noFlag, 'DEMO.us.auth0.com')?.identifier).toBe(MGMT.identifier);
    expect(findLiveApi(list, ORDERS.id)?.name).toBe('Orders API');
    expect(findLiveApi(list, ORDERS.identifier)?.name).toBe('Orders API');
    expect(findLiveApi(list, 'nope')).toBeUndefined();
  });

  it('says how old a list is', () => {
    expect(ageText(1_000, 30_000)).toBe('just now');
    expect(ageText(0, 5 * 60_000)).toBe('5 min ago');
    expect(ageText(0, 3 * 3_600_000)).toBe('3 h ago');
    expect(ageText(0, 3 * 86_400_000)).toBe('3 days ago');
  });
});

function deps(fetch: LiveScopesDeps['fetch'], granted: string[], profiles = [profile()]) {
  let store: Record<string, LiveScopeList> = {};
  const mints: unknown[] = [];
  const d: LiveScopesDeps = {
    profiles: { all: async () => profiles, require: async (id) => profiles.find((p) => p.id === id) ?? Promise.reject(new Error('no profile')) },
    mint: async (req) => {
      mints.push(req);
      return { ledgerId: 'l1', token: 'mgmt-token', mode: 'client-credentials', expiresAt: null, requestedScopes: [], grantedScopes: granted, fromCache: false, warnings: [] } satisfies MintResult;
    },
    fetch,
    load: async () => structuredClone(store),
    save: async (all) => void (store = structuredClone(all)),
    now: () => 1_000_000,
    sleep: async () => undefined,
  };
  return { d, mints, store: () => store };
}

describe('live scope service', () => {
  it('pages through the list with the management token, caches it per profile and answers pages with names only', async () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `id${i}`, identifier: `urn:api:${i}`, name: `API ${i}`, scopes: [] }));
    const api = fakeApi((c) => ({ status: 200, body: c.url.includes('page=0') ? { total: 102, resource_servers: many } : { total: 102, resource_servers: [MGMT, ORDERS] } }));
    const { d, mints, store } = deps(api.fetch, ['read:resource_servers', 'read:users']);
    const live = createLiveScopes(d);
    const view = await live.refresh('p1', {});
    expect(view.notice).toBeUndefined();
    expect(view.list!.apis).toHaveLength(102);
    expect(api.calls.map((c) => c.url)).toEqual([
      'https://demo.us.auth0.com/api/v2/resource-servers?page=0&per_page=100&include_totals=true',
      'https://demo.us.auth0.com/api/v2/resource-servers?page=1&per_page=100&include_totals=true',
    ]);
    expect(api.calls[0]!.auth).toBe('Bearer mgmt-token');
    expect(mints).toEqual([{ profileId: 'p1', mode: 'client-credentials', scopes: [] }]);
    expect(store().p1!.fetchedAt).toBe(1_000_000);
    const names = await live.forPage(['demo.us.auth0.com'], ORDERS.id);
    expect(names).toEqual({ management: ['read:users', 'read:future_widgets'], api: ['read:orders_v2'], fetchedAt: 1_000_000 });
    expect(JSON.stringify(names)).not.toContain('mgmt-token');
    // Another tenant's page gets nothing; a reference page (no tenant) gets Management API names only.
    expect(await live.forPage(['other.eu.auth0.com'], undefined)).toEqual({ management: [], api: [], fetchedAt: null });
    expect((await live.forPage([], ORDERS.id)).api).toEqual([]);
    expect(api.calls).toHaveLength(2); // forPage never fetched
  });

  it('without read:resource_servers it does not call, keeps the old list and says why', async () => {
    const api = fakeApi(() => ({ status: 200, body: [MGMT] }));
    const { d } = deps(api.fetch, ['read:users']);
    const live = createLiveScopes(d);
    const view = await live.refresh('p1', {});
    expect(api.calls).toHaveLength(0);
    expect(view.list).toBeNull();
    expect(view.notice).toContain('read:resource_servers');
  });

  it('a 403 or a bad answer keeps the cached list; a profile without a credential falls back to the catalog', async () => {
    let fail = false;
    const api = fakeApi(() => (fail ? { status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: read:resource_servers', errorCode: 'insufficient_scope' } } : { status: 200, body: [MGMT] }));
    const { d } = deps(api.fetch, []);
    const live = createLiveScopes(d);
    expect((await live.refresh('p1', {})).list!.apis).toHaveLength(1);
    fail = true;
    const after = await live.refresh('p1', {});
    expect(after.list!.apis).toHaveLength(1);
    expect(after.notice).toBeTruthy();
    const none = deps(api.fetch, [], [profile({ hasSecret: { client: false, customApi: false, legacy: false } })]);
    const v = await createLiveScopes(none.d).refresh('p1', {});
    expect(v.list).toBeNull();
    expect(v.notice).toMatch(/bundled catalog/);
  });
});

describe('pageDomainsAllowed', () => {
  it('lets a content script ask only about its own page tenant, and reference pages about no tenant', () => {
    const D = 'https://manage.auth0.com/dashboard/us/demo/apis/management/permissions';
    expect(pageDomainsAllowed(D, ['demo.us.auth0.com', 'demo.auth0.com'])).toEqual(['demo.us.auth0.com', 'demo.auth0.com']);
    expect(pageDomainsAllowed(D, ['other.us.auth0.com'])).toBeNull();
    expect(pageDomainsAllowed(D, [])).toBeNull();
    expect(pageDomainsAllowed('https://auth0.com/docs/fr-ca/api/management/v2/users', [])).toEqual([]);
    expect(pageDomainsAllowed('https://auth0.com/docs/api/management/v2/users', ['demo.us.auth0.com'])).toBeNull();
    expect(pageDomainsAllowed('https://manage.auth0.com/#/apis/management/scopes', ['demo.us.auth0.com'])).toBeNull();
    expect(pageDomainsAllowed(undefined, [])).toBeNull();
    expect(pageDomainsAllowed('http://auth0.com/docs/x', [])).toBeNull();
  });
});
