// The minted-token ledger in the options page (issue #4): a minted token is listed (metadata only), Reveal shows
// the token held for this session, Re-mint repeats the same request and adds a row, and Export JSON downloads the
// ledger without tokens unless the user asks for them. Runs in Node against real Chromium and the emulator.
import { readFileSync } from 'node:fs';
import { expect, test, withTimeout } from './fixtures';
import { OptionsPage, sendFromPage, setupDemoProfile } from './pages/options';

type Export = { format: string; includesTokens: boolean; entries: { id: string; scopes: string[]; requestedScopes: string[]; token?: string }[] };

test('ledger: listed, revealed, re-minted and exported (tokens only when asked)', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const { page, profileId } = await setupDemoProfile(extension.context, extension.extensionId, { domain: seed.domain, ...seed.clients.granted });
  const minted = (await sendFromPage(page, 'mint.request', { profileId, mode: 'client-credentials', scopes: ['read:users', 'read:logs'] })) as { ok: boolean; data: { ledgerId: string; token: string } };
  expect(minted.ok).toBe(true);
  await page.reload();

  const ledger = new OptionsPage(page);
  await expect.poll(() => ledger.ledgerRows().count()).toBe(1);
  // FACTS §1: the token carries the whole grant; the row names the profile by its label, never an internal id.
  const row = (await ledger.ledgerRows().first().textContent()) ?? '';
  expect(row).toContain(seed.grants[0]!.scope.join(' '));
  expect(row).toContain('Demo');
  expect(row).not.toContain(profileId);
  // The list itself never carries the token; Reveal fetches it from the session.
  await expect(page.content()).resolves.not.toContain(minted.data.token);
  await ledger.ledgerButton(`Reveal token ${minted.data.ledgerId}`).click();
  await expect(ledger.revealedToken.textContent({ timeout: 10_000 })).resolves.toBe(minted.data.token);

  const tokenRequests = () => emulator.requests.filter((r) => r.path.startsWith('/oauth/token')).length;
  const before = tokenRequests();
  await ledger.ledgerButton(`Re-mint ${minted.data.ledgerId}`).click();
  await expect.poll(() => ledger.ledgerRows().count(), { timeout: 15_000 }).toBe(2);
  expect(tokenRequests()).toBe(before + 1); // a fresh call, not the cache

  const download = async (): Promise<Export> => {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), ledger.ledgerButton('Export JSON').click()]);
    const path = await withTimeout(file.path(), 10_000, 'the download');
    return JSON.parse(readFileSync(path, 'utf8')) as Export;
  };
  const plain = await download();
  expect(plain).toMatchObject({ format: 'token-workbench-ledger', includesTokens: false });
  expect(plain.entries).toHaveLength(2);
  expect(plain.entries.every((e) => e.token === undefined && e.scopes.join(' ') === seed.grants[0]!.scope.join(' '))).toBe(true);
  expect(plain.entries.every((e) => e.requestedScopes.join(' ') === 'read:users read:logs')).toBe(true);
  expect(JSON.stringify(plain)).not.toContain(seed.clients.granted.clientSecret);

  await ledger.exportWithTokens.check();
  const withTokens = await download();
  expect(withTokens.includesTokens).toBe(true);
  expect(withTokens.entries.find((e) => e.id === minted.data.ledgerId)?.token).toBe(minted.data.token);
  await extension.screenshot('options-ledger', page);
});
