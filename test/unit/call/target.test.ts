// Where a Try-it call may go (issue 15): only the tenant the token's aud and iss name (FACTS §1, §2, §8).
import { describe, expect, it } from 'vitest';
import { callTargetOf, profileOfToken, type TenantProfile } from '../../../src/lib/call/target';

const demo: TenantProfile = { id: 'p1', domain: 'demo.us.auth0.com', customDomain: 'login.demo.test', clientId: 'cid', environment: 'production', legacyClientId: 'GLOBAL' };
const other: TenantProfile = { id: 'p2', domain: 'other.eu.auth0.com', customDomain: 'login.other.test', environment: 'development' };
const claims = (iss: string, aud: unknown = 'https://demo.us.auth0.com/api/v2/') => ({ iss, aud, azp: 'cid', sub: 'cid@clients' });

describe('callTargetOf', () => {
  it('sends to the canonical domain when the token was minted there', () => {
    expect(callTargetOf(claims('https://demo.us.auth0.com/'), [])).toEqual({ ok: true, host: 'demo.us.auth0.com', canonical: 'demo.us.auth0.com', production: false, profiles: [] });
    expect(callTargetOf(claims('https://demo.us.auth0.com/', ['https://demo.us.auth0.com/api/v2/', 'https://demo.us.auth0.com/userinfo']), [demo])).toMatchObject({ ok: true, production: true, profiles: ['p1'] });
  });
  it('sends to a custom domain only when a profile declares it for that very tenant', () => {
    expect(callTargetOf(claims('https://login.demo.test/'), [demo])).toMatchObject({ ok: true, host: 'login.demo.test', canonical: 'demo.us.auth0.com' });
    expect(callTargetOf(claims('https://login.demo.test/'), [])).toMatchObject({ ok: false });
    expect(callTargetOf(claims('https://login.other.test/'), [demo, other])).toMatchObject({ ok: false }); // another tenant's custom domain
  });
  it('refuses tokens that are not for a Management API or name no host', () => {
    for (const c of [
      claims('https://demo.us.auth0.com/', 'https://orders.demo.test/'),
      claims('https://evil.test/'),
      claims('https://demo.us.auth0.com/', 'https://evil.test/api/v2/'),
      claims('https://demo.us.auth0.com/', 'https://manage.auth0.com/api/v2/'),
      claims('https://manage.auth0.com/', 'https://manage.auth0.com/api/v2/'), // the dashboard is not a tenant
      claims('https://demo.us.auth0.com/', 'https://demo.us.auth0.com.evil.test/api/v2/'),
      { aud: 'https://demo.us.auth0.com/api/v2/' },
    ]) {
      expect(callTargetOf(c as Record<string, unknown>, [demo]).ok, JSON.stringify(c)).toBe(false);
    }
    expect(callTargetOf(undefined, [demo]).ok).toBe(false);
  });
  it('sends a legacy APIv2 token (aud = global client, FACTS §3) to its profile tenant only', () => {
    expect(callTargetOf({ aud: 'GLOBAL', scopes: {} }, [demo])).toMatchObject({ ok: true, host: 'demo.us.auth0.com' });
    expect(callTargetOf({ aud: 'UNKNOWN' }, [demo]).ok).toBe(false);
  });
  it('finds the profile a token was minted from by tenant and client', () => {
    expect(profileOfToken(claims('https://demo.us.auth0.com/'), 'demo.us.auth0.com', [other, demo])?.id).toBe('p1');
    expect(profileOfToken({ sub: 'cid@clients' }, 'demo.us.auth0.com', [demo])?.id).toBe('p1');
    expect(profileOfToken({ azp: 'someone-else' }, 'demo.us.auth0.com', [demo])).toBeNull();
    expect(profileOfToken({ azp: 'mintingApp1' }, 'demo.us.auth0.com', [other, { ...demo, mintingClientIds: ['mintingApp1'] }])?.id).toBe('p1'); // an exact-mode token
    expect(profileOfToken(claims('x'), 'other.eu.auth0.com', [demo, other])).toBeNull();
  });
});
