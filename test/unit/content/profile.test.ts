// Unit tests for the tray's pure choices (src/content/tray/profile.ts, result.ts helpers): preselection by the
// page's tenant, the mismatch sentence, modes and audiences (FACTS §6, §8), masking, countdown, curl.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/rpc', () => ({ send: vi.fn() }));
import { audienceFor, defaultMode, mismatch, preselect, type PageTarget } from '../../../src/content/tray/profile';
import { mintModesOf as modesFor } from '../../../src/lib/profiles/modes';
import { apiHost, countdown, curlCommand, mask } from '../../../src/content/tray/result';
import type { ProfileSummary } from '../../../src/content/api';

const p = (over: Partial<ProfileSummary>): ProfileSummary => ({ id: 'x', label: 'X', domain: 'x.us.auth0.com', environment: 'development',
  canClientCredentials: true, hs256: { customApi: null, legacy: false }, exactAudiences: [], ...over });
const page: PageTarget = { tenantDomains: ['demo.us.auth0.com', 'demo.auth0.com'], tenantLabel: 'demo (us)', management: true, customAudience: null };

describe('profile choices', () => {
  it('preselects by canonical or custom domain, or the only profile', () => {
    const a = p({ id: 'a', domain: 'demo.auth0.com' });
    const b = p({ id: 'b', domain: 'other.eu.auth0.com', customDomain: 'login.demo.test' });
    expect(preselect([b, a], page)?.id).toBe('a');
    expect(preselect([b], page)?.id).toBe('b');
    expect(preselect([b, p({ id: 'c' })], page)).toBeUndefined();
    expect(preselect([b, p({ id: 'c' })], { ...page, tenantDomains: ['login.demo.test'] })?.id).toBe('b');
  });

  it('states a tenant mismatch plainly, and nothing when the page names no tenant', () => {
    expect(mismatch(p({ label: 'Prod', domain: 'prod.eu.auth0.com' }), page)).toBe(
      'This page is for tenant demo (us), but the profile “Prod” is for prod.eu.auth0.com. The token will come from prod.eu.auth0.com.');
    expect(mismatch(p({ domain: 'demo.us.auth0.com' }), page)).toBeNull();
    expect(mismatch(p({}), { ...page, tenantDomains: [] })).toBeNull();
  });

  it('lists modes, picks HS256 for the profile’s own HS256 API, and builds audiences', () => {
    const hs = p({ canClientCredentials: false, hs256: { customApi: { audience: 'urn:b' }, legacy: true } });
    expect(modesFor(hs)).toEqual(['hs256-custom', 'hs256-legacy']);
    expect(modesFor(undefined)).toEqual([]);
    expect(defaultMode(p({ hs256: { customApi: { audience: 'urn:b' }, legacy: false } }), { ...page, management: false, customAudience: 'urn:b' })).toBe('hs256-custom');
    expect(audienceFor(p({ customDomain: 'login.x.test' }), 'client-credentials', page)).toBe('https://x.us.auth0.com/api/v2/'); // canonical, FACTS §8
    expect(audienceFor(p({}), 'client-credentials', { ...page, management: false, customAudience: 'https://orders.demo.test/' })).toBe('https://orders.demo.test/');
    expect(audienceFor(hs, 'hs256-custom', page)).toBe('urn:b');
    expect(audienceFor(hs, 'hs256-legacy', page)).toBeUndefined();
  });
});

describe('result helpers', () => {
  it('masks, counts down, and builds curl against the token issuer', () => {
    expect(mask('eyJhbGciOiJSUzI1NiJ9.x.y')).toBe('eyJhbGci…••••');
    expect(countdown(3_725_000)).toBe('expires in 1:02:05');
    expect(countdown(65_000)).toBe('expires in 1:05');
    expect(countdown(0)).toBe('expired');
    expect(countdown(null)).toBe('does not expire');
    const tok = `e30.${btoa(JSON.stringify({ iss: 'https://login.demo.test/' }))}.s`;
    expect(apiHost(tok, 'demo.us.auth0.com')).toBe('login.demo.test');
    expect(apiHost('garbage', 'demo.us.auth0.com')).toBe('demo.us.auth0.com');
    expect(curlCommand('T', 'https://d/api/v2/users')).toBe('curl -H "Authorization: Bearer T" https://d/api/v2/users');
  });
});
