// @vitest-environment node
// Exact-scope minting (issue #11) through the real background services (fake `ext` storage) against the Auth0
// emulator, which never narrows (FACTS §1): set-up creates an app + a subject_type client grant, each exact mint
// PATCHes the grant to the picked set then mints with the app, concurrent mints of different sets each get their
// own set, a plain mint carries every granted scope, and the error paths name what to fix.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => {
  const m = await import('./fake-ext');
  return { ext: m.ext, extensionOrigin: () => 'chrome-extension://testextensionid' };
});
import { decodeJwt } from 'jose';
import { fake } from './fake-ext';
import { useEmulator } from '../../support/use-emulator';
import { createVault } from '../../../src/background/vault/vault';
import { createProfilesStore } from '../../../src/background/profiles/profiles-store';
import { createLedgerStore } from '../../../src/background/ledger/ledger-store';
import { createTokenService } from '../../../src/background/mint/tokens';
import { createMintingApps } from '../../../src/background/mint/minting-apps';
import { applyProfileInput } from '../../../src/lib/profiles/profile-input';
import type { FetchLike } from '../../../src/lib/auth0/timed-fetch';

const emu = useEmulator({ cleanEachTest: true });
const fetchVia: FetchLike = (url, init) => emu.routed.fetch(url, init);
beforeEach(() => fake.reset());

async function setup(environment: 'development' | 'production' = 'development') {
  const vault = createVault({ iterations: 1000 });
  const profiles = createProfilesStore();
  const ledger = createLedgerStore();
  const tokens = createTokenService({ profiles, vault, ledger, fetch: fetchVia });
  const apps = createMintingApps({ profiles, vault, fetch: fetchVia, managementToken: async (p) => (await tokens.mint({ profileId: p.id, mode: 'client-credentials', scopes: [] })).token });
  await vault.setup('passphrase', 'correct horse battery staple');
  const c = emu.seed.clients.granted;
  const { profile, secrets } = applyProfileInput({ label: 'Demo', domain: emu.seed.domain, environment, clientId: c.clientId, clientSecret: c.clientSecret }, null, Date.now(), () => 'p1');
  await vault.putSecrets(profile.id, secrets);
  await profiles.put(profile);
  return { vault, profiles, ledger, tokens, apps };
}
const MGMT = () => emu.seed.managementAudience;
const scopesOf = (token: string) => String(decodeJwt(token).scope).split(' ').sort();
const patches = () => emu.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/api/v2/client-grants/'));

