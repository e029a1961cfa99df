// The granted-scope memory in the background (issue #16; issue #4: "the client's granted scopes first when known
// from the last test/mint"): the token service records what a client-credentials token carried when no particular
// scope was asked for (a cache hit and a profile test too), never a narrowed, exact or HS256 mint; the memory
// lives in storage.session under its declared item; `mint.grantedScopes` answers with it, the Management API under
// its canonical identifier, and null when nothing is known. Through the real services with a fake `ext`.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => {
  const m = await import('./fake-ext');
  return { ext: m.ext, extensionOrigin: () => 'chrome-extension://testextensionid' };
});
import { fake } from './fake-ext';
import { createVault } from '../../../src/background/vault/vault';
import { createProfilesStore } from '../../../src/background/profiles/profiles-store';
import { createLedgerStore } from '../../../src/background/ledger/ledger-store';
import { createTokenService } from '../../../src/background/mint/tokens';
import { createGrantedScopes } from '../../../src/background/mint/granted-scopes';
import { mintHandlers } from '../../../src/background/mint/handlers';
import { grantedScopes as workerMemory } from '../../../src/background/services';
import { applyProfileInput } from '../../../src/lib/profiles/profile-input';
import { ITEMS } from '../../../src/shared/storage-schema';
import type { FetchLike, ResponseLike } from '../../../src/lib/auth0/timed-fetch';

const MGMT = 'https://demo.us.auth0.com/api/v2/';
const GRANT = 'read:users read:clients read:logs';
const popup = { id: 'testextensionid', url: 'chrome-extension://testextensionid/src/popup/index.html', origin: 'chrome-extension://testextensionid' };
const b64url = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
/** Auth0 never narrows a client-credentials token: whatever was asked, the whole grant comes back. */
const whole: FetchLike = async () => {
  const iat = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({ access_token: `${b64url({ alg: 'RS256' })}.${b64url({ iat, exp: iat + 86400, scope: GRANT, n: Math.random() })}.c2ln`, expires_in: 86400, scope: GRANT, token_type: 'Bearer' });
  return { status: 200, headers: { get: (n) => (n === 'content-type' ? 'application/json' : null) }, text: async () => body } satisfies ResponseLike;
};

beforeEach(() => fake.reset());

async function setup() {
  const vault = createVault({ iterations: 1000 });
  const profiles = createProfilesStore();
  const ledger = createLedgerStore();
  const granted = createGrantedScopes();
  const fetch = vi.fn(whole);
  const tokens = createTokenService({ profiles, vault, ledger, granted, fetch });
  await vault.setup('session');
  const { profile, secrets } = applyProfileInput(
    { label: 'Demo', domain: 'demo.us.auth0.com', environment: 'development', clientId: 'm2mGrantedDemoClient0000000000001', clientSecret: 'client-secret-Zq8v2XkP4mN7rT1wY6bH3cJ9dF5gL0sA', hs256Legacy: { globalClientId: 'GlobalDemoClientId00000000000005', secret: 'YS1sZWdhY3ktZ2xvYmFsLWNsaWVudC1zZWNyZXQtb2YtNDAtYnl0ZXMh' }, acknowledgeHs256Risk: true },
    null,
    Date.now(),
    () => 'p1',
  );
  await vault.putSecrets(profile.id, secrets);
  await profiles.put(profile);
  return { tokens, granted, fetch };
}

describe('granted-scope memory (background)', () => {
  it('a mint that asked for no particular scope records the whole grant under the token audience', async () => {
    const { tokens, granted } = await setup();
    expect(await granted.get('p1', MGMT)).toBeNull();
    await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: [] });
    expect(await granted.get('p1', MGMT)).toEqual(GRANT.split(' '));
    expect(fake.session.data[ITEMS.grantedScopes.key]).toEqual({ [`p1|${MGMT}`]: GRANT.split(' ') });
    expect(await granted.get('p2', MGMT)).toBeNull();
    expect(await granted.get('p1', 'https://orders.demo.test/')).toBeNull();
  });

  it('narrowed and HS256 mints record nothing; a cache hit and a profile test do', async () => {
    const { tokens, fetch } = await setup();
    await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users'] });
    await tokens.mint({ profileId: 'p1', mode: 'hs256-legacy', scopes: [], lifetimeSeconds: 60 });
    expect(fake.session.data[ITEMS.grantedScopes.key]).toBeUndefined();

    await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: [] });
    delete fake.session.data[ITEMS.grantedScopes.key];
    expect(await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: [] })).toMatchObject({ fromCache: true });
    expect(fake.session.data[ITEMS.grantedScopes.key]).toEqual({ [`p1|${MGMT}`]: GRANT.split(' ') });

    delete fake.session.data[ITEMS.grantedScopes.key];
    await tokens.test('p1', 'https://orders.demo.test/');
    expect(fake.session.data[ITEMS.grantedScopes.key]).toEqual({ 'p1|https://orders.demo.test/': GRANT.split(' ') });
    expect(fetch).toHaveBeenCalledTimes(3); // narrowed, whole, test: the cache hit asked nothing
  });

  it('two records finishing together both land (one read-modify-write at a time)', async () => {
    const granted = createGrantedScopes();
    const asked = { mode: 'client-credentials' as const, scopes: [] };
    await Promise.all([granted.remember('p1', 'https://a/', asked, ['a']), granted.remember('p1', 'https://b/', asked, ['b']), granted.remember('p2', 'https://a/', asked, ['c'])]);
    expect(fake.session.data[ITEMS.grantedScopes.key]).toEqual({ 'p1|https://a/': ['a'], 'p1|https://b/': ['b'], 'p2|https://a/': ['c'] });
  });
});

describe('mint.grantedScopes', () => {
  it('answers from the worker memory, the Management API under its canonical identifier, null when unknown', async () => {
    await fake.local.set({ [ITEMS.profiles.key]: [{ id: 'p1', label: 'Demo', domain: 'demo.us.auth0.com', customDomain: 'login.demo.test', environment: 'development', hs256: { customApi: null, legacy: null }, hasSecret: { client: true, customApi: false, legacy: false }, createdAt: 0, updatedAt: 0 }] });
    expect(await mintHandlers['mint.grantedScopes']({ profileId: 'p1', audience: MGMT }, popup)).toEqual({ scopes: null });
    await workerMemory.remember('p1', MGMT, { mode: 'client-credentials', scopes: [] }, ['read:users']);
    expect(await mintHandlers['mint.grantedScopes']({ profileId: 'p1', audience: MGMT }, popup)).toEqual({ scopes: ['read:users'] });
    expect(await mintHandlers['mint.grantedScopes']({ profileId: 'p1', audience: 'https://login.demo.test/api/v2/' }, popup)).toEqual({ scopes: ['read:users'] });
    expect(await mintHandlers['mint.grantedScopes']({ profileId: 'p1', audience: 'https://orders.demo.test/' }, popup)).toEqual({ scopes: null });
    expect(await mintHandlers['mint.grantedScopes']({ profileId: 'gone', audience: MGMT }, popup)).toEqual({ scopes: null });
  });
});
