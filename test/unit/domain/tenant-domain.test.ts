// SECURITY B3.33: tenant domain input; FACTS §1, §6, §8.
import { describe, expect, it } from 'vitest';
import { canonicalManagementAudience, dashboardTenantFromUrl, parseTenantDomain, tenantDomainFor } from '../../../src/lib/domain/index';

describe('B3.33 parseTenantDomain accepts', () => {
  it.each([
    ['acme.eu.auth0.com', 'acme.eu.auth0.com', 'auth0', 'eu'],
    ['https://acme.eu.auth0.com', 'acme.eu.auth0.com', 'auth0', 'eu'],
    ['https://acme.eu.auth0.com/', 'acme.eu.auth0.com', 'auth0', 'eu'],
    ['  HTTPS://Dev-X.US.Auth0.com/ ', 'dev-x.us.auth0.com', 'auth0', 'us'],
    ['acme.auth0.com', 'acme.auth0.com', 'auth0', 'us'],
    ['login.acme.com', 'login.acme.com', 'custom', null],
  ])('B3.33 %j', (input, host, kind, region) => {
    expect(parseTenantDomain(input)).toMatchObject({ ok: true, host, display: host, kind, region, warnings: [] });
  });

  it('B3.33 punycode input for a custom domain is accepted with a warning', () => {
    expect(parseTenantDomain('login.xn--bcher-kva.example')).toMatchObject({ ok: true, kind: 'custom', warnings: ['punycode-label'] });
  });
});

describe('B3.33 parseTenantDomain rejects', () => {
  it.each([
    ['t.auth0.com@evil.com', 'userinfo'],
    ['https://t.auth0.com@evil.com/', 'userinfo'],
    ['https://user:pw@t.auth0.com', 'userinfo'],
    ['t.auth0.com.evil.com', 'auth0-lookalike'],
    ['https://t.auth0.com.evil.com/', 'auth0-lookalike'],
    ['http://t.auth0.com', 'not-https'],
    ['ftp://t.auth0.com', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['t.auth0.com:443', 'port'],
    ['https://t.auth0.com:8443/', 'port'],
    ['https://t.auth0.com/api/v2/', 'path'],
    ['t.auth0.com/x', 'path'],
    ['https://t.auth0.com\\@evil.com', 'path'],
    ['https://t.auth0.com/?a=1', 'query'],
    ['https://t.auth0.com?', 'query'],
    ['https://t.auth0.com/#x', 'fragment'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['t .auth0.com', 'whitespace'],
    ['localhost', 'invalid-host'],
    ['t.auth0.com.', 'invalid-host'],
    ['t_x.auth0.com', 'invalid-host'],
    ['-t.auth0.com', 'invalid-host'],
    ['127.0.0.1', 'ip-address'],
    ['[::1]', 'ip-address'],
    ['auth0.com', 'auth0-not-a-tenant'],
    ['manage.auth0.com', 'auth0-not-a-tenant'],
    ['a.b.us.auth0.com', 'auth0-not-a-tenant'],
    [`${'a'.repeat(64)}.auth0.com`, 'invalid-host'],
    ['x'.repeat(400), 'too-long'],
  ])('B3.33 %j → %s', (input, reason) => {
    expect(parseTenantDomain(input)).toMatchObject({ ok: false, reason });
  });

  it('B3.33 IDN homoglyph auth0.cοm (Greek omicron) → rejected with the punycode shown', () => {
    const r = parseTenantDomain('t.auth0.c\u03bfm');
    expect(r).toMatchObject({ ok: false, reason: 'mixed-script' });
    expect(!r.ok && r.punycode).toMatch(/^t\.auth0\.xn--/);
  });

  it('B3.33 other non-ASCII hosts are flagged with their punycode', () => {
    const cyr = parseTenantDomain('https://\u0430cme.auth0.com/'); // Cyrillic а + Latin cme
    expect(cyr).toMatchObject({ ok: false, reason: 'mixed-script' });
    expect(!cyr.ok && cyr.punycode).toMatch(/^xn--/);
    const full = parseTenantDomain('\uff54.auth0.com'); // fullwidth t: IDNA maps it to ASCII t
    expect(full).toMatchObject({ ok: false, reason: 'non-ascii', punycode: 't.auth0.com' });
    expect(parseTenantDomain('bücher.example')).toMatchObject({ ok: false, reason: 'non-ascii', punycode: 'xn--bcher-kva.example' });
  });

  it('allowCustom: false limits input to Auth0 tenants', () => {
    expect(parseTenantDomain('login.acme.com', { allowCustom: false })).toMatchObject({ ok: false, reason: 'not-auth0' });
    expect(parseTenantDomain('acme.auth0.com', { allowCustom: false }).ok).toBe(true);
  });
});

describe('canonicalManagementAudience (FACTS §1, §8)', () => {
  it('has the trailing slash', () => {
    expect(canonicalManagementAudience('acme.eu.auth0.com')).toBe('https://acme.eu.auth0.com/api/v2/');
  });
  it('refuses custom domains and anything that is not a clean host', () => {
    expect(() => canonicalManagementAudience('login.acme.com')).toThrow(TypeError);
    expect(() => canonicalManagementAudience('https://acme.eu.auth0.com/')).toThrow(TypeError);
    expect(() => canonicalManagementAudience('ACME.eu.auth0.com')).toThrow(TypeError);
  });
});

describe('dashboard URLs (FACTS §6)', () => {
  it('reads region and tenant from new routes', () => {
    expect(dashboardTenantFromUrl('https://manage.auth0.com/dashboard/eu/acme/apis/management/explorer')).toEqual({ region: 'eu', tenant: 'acme' });
    expect(dashboardTenantFromUrl('https://manage.auth0.com/dashboard/us/dev-x/')).toEqual({ region: 'us', tenant: 'dev-x' });
    expect(dashboardTenantFromUrl('https://manage.auth0.com/dashboard/uk/t')).toEqual({ region: 'uk', tenant: 't' });
  });
  it('gives null for old hash routes and other hosts', () => {
    for (const u of ['https://manage.auth0.com/#/apis/management/explorer', 'https://manage.auth0.com/#/tenant/advanced', 'http://manage.auth0.com/dashboard/us/t/',
      'https://manage.auth0.com.evil.com/dashboard/us/t/', 'https://evil.com/dashboard/us/t/', 'https://manage.auth0.com/dashboard/us/', 'not a url',
      'https://manage.auth0.com/dashboard/us/t%2Eevil/']) {
      expect(dashboardTenantFromUrl(u), u).toBeNull();
    }
  });
  it('tenantDomainFor returns both US candidates', () => {
    expect(tenantDomainFor({ region: 'us', tenant: 'acme' })).toEqual(['acme.us.auth0.com', 'acme.auth0.com']);
    expect(tenantDomainFor({ region: 'eu', tenant: 'acme' })).toEqual(['acme.eu.auth0.com']);
    expect(tenantDomainFor({ region: 'eu', tenant: 'a.b' })).toEqual([]);
  });
});