describe('exact-scope minting against the emulator', () => {
  it('plain client credentials carry every granted scope whatever was picked (FACTS §1)', async () => {
    const { tokens } = await setup();
    const r = await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users', 'read:clients'] });
    expect(scopesOf(r.token)).toEqual([...emu.seed.grants[0]!.scope].sort());
    expect(r.grantedScopes.length).toBeGreaterThan(2);
  });

  it('set-up creates an app and a client grant; a mint sets the grant once and the token carries exactly the picked set', async () => {
    const { tokens, apps, profiles, vault, ledger } = await setup();
    const app = await apps.create('p1', MGMT(), undefined, 'yes');
    expect(app).toMatchObject({ audience: MGMT(), created: true, name: 'Token Workbench minting app' });
    const grant = emu.seed.grants.find((g) => g.id === app.grantId)!;
    expect(grant).toMatchObject({ clientId: app.clientId, subjectType: 'client', scope: [] });
    expect((await profiles.require('p1')).mintingApps).toHaveLength(1);
    expect((await vault.getSecrets('p1')).mintingApps?.[app.clientId]).toBeTruthy();
    expect(JSON.stringify(fake.local.data)).not.toContain((await vault.getSecrets('p1')).mintingApps![app.clientId]!);

    emu.clearLog();
    const picked = ['read:users', 'read:clients', 'read:logs'];
    const r = await tokens.mint({ profileId: 'p1', mode: 'exact', scopes: picked });
    expect(scopesOf(r.token)).toEqual([...picked].sort());
    expect(r.grantedScopes.sort()).toEqual([...picked].sort());
    expect(r.warnings).toEqual([]);
    expect(r.grantChange).toMatchObject({ grantId: app.grantId, clientId: app.clientId, scopes: [...picked].sort() });
    expect(patches()).toHaveLength(1);
    expect(decodeJwt(r.token).azp).toBe(app.clientId);
    const entry = (await ledger.list(0, 10)).entries.find((e) => e.id === r.ledgerId)!;
    expect(entry).toMatchObject({ mode: 'exact', grantChange: { grantId: app.grantId } });

    // The same set again: served from the cache, no second PATCH.
    const again = await tokens.mint({ profileId: 'p1', mode: 'exact', scopes: [...picked].reverse() });
    expect(again.fromCache).toBe(true);
    expect(patches()).toHaveLength(1);
  });

  it('two different sets at the same moment each get their own set (serialized per tenant and audience)', async () => {
    const { tokens, apps } = await setup();
    await apps.create('p1', MGMT(), undefined, 'yes');
    const a = ['read:users'];
    const b = ['read:clients', 'read:logs'];
    const [ra, rb] = await Promise.all([tokens.mint({ profileId: 'p1', mode: 'exact', scopes: a }), tokens.mint({ profileId: 'p1', mode: 'exact', scopes: b })]);
    expect(scopesOf(ra.token)).toEqual(a);
    expect(scopesOf(rb.token)).toEqual([...b].sort());
  });

  it('works for a custom API too', async () => {
    const { tokens, apps } = await setup();
    const aud = emu.seed.apis.rsApi.identifier;
    await apps.create('p1', aud, 'Orders minting app', 'yes');
    const r = await tokens.mint({ profileId: 'p1', mode: 'exact', audience: aud, scopes: ['cancel:orders'] });
    expect(scopesOf(r.token)).toEqual(['cancel:orders']);
    expect(decodeJwt(r.token).aud).toBe(aud);
  });

  it('a PATCH refused for insufficient_scope names update:client_grants; a failed token request after a PATCH says so', async () => {
    const { tokens, apps } = await setup();
    const app = await apps.create('p1', MGMT(), undefined, 'yes');
    const g0 = emu.seed.grants[0]!;
    const saved = [...g0.scope];
    g0.scope = g0.scope.filter((s) => s !== 'update:client_grants');
    try {
      await expect(tokens.mint({ profileId: 'p1', mode: 'exact', scopes: ['read:users'] }, { bypassCache: true })).rejects.toMatchObject({ message: expect.stringContaining('update:client_grants') });
    } finally {
      g0.scope = saved;
    }
    // The user grants the scope: the cached management token (minted without it) is replaced, and the mint works.
    expect(scopesOf((await tokens.mint({ profileId: 'p1', mode: 'exact', scopes: ['read:users'] })).token)).toEqual(['read:users']);
    // The app's secret rotated behind our back: the PATCH works, the token request gets 401.
    emu.seed.createdClients.find((c) => c.clientId === app.clientId)!.clientSecret = 'rotated-elsewhere';
    const err = await tokens.mint({ profileId: 'p1', mode: 'exact', scopes: ['read:users', 'read:logs'] }).catch((e) => e);
    expect(err.message).toMatch(/^The minting app's grant now has exactly read:logs, read:users, but the token request failed: Wrong client ID or client secret/);
  });

  it('production needs the typed tenant name; an existing app can be linked instead; removal forgets it locally', async () => {
    const { apps, profiles, tokens } = await setup('production');
    await expect(apps.create('p1', MGMT(), undefined, 'yes')).rejects.toMatchObject({ message: expect.stringContaining('type the tenant name demo') });
    const ex = emu.seed.clients.ungranted;
    const linked = await apps.link('p1', MGMT(), ex.clientId, ex.clientSecret, 'demo');
    expect(linked).toMatchObject({ clientId: ex.clientId, created: false });
    const r = await tokens.mint({ profileId: 'p1', mode: 'exact', scopes: ['read:logs'] });
    expect(scopesOf(r.token)).toEqual(['read:logs']);
    expect(await apps.remove('p1', MGMT())).toEqual({ removed: true });
    expect((await profiles.require('p1')).mintingApps).toEqual([]);
    await expect(tokens.mint({ profileId: 'p1', mode: 'exact', scopes: ['read:logs'] })).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
  });

  it('a picked scope outside the grant in plain mode names only the missing ones', async () => {
    const { tokens } = await setup();
    const err = await tokens.mint({ profileId: 'p1', mode: 'client-credentials', scopes: ['read:users', 'delete:users'] }).catch((e) => e);
    expect(err.message).toMatch(/not granted delete:users for this API/);
    expect(err.message).not.toMatch(/not granted read:users/);
  });
});
