// SECURITY B2.25 (trusted issuers). Token kinds (B2.27) are tested with the one classifier in test/unit/jwt/kind.test.ts.
import { describe, expect, it } from 'vitest';
import { isAuth0Host, issuerHost, jwksUrlFor, makeTrustPolicy } from '../../../src/lib/verify/trust';

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
