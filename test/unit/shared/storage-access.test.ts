// storage.local is limited to trusted contexts on Chrome, and the call is skipped where the browser lacks it
// (Firefox) without failing the worker start (issue 13 item 4). The e2e proof is in test/e2e/security.e2e.ts.
import { describe, expect, it, vi } from 'vitest';
import { restrictToTrustedContexts } from '../../../src/background/storage-access';

describe('restrictToTrustedContexts (issue 13 item 4)', () => {
  it('asks Chrome for TRUSTED_CONTEXTS on storage.local', async () => {
    const area = { setAccessLevel: vi.fn(async function (this: unknown) { expect(this).toBe(area); }) };
    expect(await restrictToTrustedContexts(area)).toBe('restricted');
    expect(area.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });
  it('is a no-op on Firefox, and a refusal never throws', async () => {
    expect(await restrictToTrustedContexts({})).toBe('unsupported');
    expect(await restrictToTrustedContexts(undefined)).toBe('unsupported');
    expect(await restrictToTrustedContexts({ setAccessLevel: async () => Promise.reject(new Error('no')) })).toBe('failed');
  });
});
