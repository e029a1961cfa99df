// What the terminate plan says a profile's client is granted: only an un-narrowed client-credentials mint for
// the Management API shows the whole grant (a narrowed token says nothing about scopes it did not ask for).
import { describe, expect, it } from 'vitest';
import { lastGrantedScopes } from '../../../src/background/terminate/plan';
import { entry, profile } from './helpers';

const MGMT = 'https://demo.us.auth0.com/api/v2/';
const cc = (id: string, scopes: string[], requestedScopes: string[]) =>
  entry({ id, mode: 'client-credentials', aud: MGMT, scopes, requestedScopes, jti: null, params: { scopes: requestedScopes } });

describe('lastGrantedScopes', () => {
  it('uses the newest mint that asked for the whole grant', () => {
    const full = cc('a', ['read:users', 'blacklist:tokens'], []);
    const narrowed = cc('b', ['read:users'], ['read:users']);
    expect(lastGrantedScopes(profile(), [full, narrowed])).toEqual(['read:users', 'blacklist:tokens']);
  });
  it('is unknown when only narrowed or other mints exist', () => {
    expect(lastGrantedScopes(profile(), [cc('b', ['read:users'], ['read:users']), entry({ id: 'legacy' })])).toBeNull();
  });
  it('ignores other profiles and other audiences', () => {
    expect(lastGrantedScopes(profile(), [{ ...cc('c', ['x:y'], []), profileId: 'p2' }, { ...cc('d', ['x:y'], []), aud: 'https://orders.demo.test/' }])).toBeNull();
  });
});
