// Unit tests for the tray's pure choices (src/content/tray/profile.ts, result.ts helpers): preselection by the
// page's tenant, the mismatch sentence, modes and audiences (FACTS §6, §8), masking, countdown, curl.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/rpc', () => ({ send: vi.fn() }));
import { audienceFor, mismatch, preselect, trayModesOf, type PageTarget } from '../../../src/content/tray/profile';
import { mintModesOf as modesFor } from '../../../src/lib/profiles/modes';
import { countdown } from '../../../src/content/tray/result';
import { scopeNotes } from '../../../src/lib/scopes/compare';
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

  it('lists modes: exact first where a minting app serves the audience; the tray offers client credentials and exact only', () => {
    const hs = p({ canClientCredentials: false, hs256: { customApi: { audience: 'urn:b' }, legacy: true } });
    expect(modesFor(hs)).toEqual(['hs256-custom', 'hs256-legacy']);
    expect(modesFor(undefined)).toEqual([]);
    expect(trayModesOf(hs, 'urn:b')).toEqual([]);
    const mgmt = 'https://x.us.auth0.com/api/v2/';
    const exact = p({ exactAudiences: [mgmt], hs256: { customApi: { audience: 'urn:b' }, legacy: true } });
    expect(modesFor(exact, mgmt)).toEqual(['exact', 'client-credentials', 'hs256-custom', 'hs256-legacy']);
    expect(trayModesOf(exact, mgmt)).toEqual(['exact', 'client-credentials']);
    expect(trayModesOf(exact, 'https://orders.demo.test/')).toEqual(['client-credentials']);
    expect(audienceFor(p({ customDomain: 'login.x.test' }), page)).toBe(mgmt); // canonical, FACTS §8
    expect(audienceFor(p({}), { ...page, management: false, customAudience: 'https://orders.demo.test/' })).toBe('https://orders.demo.test/');
    expect(audienceFor(undefined, page)).toBeUndefined();
  });
});

describe('result helpers', () => {
  it('counts down and says what the token carries against what was picked', () => {
    expect(countdown(3_725_000)).toBe('expires in 1:02:05');
    expect(countdown(65_000)).toBe('expires in 1:05');
    expect(countdown(0)).toBe('expired');
    expect(countdown(null)).toBe('expiry unknown');
    const plain = scopeNotes({ mode: 'client-credentials', requestedScopes: ['a', 'b'], grantedScopes: ['a', 'b', 'c', 'd'], grantPatched: false });
    expect(plain).toEqual({ exact: null, extra: 'Auth0 issued 2 scopes you did not pick: c, d.', missing: null });
    const exact = scopeNotes({ mode: 'exact', requestedScopes: ['a', 'b'], grantedScopes: ['b', 'a'], grantPatched: true });
    expect(exact.exact).toBe('The token carries exactly the 2 picked scopes; the minting app’s grant was set to them first.');
    expect(scopeNotes({ mode: 'exact', requestedScopes: ['a'], grantedScopes: [], grantPatched: true }).missing).toBe('Not in the token: a.');
  });
});
