// The Firefox lane (Node, run by scripts/e2e-firefox.mjs through tsx): real Firefox with dist/firefox as a
// temporary add-on against the emulator on port 443. Checks the content script comes up on Auth0 pages and
// the popup page decodes and talks to the event page. Each check is counted; returns the tally.
import type { Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/server';
import { withTimeout } from '../e2e/timeout';
import { ADDON_ID, gotoExtensionPage, launchFirefox } from './launch';
import { blacklistInFirefox } from './terminate-check';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'test-results/screenshots');
const DASHBOARD = 'https://manage.auth0.com/dashboard/us/demo/apis/management/explorer';
const DOCS = 'https://auth0.com/docs/api/management/v2/users/get-users';

export interface LaneResult {
  skipped?: string;
  checks: { name: string; ok: boolean; ms: number; error?: string }[];
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await withTimeout(page.screenshot({ path: join(SHOTS, `firefox-${name}.png`) }), 10_000, `screenshot ${name}`);
}

const evaluate = <R>(page: Page, fn: () => R, what: string): Promise<Awaited<R>> =>
  withTimeout(page.evaluate(fn) as Promise<Awaited<R>>, 5_000, what);

async function markerState(page: Page): Promise<string> {
  // The host's closed shadow root is opaque; its data attribute is the contract (see test/e2e/pages/tray.ts).
  await page.waitForSelector('token-workbench-root:not([data-token-workbench="loading"])', { timeout: 15_000 });
  return evaluate(page, () => document.querySelector('token-workbench-root')?.getAttribute('data-token-workbench') ?? 'none', 'reading the marker');
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
      await withTimeout(fn(), 45_000, name);
      result.checks.push({ name, ok: true, ms: Date.now() - t0 });
    } catch (e) {
      result.checks.push({ name, ok: false, ms: Date.now() - t0, error: (e as Error).message.split('\n')[0] });
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
    for (const [name, url] of [['dashboard', DASHBOARD], ['docs', DOCS]] as const) {
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
    await check('the popup decodes a pasted token', async () => {
      const { seed } = emulator;
      const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
      await gotoExtensionPage(popup, 'src/popup/index.html');
      const input = await popup.waitForSelector('::-p-aria(Paste a token \\(JWT, JWE or opaque\\))', { timeout: 5_000 });
      assert(input, 'no textarea labelled "Paste a token"');
            // Typed key by key (~2 s): puppeteer's Locator.fill times out on this textarea under BiDi (24.43.1).
      await withTimeout(input.type(token), 20_000, 'typing the token');
      const pre = await popup.waitForSelector('[data-testid="claims-json"]', { timeout: 5_000 });
      const claims = JSON.parse((await withTimeout(pre!.evaluate((e) => e.textContent ?? ''), 5_000, 'reading claims')) || '{}') as Record<string, unknown>;
      assert(claims.iss === 'https://demo.us.auth0.com/', `iss is ${String(claims.iss)}`);
      assert(claims.sub === `${seed.clients.granted.clientId}@clients`, `sub is ${String(claims.sub)}`);
      await shot(popup, 'popup');
    });
    await check('the event page answers a typed ping and refuses an invalid one', async () => {
      type Reply = { ok: boolean; data?: { version?: string }; error?: { code?: string } };
      const send = (message: unknown) =>
        withTimeout(
          popup.evaluate((m) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).browser.runtime.sendMessage(m), message),
          5_000,
          'sendMessage',
        );
      const ok = await send({ type: 'ping', payload: {} });
      assert(ok.ok && typeof ok.data?.version === 'string', `ping answered ${JSON.stringify(ok)}`);
      const bad = await send({ type: 'ping', payload: { x: 1 } });
      assert(!bad.ok && bad.error?.code === 'ERR_INVALID_MESSAGE', `invalid ping answered ${JSON.stringify(bad)}`);
    });
    await check('a legacy token minted by the product is blacklisted, listed, then refused (issue #6)', () => blacklistInFirefox(popup, emulator));
  } finally {
    await firefox.close();
    await emulator.close();
  }
  return result;
}
