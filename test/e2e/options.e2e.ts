// Options page end-to-end (issue #4), real Chromium against the emulator: the demo profile is created through
// the UI on a passphrase vault, "Test credentials" shows the granted scopes (and the popup's picker lists them
// first), no secret is in clear anywhere (storage areas, page DOM, a dashboard page with the content script,
// content-script messages), and the vault's lock, auto-lock and unlock plus the ledger survive a stopped and
// restarted service worker.
import type { Page } from 'playwright-core';
import { expect, test, withTimeout, type ExtensionHandle } from './fixtures';
import { dumpDom, dumpStorage, findSecrets, OptionsPage, sendFromPage, stopServiceWorkers } from './pages/options';
import { TrayHost } from './pages/tray';
import { MintTab } from './pages/mint';

const PASS = 'correct horse battery staple';

async function openOptions(extension: ExtensionHandle): Promise<OptionsPage> {
  const page = await extension.context.newPage();
  await page.goto(OptionsPage.url(extension.extensionId));
  return new OptionsPage(page);
}

async function vaultLocked(page: Page): Promise<boolean> {
  const r = await sendFromPage<{ locked: boolean }>(page, 'vault.status', {});
  return r.data?.locked ?? false;
}

test('demo profile created through the UI; Test credentials shows the granted scopes; no secret in clear', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const options = await openOptions(extension);
  // The content script's page, to spy on what the background sends to tabs and to scan its DOM.
  await extension.evalInWorker(() => {
    const g = globalThis as unknown as { __sent: string[]; chrome: { tabs: { sendMessage: (...a: unknown[]) => unknown } } };
    g.__sent = [];
    const orig = g.chrome.tabs.sendMessage.bind(g.chrome.tabs);
    g.chrome.tabs.sendMessage = (...a: unknown[]) => (g.__sent.push(JSON.stringify(a)), orig(...a));
  }, null, 'spying on tabs.sendMessage');

  await options.setupPassphrase(PASS);
  await options.addProfile({ label: 'Demo', domain: seed.domain, clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret });
  const text = await options.testCredentials('Demo');
  expect(text).toContain('Token obtained, scopes granted:');
  for (const s of ['read:users', 'read:clients', 'blacklist:tokens']) expect(text).toContain(s);
  await expect(options.profile('Demo').textContent()).resolves.toContain('secret ••• saved');
  // The background remembers what the test found (issue #16; no ledger entry exists yet): the popup's scope
  // picker lists those scopes first, tagged "granted".
  const mint = await new MintTab(await extension.openPopup()).open();
  await expect.poll(() => mint.page.locator('.scope-list .tag', { hasText: 'granted' }).count()).toBeGreaterThan(0);
  expect(seed.grants[0]!.scope).toContain(await mint.page.getByRole('checkbox').first().getAttribute('aria-label'));
  await mint.page.close();
  await extension.screenshot('options-profile', options.page);

  // Editing shows "••• saved" with Replace, never the secret.
  await options.profileButton('Demo', 'Edit Demo').click();
  await expect(options.button('Replace Client secret').isVisible()).resolves.toBe(true);
  await options.button('Cancel').click();

  const dashboard = await extension.context.newPage();
  await dashboard.goto('https://manage.auth0.com/dashboard/us/demo/apis/management/explorer');
  await new TrayHost(dashboard).host.waitFor({ state: 'attached', timeout: 15_000 });
  const cs = await sendFromPage(options.page, 'profiles.list', {}); // what a content script may receive
  const sent = await extension.evalInWorker(() => (globalThis as unknown as { __sent: string[] }).__sent.join('\n'), null, 'reading the spy');

  const secrets = [seed.clients.granted.clientSecret];
  const storage = await dumpStorage(options.page);
  expect(findSecrets(storage.local, secrets)).toEqual([]);
  expect(findSecrets(storage.sync, secrets)).toEqual([]);
  expect(findSecrets(storage.session, secrets)).toEqual([]);
  expect(findSecrets(await dumpDom(options.page), secrets)).toEqual([]);
  expect(findSecrets(await dumpDom(dashboard), secrets)).toEqual([]);
  expect(findSecrets(JSON.stringify(cs) + sent, secrets)).toEqual([]);
  expect(storage.sync).toBe('{}');
});

