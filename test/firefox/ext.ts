// Helpers of the Firefox lane for talking to the extension from one of its own pages (Node, puppeteer-core):
// typed messages through `browser.runtime.sendMessage` (a privileged sender, as the options page is), the
// event page's test hook for the native "Decode JWT" menu, and waiting for a tab the extension opens.
//
// Reaching the event page: puppeteer lists no target for it (browser.targets() → the browser and the tabs
// only), and WebDriver BiDi does not expose it either (browsingContext.getTree, even with "moz:scope": "chrome",
// and script.getRealms list no _generated_background_page.html realm). Firefox keeps
// `browser.runtime.getBackgroundPage()` for MV3 event pages, though, so an extension page gets the event page's
// window and calls `__tokenWorkbenchMenuClick` there: the handler runs in the event page, as the menu would.
import type { Browser, Page } from 'puppeteer-core';
import { withTimeout } from '../e2e/timeout';

export type Reply<T = any> = { ok: boolean; data?: T; error?: { code?: string; message?: string } };
export type Send = <T = any>(type: string, payload: unknown, ms?: number) => Promise<Reply<T>>;

type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown>; getBackgroundPage(): Promise<any> } };

/** `send(type, payload)` from extension page `page`; bounded. */
export function sender(page: Page): Send {
  return (type, payload, ms = 20_000) =>
    withTimeout(
      page.evaluate((m) => (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage(m), { type, payload }) as Promise<Reply<any>>,
      ms,
      `sendMessage ${type}`,
    );
}

/** Calls the event page's context-menu handler with a selection, from extension page `page`. */
export async function clickDecodeMenu(page: Page, selectionText: string): Promise<string> {
  return withTimeout(
    page.evaluate(async (text) => {
      const bg = await (globalThis as unknown as { browser: Runtime }).browser.runtime.getBackgroundPage();
      if (typeof bg?.__tokenWorkbenchMenuClick !== 'function') return `no hook on ${bg?.location?.href}`;
      await bg.__tokenWorkbenchMenuClick({ menuItemId: 'token-workbench-decode', selectionText: text });
      return String(bg.location.pathname);
    }, selectionText),
    10_000,
    'calling the Decode JWT menu handler in the event page',
  );
}

/**
 * The tab whose URL satisfies `match`, once it exists; bounded. Polls browser.pages(): a tab the extension opens
 * is created as about:blank and puppeteer emits no targetchanged when it moves on (so waitForTarget never fires),
 * and its page.url() may keep saying about:blank: such a tab is asked for its location itself.
 */
export async function waitForTab(browser: Browser, match: (url: string) => boolean, ms = 10_000): Promise<Page> {
  const until = Date.now() + ms;
  let seen: string[] = [];
  const urlOf = async (p: Page): Promise<string> =>
    p.url() === 'about:blank' ? withTimeout(p.evaluate(() => location.href), 1_000, 'reading a tab\'s location').catch(() => p.url()) : p.url();
  while (Date.now() < until) {
    const pages = await withTimeout(browser.pages(), 2_000, 'listing tabs').catch(() => [] as Page[]);
    seen = [];
    for (const p of pages) {
      const url = await urlOf(p);
      if (match(url)) return p;
      seen.push(url);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no matching tab within ${ms} ms (tabs: ${seen.join(', ')})`);
}
