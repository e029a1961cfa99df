// SECURITY B2.25 (trusted issuers) and B2.27 (cross-JWT confusion).
import { describe, expect, it } from 'vitest';
import { isAuth0Host, issuerHost, jwksUrlFor, makeTrustPolicy } from '../../../src/lib/verify/trust';
import { acceptForBlacklist, acceptForManagementCalls, classifyToken } from '../../../src/lib/verify/token-kind';
import { NOW, m2mClaims } from './helpers';

describe('B2.25 trust rules', () => {
  it.each(['acme.auth0.com', 'dev-x.us.auth0.com', 'acme.eu.auth0.com', 'a.au.auth0.com', 'b.jp.auth0.com', 'c.uk.auth0.com'])('tenant host %s', (h) => {
    expect(isAuth0Host(h)).toBe(true);
  });
  it.each(['auth0.com', 'manage.auth0.com', 'cdn.auth0.com', 'www.auth0.com', 'a.b.us.auth0.com', 'acme.auth0.com.evil.com', 'evilauth0.com',
    'acme.auth0.co', 'ACME.auth0.com', '-x.auth0.com', 'a..auth0.com', ''])('not a tenant host: %s', (h) => {
    expect(isAuth0Host(h)).toBe(false);
  });

  it('issuerHost: https, host only, trailing slash optional', () => {
    expect(issuerHost('https://acme.eu.auth0.com/')).toBe('acme.eu.auth0.com');
    expect(issuerHost('https://acme.eu.auth0.com')).toBe('acme.eu.auth0.com');
    expect(issuerHost('https://Login.Example.COM/')).toBe('login.example.com');
    for (const bad of ['http://a.auth0.com/', 'https://a.auth0.com//', 'https://a.auth0.com/x', 'https://u@a.auth0.com/', 'https://a.auth0.com:443/',
      'https://a.auth0.com/?', 'https://a.auth0.com/#', 'https://a.auth0.com./', 'https://127.0.0.1/', 'https://[::1]/', 'https://auth0.cοm/', ' https://a.auth0.com/', 'https://localhost/', null, 1, {}]) {
      expect(issuerHost(bad), String(bad)).toBeNull();
    }
    expect(jwksUrlFor('acme.eu.auth0.com')).toBe('https://acme.eu.auth0.com/.well-known/jwks.json');
  });

  it('makeTrustPolicy: Auth0 tenants plus exact custom domains (FACTS §8)', () => {
    const trusted = makeTrustPolicy(['Login.Acme.com']);
    expect(trusted('acme.eu.auth0.com')).toBe(true);
    expect(trusted('login.acme.com')).toBe(true);
    expect(trusted('evil.login.acme.com')).toBe(false);
    expect(trusted('acme.com')).toBe(false);
  });
});

describe('B2.27 cross-JWT confusion: tokens are labelled by typ, aud and gty', () => {
  const idToken = { iss: 'https://acme.eu.auth0.com/', sub: 'auth0|1', aud: 'QfNtClientId', nonce: 'n', iat: NOW, exp: NOW + 60 };
  const userMgmt = { iss: 'https://acme.eu.auth0.com/', sub: 'auth0|1', aud: ['https://acme.eu.auth0.com/api/v2/', 'https://acme.eu.auth0.com/userinfo'], azp: 'x', scope: 'read:current_user' };
  const rfc9068 = { iss: 'https://acme.eu.auth0.com/', sub: 'x@clients', aud: 'https://api.acme.com', client_id: 'x', jti: 'j1', scope: 'read:things' };
  const legacy = { aud: 'm8DAxghyfE0KdpzogfXgMSxrkCSdKVEF', scopes: { users: { actions: ['read'] } }, iat: NOW, jti: 'abc' };

  it('B2.27 labels', () => {
    expect(classifyToken({ alg: 'RS256', typ: 'JWT' }, m2mClaims())).toMatchObject({ kind: 'management-m2m', profile: 'auth0', managementAudience: 'https://acme.eu.auth0.com/api/v2/' });
    expect(classifyToken({ alg: 'RS256' }, userMgmt).kind).toBe('management-user');
    expect(classifyToken({ alg: 'RS256' }, idToken).kind).toBe('id-token');
    expect(classifyToken({ alg: 'RS256' }, { ...idToken, nonce: undefined }).kind).toBe('id-token');
    expect(classifyToken({ alg: 'RS256', typ: 'at+jwt' }, rfc9068)).toMatchObject({ kind: 'other-access-token', profile: 'rfc9068' });
    expect(classifyToken({ alg: 'RS256', typ: 'at+jwt' }, { ...rfc9068, aud: 'https://acme.eu.auth0.com/api/v2/' })).toMatchObject({ kind: 'management-m2m', profile: 'rfc9068' });
    expect(classifyToken({ alg: 'HS256' }, legacy).kind).toBe('legacy-apiv2');
    // FACTS §1: the audience without the trailing slash is not the Management API audience.
    expect(classifyToken({ alg: 'RS256' }, m2mClaims({ aud: 'https://acme.eu.auth0.com/api/v2' })).kind).not.toMatch(/^management/);
    expect(classifyToken({}, {}).kind).toBe('unknown');
  });

  it('B2.27 "use this token" accepts only Management API and legacy tokens', () => {
    expect(acceptForManagementCalls(classifyToken({}, m2mClaims())).ok).toBe(true);
    expect(acceptForManagementCalls(classifyToken({}, legacy)).ok).toBe(true);
    expect(acceptForManagementCalls(classifyToken({}, idToken))).toMatchObject({ ok: false, reason: expect.stringMatching(/ID tokens/) });
    expect(acceptForManagementCalls(classifyToken({ typ: 'at+jwt' }, rfc9068)).ok).toBe(false);
  });

  it('B2.27 blacklist accepts only a Management/legacy token that has a jti', () => {
    expect(acceptForBlacklist(classifyToken({}, legacy), legacy).ok).toBe(true);
    expect(acceptForBlacklist(classifyToken({}, m2mClaims()), m2mClaims())).toMatchObject({ ok: false, reason: expect.stringMatching(/no jti/) });
    expect(acceptForBlacklist(classifyToken({}, idToken), { ...idToken, jti: 'x' }).ok).toBe(false);
    expect(acceptForBlacklist(classifyToken({ typ: 'at+jwt' }, rfc9068), rfc9068).ok).toBe(false);
  });
});
