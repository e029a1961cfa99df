// "Lock now" and "Forget all secrets" clear every token the extension holds (issue 13 item 6, SECURITY B5.47):
// minted tokens, the pinned token, inspector hand-offs not yet collected, and the in-memory token cache.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => {
  const m = await import('./fake-ext');
  return { ext: m.ext, extensionOrigin: () => 'chrome-extension://testextensionid' };
});
import { fake } from './fake-ext';
import { createVault } from '../../../src/background/vault/vault';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwaW5uZWQifQ.c2ln';
beforeEach(() => fake.reset());

async function withTokens() {
  const onLock = vi.fn();
  const vault = createVault({ iterations: 1000, onLock });
  await vault.setup('passphrase', 'correct horse battery staple');
  await fake.session.set({
    pinnedToken: TOKEN,
    'handoff:AAAAAAAAAAAAAAAAAAAAAA': { token: TOKEN, tabId: 4, createdAt: Date.now() },
    mintedTokens: { l1: { token: TOKEN, exp: null, cacheKey: 'k', granted: [] } },
    jwksCache: {},
  });
  return { vault, onLock };
}

describe('lock and forget clear every token (issue 13 item 6)', () => {
  it.each(['lock', 'forget'] as const)('%s removes the pinned token, hand-offs and minted tokens, and drops the caches', async (action) => {
    const { vault, onLock } = await withTokens();
    await vault[action]();
    expect(JSON.stringify(fake.session.data)).not.toContain(TOKEN);
    expect(Object.keys(fake.session.data).filter((k) => k.startsWith('handoff:'))).toEqual([]);
    expect(fake.session.data.pinnedToken).toBeUndefined();
    expect(onLock).toHaveBeenCalled();
    expect(Object.keys(fake.session.data)).toContain('jwksCache'); // public keys are not secrets
  });
});
