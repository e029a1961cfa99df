// Profiles: strict domain input (SECURITY B3.33), the public summary, save/merge rules, dashboard recognition.
import { describe, expect, it } from 'vitest';
import { checkCanonicalDomain, checkCustomDomain, profileSummary } from '../../../src/lib/profiles/profile';
import { applyProfileInput } from '../../../src/lib/profiles/profile-input';

const input = { label: 'Demo', domain: 'demo.us.auth0.com', environment: 'production' as const, clientId: 'm2mGrantedDemoClient0000000000001', clientSecret: 'cs-1' };
let n = 0;
const newId = () => `p${++n}`;

describe('domain input (SECURITY B3.33)', () => {
  it.each([
    ['t.auth0.com@evil.com'],
    ['t.auth0.com.evil.com'],
    ['http://t.auth0.com'],
    ['https://t.auth0.com/x'],
    ['t.auth0.com#frag'],
    ['t.auth0.com/path'],
    ['t.auth0.com?x=1'],
    ['t.auth0.com:8443'],
    ['manage.auth0.com'],
    ['auth0.com'],
  ])('B3.33 refuses %s as a tenant domain', (raw) => {
    expect(checkCanonicalDomain(raw).ok).toBe(false);
  });
  it('B3.33 refuses an IDN homoglyph and shows the punycode', () => {
    const r = checkCanonicalDomain('demo.auth0.cοm'); // Greek omicron
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('xn--') });
  });
  it('accepts tenant domains with and without a region, normalised to lower case', () => {
    expect(checkCanonicalDomain(' Demo.US.auth0.com ')).toEqual({ ok: true, host: 'demo.us.auth0.com' });
    expect(checkCanonicalDomain('https://demo.us.auth0.com/')).toEqual({ ok: true, host: 'demo.us.auth0.com' }); // pasted URL: host only
    expect(checkCanonicalDomain('demo.auth0.com')).toEqual({ ok: true, host: 'demo.auth0.com' });
  });
  it('custom domains are own hosts, never *.auth0.com', () => {
    expect(checkCustomDomain('login.demo.test')).toEqual({ ok: true, host: 'login.demo.test' });
    expect(checkCustomDomain('x.auth0.com').ok).toBe(false);
    expect(checkCustomDomain('login.demo.test@evil').ok).toBe(false);
  });
});

describe('applyProfileInput and profileSummary', () => {
  it('builds a profile whose summary holds no secret', () => {
    const { profile, secrets } = applyProfileInput({ ...input, customDomain: 'Login.Demo.Test' }, null, 1000, newId);
    expect(secrets).toEqual({ clientSecret: 'cs-1' });
    const s = profileSummary(profile);
    expect(s).toEqual({ id: profile.id, label: 'Demo', domain: 'demo.us.auth0.com', customDomain: 'login.demo.test', environment: 'production', clientId: input.clientId, canClientCredentials: true, hs256: { customApi: null, legacy: false }, exactAudiences: [] });
    expect(JSON.stringify(s)).not.toContain('cs-1');
  });
  it('keeps a stored secret when omitted and the credential is unchanged; drops it when the client changes', () => {
    const first = applyProfileInput(input, null, 1000, newId);
    const same = applyProfileInput({ ...input, id: first.profile.id, clientSecret: undefined, label: 'Renamed' }, first, 2000, newId);
    expect(same.secrets.clientSecret).toBe('cs-1');
    expect(same.profile.createdAt).toBe(1000);
    const other = applyProfileInput({ ...input, clientId: 'anotherClient000000000000000001', clientSecret: undefined }, first, 2000, newId);
    expect(other.secrets.clientSecret).toBeUndefined();
    expect(profileSummary(other.profile).canClientCredentials).toBe(false);
  });
  it('B3.29 HS256 modes are opt-in with an explicit acknowledgement', () => {
    const legacy = { globalClientId: 'GlobalDemoClientId00000000000005', secret: 'c2VjcmV0' };
    expect(() => applyProfileInput({ ...input, hs256Legacy: legacy }, null, 1, newId)).toThrow();
    const ok = applyProfileInput({ ...input, hs256Legacy: legacy, acknowledgeHs256Risk: true }, null, 1, newId);
    expect(ok.profile.hs256.legacy).toEqual({ globalClientId: legacy.globalClientId, secretEncoding: 'base64url' });
    expect(profileSummary(ok.profile).hs256.legacy).toBe(true);
  });
  it('refuses bad domains, labels and client ids with a reason', () => {
    expect(() => applyProfileInput({ ...input, domain: 'demo.auth0.com.evil.com' }, null, 1, newId)).toThrow(/Tenant domain refused/);
    expect(() => applyProfileInput({ ...input, label: '\u202E' }, null, 1, newId)).toThrow(/label/);
    expect(() => applyProfileInput({ ...input, clientId: 'bad id!' }, null, 1, newId)).toThrow(/client ID/);
  });
});