test('the options page follows the theme setting and changes it for every page', async ({ extension }) => {
  const popup = await extension.openPopup();
  expect(await sendFromPage(popup, 'settings.setTheme', { theme: 'dark' })).toMatchObject({ ok: true });
  const options = await openOptions(extension);
  await expect.poll(() => options.theme()).toBe('dark');
  await expect(options.themeSelect.inputValue()).resolves.toBe('dark');
  await extension.screenshot('options-dark', options.page);
  // Changed here, the popup (another page) follows through storage.
  await options.themeSelect.selectOption('light');
  await expect.poll(() => popup.evaluate(() => document.documentElement.dataset['theme'] ?? 'system')).toBe('light');
  await expect.poll(() => options.theme()).toBe('light');
});

test('production is red and asks for the tenant name; strict domain input shows a homoglyph as punycode', async ({ extension }) => {
  const options = await openOptions(extension);
  await options.setupPassphrase(PASS);
  await options.button('Add profile').click();
  await options.tenantDomain.fill('demo.us.auth0.c\u03bfm'); // Greek omicron
  await expect(options.alert.first().textContent()).resolves.toMatch(/xn--/);
  await options.tenantDomain.fill('demo.us.auth0.com@evil.example');
  await expect(options.alert.first().textContent()).resolves.toMatch(/user part/);
  await options.button('Cancel').click();

  await options.addProfile({ label: 'Prod', domain: 'prod.eu.auth0.com', environment: 'production', clientId: 'prodClientId000000000000000000001', clientSecret: 'prod-secret-0123456789abcdef' });
  const badge = options.environmentBadge('Prod');
  const color = await withTimeout(badge.evaluate((el) => getComputedStyle(el).backgroundColor), 5_000, 'badge colour');
  expect(color).toBe('rgb(220, 38, 38)');
  await options.profileButton('Prod', 'Remove Prod').click();
  const confirm = options.dialog(/production tenant prod/);
  await expect(confirm.getByRole('button', { name: 'Remove profile' }).isDisabled()).resolves.toBe(true);
  await confirm.getByLabel('Type the tenant name to confirm').fill('prod');
  await confirm.getByRole('button', { name: 'Remove profile' }).click();
  await options.profile('Prod').waitFor({ state: 'detached' });
});

test('lock, unlock, auto-lock and the ledger across a stopped and restarted worker', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const options = await openOptions(extension);
  await options.setupPassphrase(PASS);
  await options.addProfile({ label: 'Demo', domain: seed.domain, clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret });
  const profiles = await sendFromPage<{ id: string }[]>(options.page, 'profiles.list', {});
  const profileId = profiles.data?.[0]?.id as string;
  const minted = await sendFromPage(options.page, 'mint.request', { profileId, mode: 'client-credentials', scopes: [] });
  expect(minted.ok).toBe(true);

  // Worker stopped while unlocked: still unlocked (the key is in storage.session), ledger intact.
  await stopServiceWorkers(options.page);
  expect(await vaultLocked(options.page)).toBe(false);
  await options.page.reload();
  await options.ledgerRows().first().waitFor();
  await expect.poll(() => options.ledgerRows().count()).toBe(1);

  // Lock now → after a restart still locked; unlock works on the restarted worker.
  await options.lockNow();
  await stopServiceWorkers(options.page);
  expect(await vaultLocked(options.page)).toBe(true);
  await options.page.reload();
  await options.unlock(PASS);
  await expect.poll(() => options.ledgerRows().count()).toBe(1);

  // Auto-lock: 1 minute, with the last activity backdated 2 minutes; the check runs when the worker wakes.
  await options.autoLockMinutes.fill('1');
  await options.button('Save auto-lock').click();
  await options.autoLockSaved(1);
  await options.page.evaluate(() => (globalThis as never as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ lastActivity: Date.now() - 120_000 }));
  await stopServiceWorkers(options.page);
  const ping = await sendFromPage(options.page, 'ping', {}); // wakes the worker; its wake check locks
  expect(ping.ok).toBe(true);
  await expect.poll(() => vaultLocked(options.page), { timeout: 10_000 }).toBe(true);
  await options.page.reload();
  await options.passphrase.waitFor();
  await extension.screenshot('options-locked', options.page);
});
