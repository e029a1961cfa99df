// Thin-slice end-to-end tests (Node → real Chromium with dist/chrome, against the emulator): the popup
// decodes, the right-click path hands a token to the inspector without putting it in a URL, the content
// script comes up on Auth0 pages (and only there), and the background's typed message router accepts a
// valid message and refuses an invalid one.
import type { Page } from 'playwright-core';
import { expect, test, withTimeout } from './fixtures';
import { InspectorPage, decodeViaContextMenu } from './pages/inspector';
import { PopupPage } from './pages/popup';
import { TrayHost } from './pages/tray';

const DASHBOARD = 'https://manage.auth0.com/dashboard/us/demo/apis/management/explorer';
const DOCS = 'https://auth0.com/docs/api/management/v2/users/get-users';

// Extension pages and the service worker have `chrome`; this Node-side file has no @types/chrome.
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown>; getManifest(): { version: string } } };

const bodyBackground = (page: Page) =>
  withTimeout(page.evaluate(() => getComputedStyle(document.body).backgroundColor), 5_000, 'reading the popup background');

test('the popup decodes a pasted emulator-minted token, in light and dark', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  const popup = new PopupPage(await extension.openPopup());

  await popup.paste(token);

  const header = await popup.headerJson();
  expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
  expect(header.kid).toEqual(expect.any(String));
  const claims = await popup.claimsJson();
  expect(claims).toMatchObject({
    iss: 'https://demo.us.auth0.com/',
    sub: `${seed.clients.granted.clientId}@clients`,
    aud: seed.managementAudience,
  });
  await expect(popup.copyHeader.isEnabled()).resolves.toBe(true);
  await expect(popup.openInTab.isEnabled()).resolves.toBe(true);

  await popup.page.emulateMedia({ colorScheme: 'light' });
  const light = await bodyBackground(popup.page);
  await extension.screenshot('popup-light', popup.page);
  await popup.page.emulateMedia({ colorScheme: 'dark' });
  const dark = await bodyBackground(popup.page);
  await extension.screenshot('popup-dark', popup.page);
  // The dark screenshot must actually be dark: the theme follows prefers-color-scheme.
  expect(dark).not.toBe(light);
});

test('right-click "Decode JWT" opens the inspector with the claims, and no token in its URL', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  const expectedClaims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

  // A real selection drags along whitespace and the "Bearer " of an Authorization header.
  const { page, openedUrl } = await decodeViaContextMenu(extension, `  Bearer ${token}\n`);
  await page.setViewportSize({ width: 1100, height: 800 });
  const handoffId = new URL(openedUrl).hash.slice(1);
  expect(handoffId).toMatch(/^[\w-]{16,}$/); // a one-time id travels in the URL, not the token
  const inspector = new InspectorPage(page);

  await expect(inspector.claimsJson()).resolves.toEqual(expectedClaims);
  await expect(inspector.notes.textContent({ timeout: 5_000 })).resolves.toMatch(/Bearer/); // and says what it cleaned
  const [header, payload, signature] = token.split('.') as [string, string, string];
  for (const part of [header, payload, signature]) {
    expect(openedUrl).not.toContain(part);
    expect(page.url()).not.toContain(part);
  }
  await expect.poll(() => new URL(page.url()).hash, { timeout: 5_000 }).toBe(''); // and even that is cleared
  await extension.screenshot('inspector', page);

  // The hand-off is one-time: opening the same link again yields nothing.
  const again = await extension.openInspector(handoffId);
  await expect(new InspectorPage(again).status.textContent({ timeout: 5_000 })).resolves.toMatch(/already opened or has expired/);
  await expect(new InspectorPage(again).claims.count()).resolves.toBe(0);
});

test('the content script marks ready on the dashboard and on a docs page, and not elsewhere', async ({ emulator, extension }) => {
  const page = await extension.context.newPage();
  for (const [name, url] of [['dashboard-explorer', DASHBOARD], ['docs-get-users', DOCS]] as const) {
    emulator.clearLog();
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    // The page really came from the emulator (host mapping works), not from the internet.
    expect(emulator.requests.some((r) => r.host === new URL(url).host && r.path === new URL(url).pathname)).toBe(true);
    const tray = new TrayHost(page);
    await expect(tray.settledState()).resolves.toBe('ready');
    await expect.poll(() => tray.count()).toBe(1);
    await extension.screenshot(name, page);
  }

  // Off the declared matches (attacker.example answers 404 from the emulator) the script must not run.
  await page.goto('https://attacker.example/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_000); // document_idle content scripts inject right after load
  await expect(new TrayHost(page).count()).resolves.toBe(0);
});

test('the background answers a typed ping and refuses an invalid payload', async ({ extension }) => {
  const page = await extension.openPopup();
  const send = (message: unknown) =>
    withTimeout(
      page.evaluate((m) => chrome.runtime.sendMessage(m), message),
      5_000,
      `sendMessage ${JSON.stringify(message)}`,
    );

  const ok = await send({ type: 'ping', payload: {} });
  const manifestVersion = await extension.evalInWorker(() => chrome.runtime.getManifest().version, undefined, 'reading the manifest');
  expect(ok).toMatchObject({ ok: true, data: { version: manifestVersion } });
  expect(manifestVersion).toMatch(/^\d+\.\d+\.\d+$/);

  await expect(send({ type: 'ping', payload: { x: 1 } })).resolves.toMatchObject({ ok: false, error: { code: 'ERR_INVALID_MESSAGE' } });
  await expect(send({ type: 'no-such-type', payload: {} })).resolves.toMatchObject({ ok: false, error: { code: 'ERR_UNKNOWN_TYPE' } });
});
