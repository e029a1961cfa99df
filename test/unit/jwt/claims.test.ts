// explainClaims / scopesFromToken (FACTS §2–§5) and escapeInvisible (SECURITY B1.18 unit part).
import { describe, expect, it } from 'vitest';
import { explainClaims, scopesFromToken } from '../../../src/lib/jwt/claims';
import { escapeInvisible } from '../../../src/lib/jwt/invisible';
import { CLIENT_ID, LEGACY_DOC_CLAIMS, M2M_CLAIMS, MGMT_AUD, RS256_HEADER, T } from './fixtures';

const byKey = (lines: ReturnType<typeof explainClaims>, key: string) => lines.find((l) => l.key === key && !l.absent);

describe('explainClaims', () => {
  const lines = explainClaims(RS256_HEADER, M2M_CLAIMS, { now: M2M_CLAIMS.exp - 3600 });
  it('explains every header parameter and claim, in order, plus the absent jti', () => {
    expect(lines.map((l) => l.key)).toEqual(['alg', 'typ', 'kid', ...Object.keys(M2M_CLAIMS), 'jti']);
    expect(lines.filter((l) => l.category === 'header').length).toBe(3);
  });
  it('sub @clients is a machine-to-machine client; aud is the Management API', () => {
    expect(byKey(lines, 'sub')?.explanation).toBe(`subject: the machine-to-machine client ${CLIENT_ID} (client credentials)`);
    expect(byKey(lines, 'aud')?.explanation).toBe(`audience: ${MGMT_AUD} is the Auth0 Management API of that tenant`);
  });
  it('exp shows UTC and "expires in"; iat shows UTC', () => {
    expect(byKey(lines, 'exp')?.explanation).toMatch(/^expires: 2025-09-11 10:37:15 UTC \(local .*\) \(expires in 1 h\)$/);
    expect(byKey(lines, 'iat')?.explanation).toMatch(/^issued at: 2025-09-10 10:37:15 UTC/);
  });
  it('no jti → "cannot be blacklisted" (FACTS §2/§4)', () => {
    const jti = lines.find((l) => l.key === 'jti');
    expect(jti?.absent).toBe(true);
    expect(jti?.explanation).toMatch(/Auth0 access tokens carry no jti, so they cannot be blacklisted/);
  });
  it('gty, azp, scope categories', () => {
    expect(byKey(lines, 'gty')?.category).toBe('auth0');
    expect(byKey(lines, 'azp')?.category).toBe('oidc');
    expect(byKey(lines, 'scope')?.explanation).toMatch(/3 scopes/);
  });
  it('user subs name their connection; namespaced and custom claims; permissions; org', () => {
    const l = explainClaims({ alg: 'RS256' }, {
      sub: 'google-oauth2|1035',
      'https://example.com/roles': ['admin'],
      favourite: 'x',
      permissions: ['read:users'],
      org_id: 'org_1',
      scope: 'read:current_user',
      picture: 'javascript:alert(1)',
      email: 'a@b.c',
    });
    expect(byKey(l, 'sub')?.explanation).toMatch(/google-oauth2 connection/);
    expect(explainClaims({}, { sub: 'auth0|1' }).find((x) => x.key === 'sub')?.explanation).toMatch(/database connection/);
    expect(byKey(l, 'https://example.com/roles')).toMatchObject({ category: 'namespaced', explanation: 'namespaced custom claim added by an Action (or a Rule)' });
    expect(byKey(l, 'favourite')?.category).toBe('custom');
    expect(byKey(l, 'permissions')?.explanation).toMatch(/Add Permissions in the Access Token/);
    expect(byKey(l, 'org_id')?.category).toBe('auth0');
    expect(byKey(l, 'scope')?.warnings[0]).toMatch(/current_user scopes/);
    expect(byKey(l, 'picture')?.warnings[0]).toMatch(/never as a link/);
    expect(byKey(l, 'email')?.category).toBe('oidc');
  });
  it('legacy scopes object is shown as the scope strings it means (FACTS §3)', () => {
    const l = explainClaims({ alg: 'HS256' }, LEGACY_DOC_CLAIMS);
    expect(byKey(l, 'scopes')?.explanation).toBe('legacy APIv2 scopes object, meaning: read:connections update:connections');
    expect(byKey(l, 'iat')?.warnings[0]).toMatch(/non-standard type/);
    expect(byKey(l, 'iat')?.explanation).toMatch(/"1446056652", non standard type/);
  });
  it('jku/x5u/jwk/x5c are never fetched nor trusted; alg none is flagged', () => {
    const l = explainClaims({ alg: 'none', jku: 'https://evil/jwks', x5u: 'https://evil/c', jwk: { kty: 'RSA' }, x5c: ['MII'] }, {});
    for (const k of ['jku', 'x5u', 'jwk', 'x5c']) expect(byKey(l, k)?.explanation).toMatch(/never fetched nor trusted/);
    expect(byKey(l, 'alg')?.warnings[0]).toMatch(/UNSIGNED/);
  });
  it('B1.11 "constructor"/"__proto__" keys do not hit Object.prototype lookups', () => {
    const l = explainClaims(JSON.parse('{"constructor":1,"__proto__":2}'), JSON.parse('{"constructor":"c","hasOwnProperty":"h","toString":"t"}'));
    expect(l.filter((x) => x.category === 'header').map((x) => x.explanation)).toEqual(['header parameter (not registered)', 'header parameter (not registered)']);
    expect(l.filter((x) => !x.absent && x.category !== 'header').every((x) => x.explanation === 'custom claim')).toBe(true);
  });
  it('B1.18 XSS-looking values stay plain text (the UI renders text only)', () => {
    const l = explainClaims({}, { name: '<img src=x onerror=alert(1)>', iss: '</script>' });
    expect(byKey(l, 'name')?.display).toBe('<img src=x onerror=alert(1)>');
  });
  it('iss not shaped like an Auth0 issuer → warning', () => {
    expect(byKey(explainClaims({}, { iss: `https://${T}` }), 'iss')?.warnings[0]).toMatch(/trailing slash/);
  });
});

