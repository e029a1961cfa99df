// SECURITY B2.27: ID token vs Management token vs RFC 9068 at+jwt vs legacy APIv2, labelled from typ/aud/gty/sub
// (FACTS §2, §3, §5). Also tenantFromToken.
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../../src/lib/jwt/decode';
import { acceptForBlacklist, acceptForManagementCalls, classifyToken, isAccessToken, tenantFromToken } from '../../../src/lib/jwt/kind';
import { CLIENT_ID, LEGACY_DOC_CLAIMS, M2M_CLAIMS, MGMT_AUD, T, tok } from './fixtures';

const RS = { alg: 'RS256', typ: 'JWT' };

describe('B2.27 token kinds', () => {
  it('B2.27 Management M2M: aud https://T/api/v2/ and gty client-credentials', () => {
    const k = classifyToken(RS, M2M_CLAIMS);
    expect(k.kind).toBe('management-m2m');
    expect(k.reason).toBe(`aud is ${MGMT_AUD} and gty is client-credentials`);
    expect(k.label).toMatch(/Management API/);
  });
  it('B2.27 Management M2M by sub @clients alone', () => {
    const { gty: _g, ...claims } = M2M_CLAIMS;
    expect(classifyToken(RS, claims).reason).toMatch(/sub ends with @clients/);
  });
  it('B2.27 Management user token (SPA): current_user scopes flagged; aud may be an array with /userinfo', () => {
    const claims = { iss: `https://${T}/`, sub: 'auth0|64f0c0ffee', aud: [MGMT_AUD, `https://${T}/userinfo`], iat: 1, exp: 2, azp: CLIENT_ID, scope: 'openid read:current_user update:current_user_metadata' };
    const k = classifyToken(RS, claims);
    expect(k.kind).toBe('management-user');
    expect(k.currentUserScopes).toEqual(['read:current_user', 'update:current_user_metadata']);
    expect(k.reason).toMatch(/current_user scopes: read:current_user, update:current_user_metadata/);
  });
  it('B2.27 current_user scopes in an M2M token → warning', () => {
    expect(classifyToken(RS, { ...M2M_CLAIMS, scope: 'read:users read:current_user' }).warnings[0]).toMatch(/cannot be granted to machine-to-machine/);
  });
  it('B2.27 the Management audience needs the trailing slash (FACTS §1)', () => {
    expect(classifyToken(RS, { ...M2M_CLAIMS, aud: `https://${T}/api/v2` }).kind).toBe('custom-api');
  });
  it('B2.27 ID token: nonce, or aud = client id with a user sub', () => {
    const id = { iss: `https://${T}/`, sub: 'google-oauth2|103547991597142817347', aud: CLIENT_ID, iat: 1, exp: 2, nonce: 'n-0S6_WzA2Mj', sid: 's' };
    expect(classifyToken(RS, id)).toMatchObject({ kind: 'id-token', reason: 'it carries a nonce (only ID tokens do)' });
    const { nonce: _n, ...noNonce } = id;
    expect(classifyToken(RS, noNonce).kind).toBe('id-token');
    expect(classifyToken(RS, { ...noNonce, aud: 'my-app', azp: 'my-app' }).reason).toMatch(/aud equals azp/);
  });
  it.each(['at+jwt', 'application/at+jwt', 'AT+JWT'])('B2.27 RFC 9068 typ %s → at+jwt', (typ) => {
    const claims = { iss: `https://${T}/`, sub: 'auth0|1', aud: 'https://api.example.com/', client_id: CLIENT_ID, jti: 'j', iat: 1, exp: 2, scope: 'read:x' };
    expect(classifyToken({ alg: 'RS256', typ }, claims)).toMatchObject({ kind: 'at+jwt', reason: `typ is ${typ} (RFC 9068 access token profile)` });
  });
  it('B2.27 custom API access token', () => {
    const k = classifyToken(RS, { ...M2M_CLAIMS, aud: 'https://api.example.com/' });
    expect(k.kind).toBe('custom-api');
    expect(k.reason).toBe('aud is https://api.example.com/ (not the Management API) and gty is client-credentials');
  });
  it('B2.27 legacy APIv2: scopes object (FACTS §3 doc example), no exp → warning', () => {
    const k = classifyToken({ alg: 'HS256', typ: 'JWT' }, LEGACY_DOC_CLAIMS);
    expect(k.kind).toBe('legacy-apiv2');
    expect(k.reason).toMatch(/scopes is an \{entity: \{actions: \[\.\.\.\]\}\} object and HS256/);
    expect(k.warnings).toEqual(['no exp: this token never expires']);
  });
  it('B2.27 legacy APIv2 alternative form: HS256, scope string, aud = global client id', () => {
    const claims = { iss: `https://${T}/`, aud: 'm8DAxghyfE0KdpzogfXgMSxrkCSdKVEF', scope: 'read:clients read:client_keys', iat: 1, exp: 2 };
    expect(classifyToken({ alg: 'HS256', typ: 'JWT' }, claims).kind).toBe('legacy-apiv2');
    expect(classifyToken({ alg: 'RS256', typ: 'JWT' }, claims).kind).not.toBe('legacy-apiv2');
  });
  it('B2.27 unknown and encrypted', () => {
    expect(classifyToken(RS, { foo: 1 }).kind).toBe('unknown');
    expect(classifyToken({ alg: 'dir', enc: 'A256GCM', iss: `https://${T}/` }, undefined).reason).toMatch(/opaque access token, issued without an audience/);
  });
  it('B2.27 via decodeToken: an ID token and a Management token are never the same kind', () => {
    const r1 = decodeToken(tok(RS, M2M_CLAIMS));
    const r2 = decodeToken(tok(RS, { iss: `https://${T}/`, sub: 'auth0|1', aud: CLIENT_ID, nonce: 'x', iat: 1, exp: 2 }));
    expect(r1.ok && r1.token.kind.kind).toBe('management-m2m');
    expect(r2.ok && r2.token.kind.kind).toBe('id-token');
  });
  it('B2.27 prototype keys never confuse classification', () => {
    expect(classifyToken(RS, JSON.parse('{"__proto__":{"gty":"client-credentials"},"aud":"https://x/api/v2/"}')).kind).toBe('unknown');
  });
});

