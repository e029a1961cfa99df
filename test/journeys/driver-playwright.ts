// The Chromium driver of the user journeys (Node, playwright-core): wraps the e2e launcher's ExtensionHandle
// (test/e2e/launch.ts). Roles and names map to getByRole/getByLabel with exact names; like puppeteer's query on
// Firefox, the first match counts. The tray is driven over CDP (test/e2e/pages/tray.ts ShadowTray).
import type { Page } from 'playwright-core';
import type { ExtensionHandle } from '../e2e/launch';
import { POPUP_SIZE } from '../e2e/launch';
import { stopServiceWorkers } from '../e2e/pages/options';
import { decodeViaContextMenu } from '../e2e/pages/inspector';
import { ShadowTray } from '../e2e/pages/tray';
import { withTimeout } from '../e2e/timeout';
import { until, type Driver, type Reply, type Role, type UiPage } from './driver';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

function wrap(page: Page, extension: ExtensionHandle): UiPage {
  const byRole = (role: Role, name: string) => page.getByRole(role, { name, exact: true }).first();
  const byTestId = (id: string) => page.getByTestId(id).first();
  const ui: UiPage = {
    url: () => page.url(),
    fill: (label, value) => page.getByLabel(label, { exact: true }).first().fill(value),
    click: (role, name, opts = {}) => byRole(role, name).click({ clickCount: opts.count ?? 1 }),
    value: (label) => page.getByLabel(label, { exact: true }).first().inputValue(),
    select: async (label, option) => void (await page.getByLabel(label, { exact: true }).selectOption({ label: option })),
    waitFor: (role, name, ms = 10_000) => byRole(role, name).waitFor({ timeout: ms }),
    isDisabled: (role, name) => byRole(role, name).isDisabled(),
    text: async (id, ms = 10_000) => (await byTestId(id).textContent({ timeout: ms })) ?? '',
    textUntil: (id, accept, ms = 15_000) =>
      until(() => withTimeout(page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, `[data-testid="${id}"]`), 2_000, id), (t): t is string => t !== null && accept(t), `text of ${id}`, ms) as Promise<string>,
    evaluate: (fn, arg, what, ms = 10_000) => withTimeout(page.evaluate(fn as never, arg as never) as Promise<never>, ms, what),
    poll: (fn, arg, what, ms = 10_000) => until(() => withTimeout(page.evaluate(fn as never, arg as never) as Promise<never>, 2_000, what), Boolean, what, ms) as Promise<never>,
    send: <T>(type: string, payload: unknown) =>
      withTimeout(page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const), 20_000, `sendMessage ${type}`) as Promise<Reply<T>>,
    async tray() {
      await page.locator('[data-token-workbench="ready"]').first().waitFor({ state: 'attached', timeout: 15_000 });
      return ShadowTray.attach(page);
    },
    screenshot: async (name) => void (await extension.screenshot(name, page)),
    close: () => page.close(),
  };
  return ui;
}

export function playwrightDriver(extension: ExtensionHandle): Driver {
  return {
    browser: 'chromium',
    extensionId: extension.extensionId,
    origin: `chrome-extension://${extension.extensionId}`,
    async openExtensionPage(path, opts = {}) {
      const page = await extension.context.newPage();
      if (opts.popup) await page.setViewportSize(POPUP_SIZE);
      await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
      return wrap(page, extension);
    },
    async openWebPage(url, opts = {}) {
      const page = await extension.context.newPage();
      if (opts.beforeLoad) await page.addInitScript(opts.beforeLoad);
      await page.goto(url);
      return wrap(page, extension);
    },
    async waitForTab(match, ms = 10_000) {
      const page = await until(async () => extension.context.pages().find((p) => match(p.url())), Boolean, 'a matching tab', ms);
      await page!.waitForLoadState('load');
      return wrap(page!, extension);
    },
    async decodeViaContextMenu(selection) {
      const { page, openedUrl } = await decodeViaContextMenu(extension, selection);
      return { page: wrap(page, extension), openedUrl };
    },
    async restartBackground() {
      const page = extension.context.pages()[0] ?? (await extension.context.newPage());
      await stopServiceWorkers(page);
    },
    tabCount: async () => extension.context.pages().length,
  };
}
