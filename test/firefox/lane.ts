// The Firefox lane (Node, run by scripts/e2e-firefox.mjs through tsx): real Firefox with dist/firefox as a
// temporary add-on against the emulator on port 443. One bounded check per behaviour, in order (later checks
// reuse what earlier ones set up: the popup tab, the demo profile): the content script on Auth0 pages, the
// popup's decode and verification (#2, #3), typed messages, right-click decode, a mint in the popup (#4), a
// scope-click mint from the dashboard tray (#5) and a blacklist (#6). Returns the tally; a check may be skipped
// with a reason (never counted as passed).
import type { Page } from 'puppeteer-core';
import { startEmulator, type Emulator } from '../../emulator/server';
import { withTimeout } from '../e2e/timeout';
import { ADDON_ID, launchFirefox } from './launch';
import { assert, DASH, shot, type LaneContext } from './context';
import { pingAnswered, popupDecodes, popupVerifies, rightClickDecodes } from './checks-inspect';
import { mintInPopup, scopeClickMints } from './checks-mint';
import { blacklistInFirefox, Skip } from './terminate-check';

const DOCS = 'https://auth0.com/docs/api/management/v2/users/get-users';
const CHECK_LIMIT_MS = 45_000;

export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  /** Set when the check did not run; `ok` is then false and it counts as neither passed nor failed. */
  skipped?: string;
}
export interface LaneResult {
  skipped?: string;
  checks: CheckResult[];
}

async function markerState(page: Page): Promise<string> {
  // The host's closed shadow root is opaque to selectors; its data attribute is the contract (test/e2e/pages/tray.ts).
  await page.waitForSelector('[data-token-workbench]:not([data-token-workbench="loading"])', { timeout: 15_000 });
  return withTimeout(
    page.evaluate(() => document.querySelector('[data-token-workbench]')?.getAttribute('data-token-workbench') ?? 'none'),
    5_000,
    'reading the marker',
  );
}

export async function runFirefoxLane(firefoxPath: string, dist: string): Promise<LaneResult> {
  let emulator: Emulator;
  try {
    emulator = await withTimeout(startEmulator({ quiet: true, alsoListen443: true }), 20_000, 'starting the emulator');
  } catch (e) {
    const message = (e as Error).message;
    // No privilege to bind 443 is an environment limit, not a defect; a busy port (EADDRINUSE) is a failure.
    if (/\((EACCES|EPERM)\)/.test(message)) return { skipped: message, checks: [] };
    throw e;
  }
  const result: LaneResult = { checks: [] };
  const check = async (name: string, fn: () => Promise<void>): Promise<void> => {
    const t0 = Date.now();
    try {
      await withTimeout(fn(), CHECK_LIMIT_MS, name);
      result.checks.push({ name, ok: true, ms: Date.now() - t0 });
    } catch (e) {
      const entry: CheckResult = { name, ok: false, ms: Date.now() - t0 };
      if (e instanceof Skip) entry.skipped = e.message;
      else entry.error = (e as Error).message.split('\n')[0];
      result.checks.push(entry);
    }
  };
  const firefox = await launchFirefox(firefoxPath, emulator.hosts, dist).catch(async (e: unknown) => {
    await emulator.close();
    throw e;
  });
  try {
    await check('the temporary add-on installs under its gecko id', async () => {
      assert(firefox.addonId === ADDON_ID, `installed as ${firefox.addonId}`);
    });
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    for (const [name, url] of [['dashboard', `${DASH}/apis/management/explorer`], ['docs', DOCS]] as const) {
      await check(`the content script marks ready on the ${name} page`, async () => {
        emulator.clearLog();
        const response = await page.goto(url, { timeout: 15_000 });
        assert(response?.status() === 200, `${url} answered ${response?.status()}`);
        assert(emulator.requests.some((r) => r.host === new URL(url).host), 'the page did not come from the emulator');
        const state = await markerState(page);
        assert(state === 'ready', `marker is ${state}`);
        await shot(page, name);
      });
    }
    const popup = await firefox.browser.newPage();
    await popup.setViewport({ width: 440, height: 600 });
    const t: LaneContext = { browser: firefox.browser, emulator, popup };
    await check('the popup decodes a pasted token (#2)', () => popupDecodes(t));
    await check('the popup shows "Signature verified" for an RS256 token, JWKS from the emulator (#3)', () => popupVerifies(t));
    await check('the event page answers a typed ping and refuses invalid and unknown messages', () => pingAnswered(t));
    await check('right-click "Decode JWT" (menu handler in the event page) opens the inspector tab', () => rightClickDecodes(t));
    await check('a client-credentials mint in the popup Mint tab shows the granted scopes (#4)', () => mintInPopup(t));
    await check('tray: plain mode lists the scopes Auth0 added; exact mode mints exactly the three clicked scopes (#5, #11)', () => scopeClickMints(t));
    await check('a legacy token minted by the product is blacklisted, listed, then refused (#6)', () => blacklistInFirefox(t));
  } finally {
    await firefox.close();
    await emulator.close();
  }
  return result;
}