describe('B2.27 what each kind may be used for', () => {
  const idToken = { iss: `https://${T}/`, sub: 'auth0|1', aud: CLIENT_ID, nonce: 'n', iat: 1, exp: 2 };
  const rfc9068 = { iss: `https://${T}/`, sub: 'x@clients', aud: 'https://api.acme.com', client_id: 'x', jti: 'j1', scope: 'read:things' };
  const legacy = { aud: CLIENT_ID, scopes: { users: { actions: ['read'] } }, iat: 1, jti: 'abc' };
  const at = { alg: 'RS256', typ: 'at+jwt' };
  const HS = { alg: 'HS256', typ: 'JWT' };

  it('"use this token" accepts only Management API and legacy tokens', () => {
    expect(acceptForManagementCalls(classifyToken(RS, M2M_CLAIMS), M2M_CLAIMS).ok).toBe(true);
    expect(acceptForManagementCalls(classifyToken(HS, legacy), legacy).ok).toBe(true);
    expect(acceptForManagementCalls(classifyToken(RS, idToken), idToken)).toMatchObject({ ok: false, reason: expect.stringMatching(/ID tokens/) });
    expect(acceptForManagementCalls(classifyToken(at, rfc9068), rfc9068).ok).toBe(false);
    const rfcMgmt = { ...rfc9068, aud: MGMT_AUD };
    expect(acceptForManagementCalls(classifyToken(at, rfcMgmt), rfcMgmt).ok).toBe(true);
  });
  it('blacklist accepts only a Management/legacy token that has a jti', () => {
    expect(acceptForBlacklist(classifyToken(HS, legacy), legacy).ok).toBe(true);
    expect(acceptForBlacklist(classifyToken(RS, M2M_CLAIMS), M2M_CLAIMS)).toMatchObject({ ok: false, reason: expect.stringMatching(/no jti/) });
    expect(acceptForBlacklist(classifyToken(RS, idToken), { ...idToken, jti: 'x' }).ok).toBe(false);
    expect(acceptForBlacklist(classifyToken(at, rfc9068), rfc9068).ok).toBe(false);
  });
  it('the no-jti levers apply to access tokens only', () => {
    expect(isAccessToken(classifyToken(RS, M2M_CLAIMS).kind)).toBe(true);
    expect(isAccessToken(classifyToken(at, rfc9068).kind)).toBe(true);
    expect(isAccessToken(classifyToken(RS, idToken).kind)).toBe(false);
    expect(isAccessToken(classifyToken(HS, legacy).kind)).toBe(false);
  });
});

describe('tenantFromToken', () => {
  it('from iss (https, trailing slash)', () => expect(tenantFromToken(M2M_CLAIMS)).toBe(T));
  it('from the Management aud when iss is not usable', () => {
    expect(tenantFromToken({ iss: 'http://x/', aud: [`https://${T.toUpperCase()}/api/v2/`] })).toBe(T);
  });
  it.each([{ iss: 'https://t.auth0.com' }, { iss: 'https://t.auth0.com/x/' }, { iss: 'https://a@b/' }, {}, { aud: 'abc' }])('none for %j', (p) => {
    expect(tenantFromToken(p)).toBeUndefined();
  });
});