describe('scopesFromToken', () => {
  it.each([
    [{ scope: 'read:users  update:users' }, { scopes: ['read:users', 'update:users'], source: 'scope' }],
    [{ permissions: ['read:users', 7] }, { scopes: ['read:users'], source: 'permissions' }],
    [{ scopes: { users: { actions: ['read', 'create'] }, users_app_metadata: { actions: ['read'] } } }, { scopes: ['read:users', 'create:users', 'read:users_app_metadata'], source: 'scopes-object' }],
    [{}, { scopes: [], source: 'none' }],
    [undefined, { scopes: [], source: 'none' }],
  ])('%j', (payload, expected) => expect(scopesFromToken(payload)).toEqual(expected));
});

describe('B1.18 escapeInvisible', () => {
  it.each([
    ['\u202E', '\\u202E'],
    ['\u200B', '\\u200B'],
    ['\u2066x\u2069', '\\u2066x\\u2069'],
    ['\u200E\u200F', '\\u200E\\u200F'],
    ['\uFEFF', '\\uFEFF'],
    ['a\u0000b\n', 'a\\u0000b\\u000A'],
    ['\u{E0041}', '\\u{E0041}'],
    ['\uD800', '\\uD800'],
  ])('%j is escaped', (input, text) => expect(escapeInvisible(input)).toEqual({ text, changed: true }));
  it.each(['plain', '👨‍👩‍👧', 'می‌خواهم', '山田', 'שלום', '🇯🇵', '1️⃣'])('%s is left alone', (s) => {
    expect(escapeInvisible(s)).toEqual({ text: s, changed: false });
  });
  it('a joiner between ASCII letters is escaped (spoofing)', () => {
    expect(escapeInvisible('pay\u200Dpal')).toEqual({ text: 'pay\\u200Dpal', changed: true });
  });
});
