import { describe, expect, it } from 'vitest';
import { scopesObjectToStrings, stringsToScopesObject } from '../../../src/lib/scopes/legacy';
import { explain403ForEndpoint, parseInsufficientScope } from '../../../src/lib/scopes/why403';

describe('legacy scopes object (FACTS §3)', () => {
  it('converts the blog example both ways', () => {
    const obj = { users: { actions: ['read', 'create'] }, users_app_metadata: { actions: ['read', 'create'] } };
    const { scopes, issues } = scopesObjectToStrings(obj);
    expect(scopes).toEqual(['read:users', 'create:users', 'read:users_app_metadata', 'create:users_app_metadata']);
    expect(issues).toEqual([]);
    expect(stringsToScopesObject(scopes).scopes).toEqual(obj);
  });

  it('converts the current reference example', () => {
    expect(scopesObjectToStrings({ connections: { actions: ['read', 'update'] } }).scopes).toEqual(['read:connections', 'update:connections']);
    expect(stringsToScopesObject(['read:users']).scopes).toEqual({ users: { actions: ['read'] } });
  });

  it('ignores and reports junk without throwing', () => {
    const junk = JSON.parse('{"users":{"actions":["read",5,"Bad Action","read"]},"clients":"nope","x":{"actions":"read"},"__proto__":{"actions":["read"]},"widgets":{"actions":["read"]}}');
    const { scopes, issues } = scopesObjectToStrings(junk);
    expect(scopes).toEqual(['read:users', 'read:widgets']);
    expect(issues.map((i) => i.kind).sort()).toEqual(['bad-action', 'bad-scope', 'bad-scope', 'duplicate', 'not-object', 'not-object', 'unknown-scope']);
    for (const v of [null, [], 'x', 5, undefined]) expect(scopesObjectToStrings(v).issues[0]?.kind).toBe('not-object');
  });

  it('stringsToScopesObject rejects junk and cannot pollute prototypes', () => {
    const r = stringsToScopesObject(['read:users', 'nope', 7, 'read:users', 'read:__proto__', 'read:constructor']);
    expect(r.scopes).toEqual({ users: { actions: ['read'] }, constructor: { actions: ['read'] } });
    expect(r.issues.map((i) => i.kind)).toEqual(['bad-scope', 'bad-scope', 'duplicate', 'bad-scope', 'unknown-scope']);
    expect(({} as Record<string, unknown>).actions).toBeUndefined();
  });
});

describe('parseInsufficientScope (FACTS §5, §7)', () => {
  const body = '{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:clients, read:client_summary","errorCode":"insufficient_scope"}';

  it.each([
    ['JSON body', body, ['read:clients', 'read:client_summary']],
    ['JSON body with whitespace', `\n  ${body}\n`, ['read:clients', 'read:client_summary']],
    ['message only', 'Insufficient scope, expected any of: create:client_grants', ['create:client_grants']],
    ['OAS semicolon', 'Insufficient scope; expected any of: read:users, read:user_idp_tokens.', ['read:users', 'read:user_idp_tokens']],
    ['OAS single, trailing dot', 'Insufficient scope, expected: read:actions.', ['read:actions']],
    ['headers + body paste', `HTTP/1.1 403 Forbidden\ncontent-type: application/json\n\n${body}`, ['read:clients', 'read:client_summary']],
    ['truncated JSON', body.slice(0, body.indexOf(',"errorCode')), ['read:clients', 'read:client_summary']],
  ])('%s', (_n, text, scopes) => {
    expect(parseInsufficientScope(text)).toEqual({ scopes, anyOf: true });
  });

  it('returns null for other errors', () => {
    expect(parseInsufficientScope('{"statusCode":404,"error":"Not Found","message":"The user does not exist."}')).toBeNull();
    expect(parseInsufficientScope('Insufficient scope, expected any of: ')).toBeNull();
    expect(parseInsufficientScope('')).toBeNull();
    expect(parseInsufficientScope('x'.repeat(1_000_000))).toBeNull();
  });
});

describe('explain403ForEndpoint', () => {
  it('names the admitting scopes and whether the token has one', () => {
    const r = explain403ForEndpoint('GET', '/api/v2/clients', ['read:users']);
    expect(r.endpoint?.path).toBe('/api/v2/clients');
    expect(r.admittingScopes).toEqual(['read:clients', 'read:client_keys', 'read:client_credentials', 'read:client_summary']);
    expect(r.admitted).toBe(false);
    const ok = explain403ForEndpoint('PATCH', '/api/v2/users/auth0|1', ['update:current_user_metadata']);
    expect(ok.admitted).toBe(true);
    expect(ok.tokenHas).toEqual(['update:current_user_metadata']);
    expect(ok.grantableToM2M).toEqual(['update:users', 'update:users_app_metadata']);
  });

  it('unknown endpoint', () => {
    expect(explain403ForEndpoint('GET', '/api/v2/nope', [])).toMatchObject({ endpoint: null, admitted: false, admittingScopes: [] });
  });
});
