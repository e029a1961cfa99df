import { describe, expect, it } from 'vitest';
import {
  allEndpoints, allScopes, endpointsAdmittedBy, findEndpoint, groupByEntity, scopeInfo, scopesForEndpoint,
  searchEndpoints, searchScopes,
} from '../../../src/lib/scopes/catalog';

const key = (e: { method: string; path: string }) => `${e.method} ${e.path}`;

describe('catalog data', () => {
  it('has 276 scopes and 452 endpoints, every endpoint scope is known', () => {
    expect(allScopes()).toHaveLength(276);
    expect(allEndpoints()).toHaveLength(452);
    for (const e of allEndpoints()) for (const s of e.scopes) expect(scopeInfo(s), s).toBeDefined();
  });

  it('scopeInfo', () => {
    expect(scopeInfo('read:users')).toMatchObject({ name: 'read:users', description: 'Read Users', userTokenOnly: false });
    expect(scopeInfo('read:current_user')?.userTokenOnly).toBe(true);
    expect(scopeInfo('blacklist:tokens')?.origin).toBe('resource-server-only');
    expect(scopeInfo('nope:nope')).toBeUndefined();
  });
});

describe('endpointsAdmittedBy (any-of, FACTS §5)', () => {
  it('GET /api/v2/clients is admitted by read:client_summary alone', () => {
    const keys = endpointsAdmittedBy(['read:client_summary']).map(key);
    expect(keys).toContain('GET /api/v2/clients');
  });

  it('PATCH /api/v2/users/{id} is admitted by update:current_user_metadata alone', () => {
    const keys = endpointsAdmittedBy(['update:current_user_metadata']).map(key);
    expect(keys).toContain('PATCH /api/v2/users/{id}');
    expect(keys).not.toContain('DELETE /api/v2/users/{id}');
  });

  it('matches a brute-force any-of reference for random scope sets, in catalog order', () => {
    const names = allScopes().map((s) => s.name);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 20; round++) {
      const set = new Set(names.filter(() => rnd() < 0.1));
      const expected = allEndpoints().filter((e) => e.scopes.some((s) => set.has(s)));
      expect(endpointsAdmittedBy(set)).toEqual(expected);
    }
  });

  it('full-scope token admits all 452; empty or unknown admits none', () => {
    expect(endpointsAdmittedBy(allScopes().map((s) => s.name))).toHaveLength(452);
    expect(endpointsAdmittedBy([])).toEqual([]);
    expect(endpointsAdmittedBy(['openid', 'read:nothing', '__proto__'])).toEqual([]);
  });

  it('reports the time for a full-scope token (informational, not asserted)', () => {
    const all = allScopes().map((s) => s.name);
    endpointsAdmittedBy(all); // builds the lazy index
    const runs = 2000;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) endpointsAdmittedBy(all);
    const per = (performance.now() - t0) / runs;
    console.log(`endpointsAdmittedBy(full scope, 452 endpoints): ${(per * 1000).toFixed(1)} µs/call`);
    expect(per).toBeGreaterThan(0);
  });
});

describe('scopesForEndpoint (path templates)', () => {
  it('matches {param} templates, percent-encoded and raw ids, full URLs, queries, trailing slash', () => {
    const want = ['read:users', 'read:current_user', 'read:user_idp_tokens'];
    expect(scopesForEndpoint('GET', '/api/v2/users/auth0|123')).toEqual(want);
    expect(scopesForEndpoint('get', '/api/v2/users/auth0%7C123')).toEqual(want);
    expect(scopesForEndpoint('GET', 'https://t.eu.auth0.com/api/v2/users/auth0|1?fields=email#x')).toEqual(want);
    expect(scopesForEndpoint('GET', '/api/v2/users/auth0|1/')).toEqual(want);
    expect(scopesForEndpoint('GET', 'users/auth0|1')).toEqual(want);
    expect(findEndpoint('GET', '/api/v2/users/x/roles')?.path).toBe('/api/v2/users/{id}/roles');
  });

  it('prefers literal segments over parameters', () => {
    expect(findEndpoint('GET', '/api/v2/custom-domains/default')?.path).toBe('/api/v2/custom-domains/default');
    expect(findEndpoint('GET', '/api/v2/custom-domains/cd_123')?.path).toBe('/api/v2/custom-domains/{id}');
    expect(findEndpoint('GET', '/api/v2/organizations/name/acme')?.path).toBe('/api/v2/organizations/name/{name}');
    expect(findEndpoint('GET', '/api/v2/organizations/org_1/members')?.path).toBe('/api/v2/organizations/{id}/members');
  });

  it('returns undefined for unknown method/path and empty segments', () => {
    expect(scopesForEndpoint('TRACE', '/api/v2/users')).toBeUndefined();
    expect(scopesForEndpoint('GET', '/api/v2/nope')).toBeUndefined();
    expect(scopesForEndpoint('GET', '/api/v2/users//roles')).toBeUndefined();
    expect(scopesForEndpoint('GET', '')).toBeUndefined();
  });
});

describe('groupByEntity', () => {
  it('groups by entity, entities sorted, actions CRUD-first, unknown strings last', () => {
    const g = groupByEntity(['update:users', 'read:clients', 'delete:users', 'read:users', 'openid', 'read:users', 'create:users']);
    expect(g.map((x) => x.entity)).toEqual(['clients', 'users', '']);
    expect(g[1]?.actions.map((a) => a.action)).toEqual(['read', 'create', 'update', 'delete']);
    expect(g[1]?.actions[0]).toEqual({ action: 'read', scope: 'read:users', description: 'Read Users', userTokenOnly: false });
    expect(g[2]?.actions.map((a) => a.scope)).toEqual(['openid']);
  });
});

describe('search', () => {
  it('searchEndpoints: AND terms, request-shaped queries, scope filter', () => {
    const r = searchEndpoints('users roles');
    expect(r.length).toBeGreaterThan(0);
    for (const e of r) expect(`${e.path} ${e.summary}`.toLowerCase()).toContain('role');
    expect(searchEndpoints('GET /api/v2/users/auth0|5')[0]?.path).toBe('/api/v2/users/{id}');
    const filtered = searchEndpoints('clients', ['read:client_summary']);
    expect(filtered.map(key)).toContain('GET /api/v2/clients');
    expect(filtered.map(key)).not.toContain('POST /api/v2/clients');
  });

  it('searchScopes ranks exact, then prefix', () => {
    expect(searchScopes('read:users')[0]?.name).toBe('read:users');
    expect(searchScopes('current user').every((s) => /current_user|current user/i.test(`${s.name} ${s.description}`))).toBe(true);
    expect(searchScopes('zzzz')).toEqual([]);
  });
});
