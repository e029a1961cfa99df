// The Firefox driver of the user journeys (Node, puppeteer-core over WebDriver BiDi): wraps a Firefox launched
// by test/firefox/launch.ts. Roles and names map to puppeteer's ARIA query (`::-p-aria([name=..][role=..])`,
// Firefox's accessibility tree). Every wait is bounded. Firefox specifics are documented where they bite:
// extension pages open in a new tab each time (after a same-tab navigation between extension pages the ARIA
// query finds nothing), and the event page is reached through runtime.getBackgroundPage (test/firefox/ext.ts).
// The tray is driven over WebDriver BiDi (test/firefox/shadow.ts ClosedShadow).
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { withTimeout } from '../e2e/timeout';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS } from '../firefox/context';
import { clickDecodeMenu, waitForTab } from '../firefox/ext';
import { ClosedShadow } from '../firefox/shadow';
import { ADDON_ID, EXTENSION_ORIGIN, gotoExtensionPage } from '../firefox/launch';
import { check, until, type Driver, type Reply, type Role, type UiPage } from './driver';

type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown>; getBackgroundPage(): Promise<any> } };
const aria = (name: string, role?: Role) => `::-p-aria([name=${JSON.stringify(name)}]${role ? `[role="${role}"]` : ''})`;

function wrap(page: Page): UiPage {
  const find = async (selector: string, ms: number, visible = true) => {
    const el = await page.waitForSelector(selector, { timeout: ms, visible });
    check(el, `no ${selector}`);
    return el;
  };
  /** Runs `probe` until it finds something, without scrolling: an ARIA query goes through the accessibility tree,
   *  and a control a screen-reader user cannot reach until it is on screen must fail here. (Firefox left
   *  off-screen sections with `content-visibility: auto` out of that tree; the product's .panel no longer uses it.) */
  const seek = async <T>(what: string, probe: () => Promise<T | null>, ms: number): Promise<T> =>
    (await until(() => withTimeout(probe(), 4_000, what), Boolean, what, ms)) as T;
  const findAria = (name: string, role: Role | undefined, ms: number, visible = true): Promise<ElementHandle> =>
    seek(`${role ?? 'control'} named "${name}"`, async () => {
      const el = await page.$(aria(name, role));
      return el && (!visible || (await el.isVisible())) ? el : null;
    }, ms);
  /** The ARIA query also matches the <label> itself (Firefox exposes it with the same name), and a password
   *  field's role is not "textbox" there: the first match that is a form field. */
  const field = (label: string): Promise<ElementHandle> =>
    seek(`a field labelled ${label}`, async () => {
      for (const h of await page.$$(aria(label))) {
        if (await h.evaluate((e) => ['INPUT', 'TEXTAREA'].includes(e.tagName))) return h;
      }
      return null;
    }, 10_000);
  const ui: UiPage = {
    url: () => page.url(),
    async fill(label, value) {
      const el = await field(label);
      // What a paste does: the value changes at once and one input event fires. (Typing key by key takes ~9 s
      // for a token under BiDi, and Locator.fill times out on a textarea in puppeteer 24.43.1.)
      await withTimeout(
        el.evaluate((e, v) => {
          const input = e as HTMLInputElement;
          input.focus();
          input.value = v;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, value),
        5_000,
        `filling ${label}`,
      );
    },
    value: async (label) => withTimeout((await field(label)).evaluate((e) => (e as HTMLInputElement).value), 5_000, `reading ${label}`),
    async click(role, name, opts = {}) {
      // A user clicks in the tab in front; Firefox's accessibility tree of a background tab may not answer the
      // ARIA query at all (a dashboard tab opened before another one did not, in the lane).
      await withTimeout(page.bringToFront(), 5_000, 'bringing the tab to the front');
      const el = await findAria(name, role, 10_000);
      await withTimeout(el.click({ count: opts.count ?? 1 }), 5_000, `clicking ${role} ${name}`);
    },
    async select(label, option) {
      const el = await findAria(label, 'combobox', 10_000);
      const ok = await withTimeout(
        el.evaluate((e, text) => {
          const select = e as HTMLSelectElement;
          const hit = [...select.options].find((o) => o.textContent?.trim() === text);
          if (!hit) return false;
          select.value = hit.value;
          select.dispatchEvent(new Event('input', { bubbles: true }));
          select.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        }, option),
        5_000,
        `choosing ${option}`,
      );
      check(ok, `no option "${option}" in ${label}`);
    },
    waitFor: async (role, name, ms = 10_000) => void (await findAria(name, role, ms)),
    async isDisabled(role, name) {
      const el = await findAria(name, role, 10_000, false);
      return withTimeout(el.evaluate((e) => (e as HTMLButtonElement).disabled === true || e.getAttribute('aria-disabled') === 'true'), 5_000, 'reading disabled');
    },
    async text(id, ms = 10_000) {
      const el = await find(`[data-testid="${id}"]`, ms, false);
      return withTimeout(el.evaluate((e) => e.textContent ?? ''), 5_000, `reading ${id}`);
    },
    textUntil: (id, accept, ms = 15_000) =>
      until(() => withTimeout(page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, `[data-testid="${id}"]`), 2_000, id), (t): t is string => t !== null && accept(t), `text of ${id}`, ms) as Promise<string>,
    evaluate: (fn, arg, what, ms = 10_000) => withTimeout(page.evaluate(fn as never, arg as never) as Promise<never>, ms, what),
    poll: (fn, arg, what, ms = 10_000) => until(() => withTimeout(page.evaluate(fn as never, arg as never) as Promise<never>, 2_000, what), Boolean, what, ms) as Promise<never>,
    send: <T>(type: string, payload: unknown) =>
      withTimeout(page.evaluate((m) => (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage(m), { type, payload }), 20_000, `sendMessage ${type}`) as Promise<Reply<T>>,
    async tray() {
      await find('[data-token-workbench="ready"]', 15_000, false);
      return ClosedShadow.attach(page);
    },
    async screenshot(name) {
      mkdirSync(SHOTS, { recursive: true }); // the journey names the browser itself: no "firefox-" prefix here
      await withTimeout(page.screenshot({ path: join(SHOTS, `${name}.png`) }), 10_000, `screenshot ${name}`);
    },
    close: () => withTimeout(page.close(), 5_000, 'closing a tab').catch(() => undefined),
  };
  return ui;
}

export function puppeteerDriver(browser: Browser): Driver {
  let helper: Page | undefined; // an extension page from which the event page is reached
  const helperPage = async (): Promise<Page> => {
    if (helper && !helper.isClosed()) return helper;
    helper = await browser.newPage();
    await gotoExtensionPage(helper, 'src/popup/index.html');
    return helper;
  };
  const open = async (size: { width: number; height: number }) => {
    const page = await withTimeout(browser.newPage(), 10_000, 'opening a tab');
    await withTimeout(page.setViewport(size), 5_000, 'sizing the tab');
    return page;
  };
  return {
    browser: 'firefox',
    extensionId: ADDON_ID,
    origin: EXTENSION_ORIGIN,
    async openExtensionPage(path, opts = {}) {
      const page = await open(opts.popup ? { width: 440, height: 600 } : { width: 1280, height: 800 });
      await gotoExtensionPage(page, path);
      return wrap(page);
    },
    async openWebPage(url, opts = {}) {
      const page = await open({ width: 1280, height: 800 });
      if (opts.beforeLoad) await withTimeout(page.evaluateOnNewDocument(opts.beforeLoad), 5_000, 'adding a preload script');
      await page.goto(url, { timeout: 15_000 });
      return wrap(page);
    },
    async waitForTab(match, ms = 10_000) {
      const page = await waitForTab(browser, match, ms);
      await until(() => withTimeout(page.evaluate(() => document.readyState), 1_000, 'readyState'), (s) => s === 'complete', 'the tab loading', ms);
      await withTimeout(page.setViewport({ width: 1280, height: 800 }), 5_000, 'sizing the tab');
      return wrap(page);
    },
    async decodeViaContextMenu(selection) {
      const from = await helperPage();
      let openedUrl = '';
      const opened = waitForTab(browser, (url) => (openedUrl = url).includes('/src/inspector/index.html'), 10_000);
      opened.catch(() => undefined); // awaited below
      const where = await clickDecodeMenu(from, selection);
      check(where.endsWith('_generated_background_page.html'), `the menu handler ran in ${where}`);
      const page = await opened;
      await withTimeout(page.setViewport({ width: 1280, height: 1000 }), 5_000, 'sizing the inspector');
      return { page: wrap(page), openedUrl };
    },
    async restartBackground() {
      // Firefox MV3 runs an event page: reloading its document is what an idle suspend + wake amounts to.
      const from = await helperPage();
      await withTimeout(
        from.evaluate(async () => {
          const bg = await (globalThis as unknown as { browser: Runtime }).browser.runtime.getBackgroundPage();
          bg.location.reload();
        }),
        5_000,
        'reloading the event page',
      );
      await new Promise((r) => setTimeout(r, 300));
      await until(() => wrap(from).send('ping', {}), (r) => r.ok, 'the event page answering again', 10_000);
    },
    tabCount: async () => (await withTimeout(browser.pages(), 5_000, 'listing tabs')).length - (helper && !helper.isClosed() ? 1 : 0),
  };
}
