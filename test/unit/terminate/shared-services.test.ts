// The Terminate service on the background's shared services (issue #16): management tokens come from the token
// service, a request counts as activity with the caller's own sender (the auto-lock's idle clock), ledger states
// go through the ledger store, and a rotated client secret reaches the vault the way a save from Options puts it
// there (the other secrets kept, `hasSecret` and `updatedAt` updated; a locked vault stores nothing).
import { describe, expect, it } from 'vitest';
import { createTerminateService } from '../../../src/background/terminate/service';
import type { SenderInfo } from '../../../src/background/router';
import { appError } from '../../../src/lib/errors';
import { entry, fakeApi, makeDeps, profile } from './helpers';

const GLOBAL = 'GlobalClient0000000000000000005';
const popup: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html', origin: 'chrome-extension://ext' };
const rotated = (clientId: string) => fakeApi(() => ({ status: 200, body: { client_id: clientId, client_secret: 'NEW-SECRET' } }));

describe('terminate on the shared services', () => {
  it('counts the caller as activity before each management token, with the sender it was given', async () => {
    const api = fakeApi((c) => (c.method === 'POST' ? { status: 204 } : { status: 200, body: [{ aud: GLOBAL, jti: 'J' }] }));
    const { deps, activity, mints, states } = makeDeps(api.fetch, { ledger: [entry({ id: 'e1', jti: 'J' })] });
    await createTerminateService(deps)['blacklist.add']({ profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'yes' }, popup);
    expect(mints).toEqual([{ profileId: 'p1', mode: 'client-credentials', scopes: [] }]);
    expect(activity).toEqual([popup]);
    expect(activity[0]).toBe(popup);
    expect(states.e1).toEqual(['pending', 'blacklisted']);
  });

  it('counts nothing when the request stops before any token is needed (not confirmed)', async () => {
    const { deps, activity, mints } = makeDeps(fakeApi(() => ({ status: 204 })).fetch);
    await expect(createTerminateService(deps)['blacklist.add']({ profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'no' }, popup)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' });
    expect(mints).toEqual([]);
    expect(activity).toEqual([]);
  });

  it('stores a rotated secret of the profile own client next to the secrets it already had', async () => {
    const p = profile({ updatedAt: 5 });
    const { deps, secrets, profiles, activity } = makeDeps(rotated(p.clientId!).fetch, { profiles: [p], secrets: { p1: { clientSecret: 'OLD', globalClientSecret: 'LEGACY' } } });
    deps.now = () => 1_800_000_000_000;
    const r = await createTerminateService(deps)['lever.rotateSecret']({ profileId: 'p1', clientId: p.clientId!, confirm: 'yes', storeInVault: true, reveal: false }, popup);
    expect(r).toMatchObject({ rotated: true, stored: true });
    expect(secrets.p1).toEqual({ clientSecret: 'NEW-SECRET', globalClientSecret: 'LEGACY' });
    expect(profiles[0]).toMatchObject({ id: 'p1', label: 'Demo', hasSecret: { client: true, customApi: false, legacy: true }, updatedAt: 1_800_000_000_000 });
    expect(profiles[0]!.hs256).toEqual(p.hs256);
    expect(activity).toEqual([popup, popup]); // the management token, then the save
  });

  it('a locked vault: the secret is rotated but not stored, the profile is unchanged, and the answer says so', async () => {
    const p = profile();
    const { deps, profiles, stored } = makeDeps(rotated(p.clientId!).fetch, { profiles: [p] });
    deps.vault.getSecrets = async () => {
      throw appError('ERR_LOCKED', 'The vault is locked.');
    };
    const r = await createTerminateService(deps)['lever.rotateSecret']({ profileId: 'p1', clientId: p.clientId!, confirm: 'yes', storeInVault: true, reveal: false }, popup);
    expect(r).toMatchObject({ rotated: true, stored: false });
    expect(r.message).toContain('Storing it in the vault failed');
    expect(stored).toEqual([]);
    expect(profiles[0]).toBe(p);
  });
});
