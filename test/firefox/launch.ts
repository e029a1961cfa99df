// Launches Firefox (puppeteer-core over WebDriver BiDi) with dist/firefox (or a zip) installed as a temporary
// add-on at a known moz-extension UUID, sending all its traffic through the lane's forward proxy (./proxy.ts),
// which tunnels the Auth0 host names to the emulator's random port. No port 443, no root. Used by the Firefox
// lane and the Firefox bench figures (Node only).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
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

/** Prefs that send every http(s) request of the profile (tabs, extension pages, the event page) to the proxy. */
export function proxyPrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '', // localhost stays direct anyway (allow_hijacking_localhost is false)
    'network.proxy.failover_direct': false, // a refused CONNECT must not fall back to the real network
    'network.trr.mode': 5, // no DNS-over-HTTPS traffic of its own
  };
}

/** `source`: an unpacked directory or a .zip/.xpi (installed as a temporary add-on either way). */
export async function launchFirefox(executablePath: string, proxyPort: number, source: string): Promise<FirefoxHandle> {
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
        ...proxyPrefs(proxyPort),
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      },
      timeout: 30_000,
    }),
    40_000,
    'launching Firefox',
  );
  try {
    const addonId = await withTimeout(browser.installExtension(source), 20_000, `installing ${source}`);
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
