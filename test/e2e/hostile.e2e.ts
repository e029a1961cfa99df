// End-to-end test of SECURITY B4.35/38 for the content script: a hostile page on manage.auth0.com forging
// window.postMessage, CustomEvents and runtime.sendMessage gets nothing (no mint request reaches the tenant,
// nothing is added to the page); and on a decorated dashboard page, a page script clicking our controls
// (synthetic, untrusted clicks) changes nothing. Runs in Node against Chromium + the emulator.
import { expect, test, withTimeout } from './fixtures';
import { ScopeToggles } from './pages/scope-toggles';
import { TrayHost } from './pages/tray';

test('a hostile page forging messages and events gets nothing', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const popup = await extension.openPopup();
  const send = (m: unknown) => withTimeout(popup.evaluate((msg) => (globalThis as any).chrome.runtime.sendMessage(msg), m), 10_000, 'sendMessage');
  await send({ type: 'vault.setup', payload: { mode: 'session' } });
  await send({ type: 'profiles.save', payload: { label: 'Demo', domain: seed.domain, environment: 'development',
    clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret } });
  emulator.clearLog();

  const page = await extension.context.newPage();
  await page.goto(`https://manage.auth0.com/__hostile/?ext=${extension.extensionId}`);
  await page.waitForFunction(() => (window as any).__hostileDone === true, undefined, { timeout: 10_000 });
  await page.waitForTimeout(500);
  const log = (await page.evaluate(() => (window as any).__hostileLog)) as { kind: string; detail: any }[];
  expect(log.some((e) => e.kind === 'postMessage')).toBe(true);
  // Any forged runtime.sendMessage got no data back (externally_connectable is empty).
  for (const e of log.filter((x) => x.kind === 'sendMessage-reply')) expect(e.detail.reply?.ok).not.toBe(true);
  expect(emulator.requests.filter((r) => r.path.startsWith('/oauth/token'))).toEqual([]);
  // Our script is there (one host) but added nothing to this page, and its fake toggle stays fake.
  await expect.poll(() => new TrayHost(page).count()).toBe(1);
  await expect(new ScopeToggles(page).ours().count()).resolves.toBe(0);
  // The hostile page's own look-alike toggle ("add to token") keeps the state the page gave it.
  await expect(page.getByRole('button', { name: 'add to token', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
  const html = await page.content();
  expect(html).not.toContain(seed.clients.granted.clientSecret);
});

test('page scripts clicking our toggles and Decode buttons change nothing', async ({ emulator, extension }) => {
  const page = await extension.context.newPage();
  for (const [tab, minimum] of [['explorer', 1], ['permissions', 100]] as const) {
    await page.goto(`https://manage.auth0.com/dashboard/us/demo/apis/management/${tab}`);
    await page.waitForTimeout(400);
    emulator.clearLog();
    const pagesBefore = extension.context.pages().length;
    const clicked = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLElement>('[data-token-workbench-ui]')];
      for (const b of buttons) {
        b.click();
        b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }
      window.postMessage({ type: 'mint.request', payload: { profileId: 'x', mode: 'client-credentials', scopes: ['read:users'] } }, '*');
      return buttons.length;
    });
    expect(clicked, tab).toBeGreaterThanOrEqual(minimum);
    await page.waitForTimeout(500);
    await expect(new ScopeToggles(page).ours({ pressed: true }).count()).resolves.toBe(0);
    expect(extension.context.pages().length, 'a synthetic Decode click opened the inspector').toBe(pagesBefore);
    expect(emulator.requests.filter((r) => r.path.startsWith('/oauth/token'))).toEqual([]);
  }
});
