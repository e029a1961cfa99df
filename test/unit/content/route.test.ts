// Unit tests for src/content/route.ts: URL → page kind, tenant and API tab (FACTS §6 routes).
import { describe, expect, it } from 'vitest';
import { acceptsCustomScopes, canonicalTab, curlPath, decoratesScopes, parseRoute, tabFromTitle, tenantOf } from '../../../src/content/route';

const D = 'https://manage.auth0.com/dashboard';

describe('parseRoute', () => {
  it('reads new dashboard API routes with region, tenant, API id and tab', () => {
    expect(parseRoute(`${D}/eu/acme/apis/management/explorer`)).toEqual({
      kind: 'api', tenant: { region: 'eu', name: 'acme', domains: ['acme.eu.auth0.com'] }, apiId: 'management', tab: 'explorer', legacy: false,
    });
    const r = parseRoute(`${D}/us/demo/apis/5f0c3a1b2c3d4e5f60718293/permissions?x=1`);
    expect(r).toMatchObject({ kind: 'api', apiId: '5f0c3a1b2c3d4e5f60718293', tab: 'permissions' });
    expect(r.kind === 'api' && r.tenant?.domains).toEqual(['demo.us.auth0.com', 'demo.auth0.com']);
  });

  it('maps old tab names and defaults to quickstart', () => {
    expect(parseRoute(`${D}/us/demo/apis/management/scopes`)).toMatchObject({ tab: 'permissions' });
    expect(parseRoute(`${D}/us/demo/apis/management/authorized-applications`)).toMatchObject({ tab: 'authorized-clients' });
    expect(parseRoute(`${D}/us/demo/apis/management`)).toMatchObject({ tab: 'quickstart' });
  });

  it('reads old hash routes without a tenant', () => {
    expect(parseRoute('https://manage.auth0.com/#/apis/management/authorized-clients')).toEqual({
      kind: 'api', tenant: null, apiId: 'management', tab: 'authorized-clients', legacy: true,
    });
    expect(parseRoute('https://manage.auth0.com/#/applications/abc123/apis')).toMatchObject({ kind: 'app-apis', clientId: 'abc123', legacy: true });
    expect(parseRoute('https://manage.auth0.com/#/logs')).toMatchObject({ kind: 'dashboard' });
  });

  it('reads the application side and other dashboard pages', () => {
    expect(parseRoute(`${D}/us/demo/applications/AbC/apis`)).toMatchObject({ kind: 'app-apis', clientId: 'AbC' });
    expect(parseRoute(`${D}/us/demo/applications/AbC/settings`)).toMatchObject({ kind: 'dashboard' });
    expect(parseRoute(`${D}/us/demo/`)).toMatchObject({ kind: 'dashboard' });
  });

  it('reads reference pages', () => {
    expect(parseRoute('https://auth0.com/docs/api/management/v2')).toEqual({ kind: 'docs', group: null, slug: null, locale: null });
    expect(parseRoute('https://auth0.com/docs/api/management/v2/users/get-users')).toEqual({ kind: 'docs', group: 'users', slug: 'get-users', locale: null });
    expect(parseRoute('https://auth0.com/docs/quickstarts')).toEqual({ kind: 'none' });
  });

  it('refuses other hosts, http, odd paths and malformed escapes', () => {
    for (const u of ['https://evil.example/dashboard/us/demo/apis/management', 'http://manage.auth0.com/#/apis/management',
      'https://manage.auth0.com/__hostile/', 'https://manage.auth0.com/dashboard/us/%E0%A4%A/apis/x', 'not a url']) {
      expect(parseRoute(u), u).toEqual({ kind: 'none' });
    }
    expect(parseRoute(`${D}/us/bad_tenant!/apis/management`)).toMatchObject({ kind: 'api', tenant: null });
  });

  it('says where scopes are decorated and custom names accepted', () => {
    const mgmt = parseRoute(`${D}/us/demo/apis/management/test`);
    const custom = parseRoute(`${D}/us/demo/apis/abc/permissions`);
    expect(decoratesScopes(mgmt)).toBe(true);
    expect(acceptsCustomScopes(mgmt)).toBe(false);
    expect(acceptsCustomScopes(custom)).toBe(true);
    expect(decoratesScopes(parseRoute(`${D}/us/demo/logs`))).toBe(false);
    expect(curlPath(parseRoute('https://auth0.com/docs/api/management/v2/client-grants/get-client-grants'))).toBe('/api/v2/client-grants');
    expect(curlPath(mgmt)).toBe('/api/v2/');
  });
});

describe('tenantOf', () => {
  it('maps region and name to canonical domains', () => {
    expect(tenantOf('AU', 'Shop')?.domains).toEqual(['shop.au.auth0.com']);
    expect(tenantOf('us', 'x')?.domains).toEqual(['x.us.auth0.com', 'x.auth0.com']);
    expect(tenantOf('us', 'a.b')).toBeNull();
  });
});

describe('issue #12: localized reference pages and dashboard tab names', () => {
  it('reads /docs/<locale>/api/management/v2/… like the English reference (FACTS §10)', () => {
    expect(parseRoute('https://auth0.com/docs/fr-ca/api/management/v2/users/get-users')).toEqual({ kind: 'docs', group: 'users', slug: 'get-users', locale: 'fr-ca' });
    expect(parseRoute('https://auth0.com/docs/ja-JP/api/management/v2/')).toEqual({ kind: 'docs', group: null, slug: null, locale: 'ja-jp' });
    expect(parseRoute('https://auth0.com/docs/es/api/management/v2/clients')).toMatchObject({ kind: 'docs', group: 'clients', locale: 'es' });
    expect(decoratesScopes(parseRoute('https://auth0.com/docs/fr-ca/api/management/v2/users'))).toBe(true);
    expect(curlPath(parseRoute('https://auth0.com/docs/fr-ca/api/management/v2/users'))).toBe('/api/v2/users');
    for (const u of ['https://auth0.com/docs/fr-ca/quickstarts', 'https://auth0.com/docs/fr-ca/api/authentication', 'https://auth0.com/docs/french/api/management/v2/users',
      'https://auth0.com/docs/fr-ca/fr-ca/api/management/v2/users', 'https://auth0.com/fr-ca/api/management/v2/users']) {
      expect(parseRoute(u), u).toEqual({ kind: 'none' });
    }
  });

  it('knows the M2M tab as "Machine to Machine Applications" or "Application Access", by slug and by title', () => {
    for (const slug of ['authorized-clients', 'application-access', 'machine-to-machine-applications', 'Application-Access']) {
      expect(parseRoute(`${D}/us/demo/apis/management/${slug}`), slug).toMatchObject({ kind: 'api', tab: 'authorized-clients' });
    }
    expect(parseRoute('https://manage.auth0.com/#/apis/management/application-access')).toMatchObject({ tab: 'authorized-clients', legacy: true });
    expect(tabFromTitle('Machine to Machine Applications')).toBe('authorized-clients');
    expect(tabFromTitle('  Application   Access ')).toBe('authorized-clients');
    expect(tabFromTitle('Permissions')).toBe('permissions');
    expect(tabFromTitle('Scopes')).toBe('permissions');
    expect(tabFromTitle('Applications')).toBeNull();
    expect(tabFromTitle('constructor')).toBeNull();
    expect(canonicalTab('scopes')).toBe('permissions');
    expect(canonicalTab('permissions')).toBe('permissions');
  });
});
