// The Firefox lane (Node, run by scripts/e2e-firefox.mjs through tsx): real Firefox ESR with the AMO zip from
// `npm run zip` installed as a temporary add-on, against the emulator, reached through the lane's forward proxy
// (./proxy.ts; no port 443, no root). First the zip's own manifest is checked against the APIs the code calls;
// then one Firefox runs the few Firefox-only checks (the add-on id, the content script's marker on Auth0 pages,
// typed messages to the event page); then every shared user journey (test/journeys: inspect, options, mint,
// scope-click and the tray, terminate, security) runs in a fresh Firefox of its own, through the puppeteer
// driver, as the Chromium spec runs them. A journey with a `skip` entry for Firefox is listed with its reason
// (never counted as passed).
import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Emulator } from '../../emulator/server';
import { startQuietEmulator } from '../support/emulator';
import { minVersionProblems, usedFirefoxApis } from '../../scripts/firefox-apis';
import { withTimeout } from '../e2e/timeout';
import { JOURNEYS } from '../journeys';
import { puppeteerDriver } from '../journeys/driver-puppeteer';
import { ADDON_ID, gotoExtensionPage, launchFirefox } from './launch';
import { startForwardProxy, type ForwardProxy } from './proxy';
import { assert, DASH, shot, type LaneContext } from './context';
import { pingAnswered } from './checks-inspect';

const DOCS = 'https://auth0.com/docs/api/management/v2/users/get-users';
const CHECK_LIMIT_MS = 45_000;
// A journey launches and closes its own Firefox (about 10 s of it on 2 busy cores); the tray journeys mint
// several times.
const JOURNEY_LIMIT_MS = 90_000;
const ROOT = new URL('../..', import.meta.url).pathname;

export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  /** Set when the journey does not run in Firefox (its skip reason); `ok` is then false and it counts as
   *  neither passed nor failed. */
  skipped?: string;
}
export interface LaneResult {
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

/** `zip`: the AMO package (dist/token-workbench-firefox-<version>.zip), installed as a temporary add-on. */
export async function runFirefoxLane(firefoxPath: string, zip: string): Promise<LaneResult> {
  const emulator: Emulator = await startQuietEmulator();
  let proxy: ForwardProxy;
  try {
    proxy = await startForwardProxy(emulator.hosts, emulator.port);
  } catch (e) {
    await emulator.close();
    throw e;
  }
  const result: LaneResult = { checks: [] };
  const check = async (name: string, fn: () => Promise<void>, limit = CHECK_LIMIT_MS): Promise<void> => {
    const t0 = Date.now();
    try {
      await withTimeout(fn(), limit, name);
      result.checks.push({ name, ok: true, ms: Date.now() - t0 });
    } catch (e) {
      result.checks.push({ name, ok: false, ms: Date.now() - t0, error: (e as Error).message.split('\n')[0] });
    }
  };
  try {
    await check("the AMO zip's manifest: strict_min_version covers every browser API the code calls", async () => {
      const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(zip), { filter: (f) => f.name === 'manifest.json' })['manifest.json']!)) as Record<string, unknown>;
      const problems = minVersionProblems(manifest, usedFirefoxApis(ROOT));
      assert(problems.length === 0, problems.join('; '));
    });
    await firefoxOnlyChecks(firefoxPath, zip, emulator, proxy, check);
    for (const journey of JOURNEYS) {
      const skip = journey.skip?.firefox;
      if (skip) {
        result.checks.push({ name: `journey: ${journey.name}`, ok: false, ms: 0, skipped: skip });
        continue;
      }
      await check(`journey: ${journey.name}`, async () => {
        const firefox = await launchFirefox(firefoxPath, proxy.port, zip);
        try {
          await journey.run({ driver: puppeteerDriver(firefox.browser), emulator });
        } finally {
          await firefox.close();
        }
      }, JOURNEY_LIMIT_MS);
    }
    await check('every request left Firefox through the proxy, for Auth0 hosts only', async () => {
      assert(proxy.seen.includes(`${emulator.seed.domain}:443`), `the proxy saw no tunnel to ${emulator.seed.domain}`);
      const allowed = new Set(emulator.hosts.map((h) => `${h}:443`));
      const other = [...new Set(proxy.seen.filter((s) => !allowed.has(s)))];
      // Firefox's own background traffic (telemetry, remote settings, ...) is refused by the proxy; list it for the log.
      if (other.length) console.log(`    (proxy refused: ${other.join(', ')})`);
    });
  } finally {
    await proxy.close();
    await emulator.close();
  }
  return result;
}

type Check = (name: string, fn: () => Promise<void>) => Promise<void>;

/** The checks that only make sense in Firefox (the add-on id, the marker, the event page's messages), in one Firefox. */
async function firefoxOnlyChecks(firefoxPath: string, zip: string, emulator: Emulator, proxy: ForwardProxy, check: Check): Promise<void> {
  const firefox = await launchFirefox(firefoxPath, proxy.port, zip);
  try {
    await check('the AMO zip installs as a temporary add-on under its gecko id', async () => {
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
    await gotoExtensionPage(popup, 'src/popup/index.html');
    const t: LaneContext = { browser: firefox.browser, emulator, popup };
    await check('the event page answers a typed ping and refuses invalid and unknown messages', () => pingAnswered(t));
  } finally {
    await firefox.close();
  }
}
