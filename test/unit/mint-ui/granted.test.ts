// The Mint tab's granted scopes (issue #4; issue #16: the memory is the background's): `loadGranted` asks the
// background first and, when it knows nothing, falls back to the ledger's newest entry for the profile and audience
// that asked for no particular scope. Runs in vitest with a mocked `send`.
import { beforeEach, describe, expect, it, vi } from 'vitest';
const send = vi.fn();
vi.mock('../../../src/shared/rpc', () => ({ send: (...args: unknown[]) => send(...args) }));
import { loadGranted } from '../../../src/ui/mint/granted';

const MGMT = 'https://demo.us.auth0.com/api/v2/';
const entry = (profileId: string, aud: string, requestedScopes: string[], scopes: string[]) => ({ profileId, aud, requestedScopes, scopes });
const LEDGER = [
  entry('p1', MGMT, ['read:users'], ['read:users', 'read:logs']), // newest, but narrowed: says nothing of the grant
  entry('p2', MGMT, [], ['read:clients']),
  entry('p1', 'https://orders/', [], ['read:orders']),
  entry('p1', MGMT, [], ['read:users', 'read:logs', 'read:clients']),
  entry('p1', MGMT, [], ['read:users']), // older
];

function answer(memory: { ok: true; data: { scopes: string[] | null } } | { ok: false; error: { code: string; message: string } }, ledger = { ok: true, data: { entries: LEDGER, total: LEDGER.length } }) {
  send.mockImplementation(async (type: string) => (type === 'mint.grantedScopes' ? memory : ledger));
}

beforeEach(() => send.mockReset());

describe('loadGranted', () => {
  it('takes what the background remembers, and asks nothing else', async () => {
    answer({ ok: true, data: { scopes: ['read:users', 'create:users'] } });
    expect(await loadGranted('p1', MGMT)).toEqual(['read:users', 'create:users']);
    expect(send.mock.calls).toEqual([['mint.grantedScopes', { profileId: 'p1', audience: MGMT }]]);
  });
  it('falls back to the newest ledger entry of the profile and audience that asked for no particular scope', async () => {
    answer({ ok: true, data: { scopes: null } });
    expect(await loadGranted('p1', MGMT)).toEqual(['read:users', 'read:logs', 'read:clients']);
    expect(send).toHaveBeenLastCalledWith('ledger.list', { limit: 100, offset: 0 });
    expect(await loadGranted('p1', 'https://orders/')).toEqual(['read:orders']);
    expect(await loadGranted('p3', MGMT)).toBeUndefined();
  });
  it('falls back to the ledger when the background refuses, and knows nothing when the ledger cannot be read', async () => {
    answer({ ok: false, error: { code: 'ERR_INTERNAL', message: 'x' } });
    expect(await loadGranted('p2', MGMT)).toEqual(['read:clients']);
    answer({ ok: true, data: { scopes: null } }, { ok: false, error: { code: 'ERR_LOCKED', message: 'x' } } as never);
    expect(await loadGranted('p1', MGMT)).toBeUndefined();
  });
});
