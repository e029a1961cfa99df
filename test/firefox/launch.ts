// Launches Firefox (puppeteer-core over WebDriver BiDi) with dist/firefox installed as a temporary add-on at a
// known moz-extension UUID, resolving the emulator's hosts to 127.0.0.1 (the emulator must listen on 443:
// network.dns.localDomains maps names, not ports). Used by the Firefox lane (Node only).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { join } from 'node:path';
import { withTimeout } from '../e2e/timeout';

export const ADDON_ID = 'token-workbench@workbench.invalid'; // = FIREFOX_ID in scripts/manifest-transform.ts
// Fixed so the extension's pages have a known URL: Firefox reuses a UUID already present in this pref.
export const ADDON_UUID = '6f1c2b6e-7a51-4c3e-9d2a-0b5e3c7d9a11';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxHandle {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

export async function launchFirefox(executablePath: string, hosts: string[], dist: string): Promise<FirefoxHandle> {
  const browser = await withTimeout(
    puppeteer.launch({
      browser: 'firefox',
      executablePath,
      protocol: 'webDriverBiDi',
      headless: true,
      acceptInsecureCerts: true, // the emulator's self-signed certificate; applies to the add-on's fetches too
      // Without it BiDi refuses to navigate to moz-extension: URLs ("not allowed in this context").
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.localDomains': hosts.join(','),
        'network.trr.mode': 5, // no DNS-over-HTTPS: it would bypass localDomains
        'network.proxy.type': 0,
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      },
      timeout: 30_000,
    }),
    40_000,
    'launching Firefox',
  );
  try {
    const addonId = await withTimeout(browser.installExtension(join(dist)), 20_000, 'installing dist/firefox');
    return {
      browser,
      addonId,
      close: () => withTimeout(browser.close(), 15_000, 'closing Firefox').catch(() => undefined),
    };
  } catch (e) {
    await withTimeout(browser.close(), 15_000, 'closing Firefox').catch(() => undefined);
    throw e;
  }
}

/**
 * Opens an extension page. A navigation from a web process into the extension process detaches the frame
 * puppeteer watches, so its goto() never resolves: fire it, then poll the document until it is ours.
 */
export async function gotoExtensionPage(page: Page, path: string, ms = 10_000): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  // Mark the current document, so a page already at `url` (a reload) is not mistaken for the new one.
  await withTimeout(page.evaluate(() => void ((globalThis as { __twStale?: boolean }).__twStale = true)), 2_000, 'marking').catch(() => undefined);
  page.goto(url, { timeout: ms }).catch(() => undefined); // "Frame detached" is expected, see above
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    last = await withTimeout(page.evaluate(() => `${location.href} ${document.readyState}${(globalThis as { __twStale?: boolean }).__twStale ? ' stale' : ''}`), 1_000, 'polling').catch((e: Error) => e.message);
    if (last === `${url} complete`) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page ${path} did not load within ${ms} ms (last: ${last})`);
}
