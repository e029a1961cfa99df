// Pure models of the mint UI (issue #4): the profile form (strict domains with punycode, secrets kept when
// empty, HS256 acknowledgement, save payload without undefined keys), the popup mint form (modes, canonical
// Management audience even with a custom domain, payloads) and the format helpers.
import { describe, expect, it } from 'vitest';
import { check, customHost, domainProblem, EMPTY_DRAFT, savePayload } from '../../../src/options/profile-form';
import { effectiveAudience, initialState, mintPayload, usesCatalog } from '../../../src/popup/mint/mint-form';
import { mintModesOf as modesOf } from '../../../src/lib/profiles/modes';
import { formatLeft } from '../../../src/ui/mint/format';
import { compareScopes as scopeDiff } from '../../../src/lib/scopes/compare';
import type { ProfileSummary } from '../../../src/shared/messages/mint';

const none = { client: false, customApi: false, legacy: false };
const base = { ...EMPTY_DRAFT, label: 'Demo', domain: 'demo.us.auth0.com', clientId: 'm2mGrantedDemoClient0000000000001', clientSecret: 's3cret' };

describe('profile form', () => {
  it('accepts the demo tenant and builds a payload without undefined keys', () => {
    expect(check(base, none)).toEqual({});
    const p = savePayload(base) as Record<string, unknown>;
    expect(p).toEqual({ label: 'Demo', domain: 'demo.us.auth0.com', environment: 'development', clientId: base.clientId, clientSecret: 's3cret' });
    expect(Object.values(p)).not.toContain(undefined);
  });
  it('refuses lookalikes and shows a homoglyph as punycode (SECURITY B3.33)', () => {
    expect(domainProblem('demo.us.auth0.c\u03bfm', 'canonical')).toMatch(/xn--/);
    expect(domainProblem('t.auth0.com@evil.com', 'canonical')).toMatch(/user part/);
    expect(domainProblem('t.auth0.com.evil.com', 'canonical')).toBeTruthy();
    expect(domainProblem('http://t.auth0.com', 'canonical')).toMatch(/https/);
    expect(domainProblem('login.example.com', 'canonical')).toMatch(/canonical/);
    expect(domainProblem('x.auth0.com', 'custom')).toBeTruthy();
    expect(domainProblem('', 'custom')).toBeUndefined();
  });
  it('asks the custom domain host permission for the bare host only', () => {
    expect(customHost({ ...base, customDomain: 'https://Login.Demo.test/' })).toBe('login.demo.test');
    expect(customHost({ ...base, customDomain: 'demo.auth0.com' })).toBeNull();
  });
  it('an empty secret keeps the saved one; HS256 needs the acknowledgement', () => {
    const edit = { ...base, id: 'p1', clientSecret: '' };
    expect(savePayload(edit)).not.toHaveProperty('clientSecret');
    const hs = { ...base, hs256: true, customApi: true, customAudience: 'urn:api', customSecret: '' };
    expect(check(hs, none)).toMatchObject({ acknowledged: expect.any(String), customSecret: expect.any(String) });
    expect(check({ ...hs, acknowledged: true }, { ...none, customApi: true })).toEqual({});
    expect(savePayload({ ...hs, acknowledged: true })).toMatchObject({ acknowledgeHs256Risk: true, hs256CustomApi: { audience: 'urn:api', secretEncoding: 'utf8' } });
  });
});

const summary: ProfileSummary = {
  id: 'p1', label: 'Demo', domain: 'demo.us.auth0.com', customDomain: 'login.demo.test', environment: 'production', clientId: 'c',
  canClientCredentials: true, hs256: { customApi: { audience: 'urn:demo:billing' }, legacy: true }, exactAudiences: [],
};

describe('popup mint form', () => {
  it('lists the modes the profile can do and keeps the canonical audience with a custom domain (FACTS §8)', () => {
    expect(modesOf(summary)).toEqual(['client-credentials', 'hs256-custom', 'hs256-legacy']);
    expect(modesOf({ ...summary, canClientCredentials: false, hs256: { customApi: null, legacy: false } })).toEqual([]);
    const s = initialState(summary);
    expect(effectiveAudience(summary, s)).toBe('https://demo.us.auth0.com/api/v2/');
    expect(usesCatalog(summary, s)).toBe(true);
    expect(usesCatalog(summary, { ...s, audienceKind: 'other', otherAudience: 'https://orders.demo.test/' })).toBe(false);
    expect(mintPayload(summary, { ...s, scopes: ['read:users'] })).toEqual({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users'], audience: 'https://demo.us.auth0.com/api/v2/' });
    expect(mintPayload(summary, { ...s, mode: 'hs256-legacy' })).toEqual({ profileId: 'p1', mode: 'hs256-legacy', scopes: [], lifetimeSeconds: 3600 });
  });
});

describe('format', () => {
  it('countdown and requested-vs-granted', () => {
    expect(formatLeft(0)).toBe('expired');
    expect(formatLeft(65)).toBe('1:05 left');
    expect(formatLeft(3720)).toBe('1 h 02 min left');
    expect(scopeDiff([], ['a'])).toEqual({ missing: [], extra: [] });
    expect(scopeDiff(['a', 'b'], ['a', 'c'])).toEqual({ missing: ['b'], extra: ['c'] });
  });
});
