// Upgrade and downgrade in a real browser (SECURITY B7.58): stored data from a NEWER version (a downgrade) puts
// the extension in read-only mode once the worker restarts: writing messages are refused with ERR_READ_ONLY,
// reading ones still work, and nothing stored is changed or wiped. Back on a known version, writes work again.
import type { Page } from 'playwright-core';
import { expect, test, withTimeout } from './fixtures';
import { MintTab } from './pages/mint';
import { OptionsPage, setupDemoProfile, stopServiceWorkers } from './pages/options';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void> } };
};

type Reply = { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };
const send = (page: Page, type: string, payload: unknown) =>
  withTimeout(page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const), 10_000, type) as Promise<Reply>;
const local = (page: Page) => withTimeout(page.evaluate(() => chrome.storage.local.get(null)), 5_000, 'reading storage.local');

test('data from a newer version: read-only, writes refused, nothing changed; a known version writes again', async ({ extension }) => {
  const page = await extension.openPopup();
  const ping = await send(page, 'ping', {});
  expect(ping).toMatchObject({ ok: true, data: { readOnly: false } });
  const current = (await local(page)).stateVersion;
  expect(current).toEqual(expect.any(Number));

  // What a newer build would have left behind: a higher stateVersion and a setting this build must not touch.
  await withTimeout(page.evaluate(() => chrome.storage.local.set({ stateVersion: 99, settings: { theme: 'dark', leewaySeconds: 60, autoLockMinutes: 15 }, fromTheFuture: { keep: true } })), 5_000, 'writing the fixture');
  await stopServiceWorkers(page);

  expect(await send(page, 'ping', {})).toMatchObject({ ok: true, data: { readOnly: true } });
  expect(await send(page, 'settings.setTheme', { theme: 'light' })).toMatchObject({ ok: false, error: { code: 'ERR_READ_ONLY' } });
  expect(await send(page, 'vault.setup', { mode: 'session' })).toMatchObject({ ok: false, error: { code: 'ERR_READ_ONLY' } });
  expect(await send(page, 'profiles.list', {})).toMatchObject({ ok: true }); // reading still works
  const after = await local(page);
  expect(after).toMatchObject({ stateVersion: 99, settings: { theme: 'dark' }, fromTheFuture: { keep: true } });
  expect(after.vault ?? null).toBeNull();
  const options = new OptionsPage(await extension.context.newPage());
  await options.page.goto(OptionsPage.url(extension.extensionId));
  await expect(withTimeout(options.readOnlyNotice.textContent({ timeout: 10_000 }), 12_000, 'the read-only notice')).resolves.toMatch(/newer version/);
  await extension.screenshot('options-read-only', options.page);
  await options.page.close();

  // The user updates the extension again (simulated: the data is back on a version this build knows).
  await withTimeout(page.evaluate((v) => chrome.storage.local.set({ stateVersion: v }), current), 5_000, 'restoring the version');
  await stopServiceWorkers(page);
  expect(await send(page, 'ping', {})).toMatchObject({ ok: true, data: { readOnly: false } });
  expect(await send(page, 'settings.setTheme', { theme: 'light' })).toMatchObject({ ok: true });
  expect((await local(page)).settings).toMatchObject({ theme: 'light' });
});

test('the worker stopped in the middle of a mint: the popup says "interrupted, try again" and recovers (SECURITY B6.55)', async ({ emulator, extension }) => {
  const { seed } = emulator;
  await setupDemoProfile(extension.context, extension.extensionId, { domain: seed.domain, ...seed.clients.granted });

  const mint = await new MintTab(await extension.openPopup()).open();
  emulator.faults.add({ route: 'POST /oauth/token', kind: 'hang', count: 1 });
  await mint.generate.click();
  await expect.poll(() => emulator.requests.some((r) => r.path.startsWith('/oauth/token')), { timeout: 10_000 }).toBe(true);
  await stopServiceWorkers(mint.page);

  await mint.alert.waitFor({ timeout: 10_000 });
  await expect(mint.alert.textContent()).resolves.toMatch(/stopped before answering/i);
  await mint.alert.scrollIntoViewIfNeeded();
  await extension.screenshot('popup-mint-interrupted', mint.page);
  // Nothing half-done was committed, and the next click works (the vault key survived in storage.session).
  expect(await mint.mint()).toBe('token');
});
