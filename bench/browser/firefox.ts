// Firefox figures of `npm run bench` (issue 14; Node, puppeteer-core over WebDriver BiDi): the same two figures
// as in Chromium, as ratios against the same references measured in Firefox. (1) popup open → decoded token
// rendered vs a blank extension page opened the same way (≤ 1.5×; median of 10 per run, runs: bench/run.ts); (2) decode of the three bench tokens vs
// jwt-decode (≥ 1.0× its speed) and vs the browser floor (≤ 1.3× its time), with the Chromium figure's bundle
// (bench/browser/decode.ts) after the same Node/page agreement check.
// Firefox runs no preload script in moz-extension pages (puppeteer's evaluateOnNewDocument is silently skipped
// there), so the popup figure's "init script" is a classic script put first in the <head> of the bench build's
// popup and blank page (.tmp/bench-dist/firefox, never shipped): it pastes the token the moment the textarea
// exists and stamps performance.now() in the frame after `ready` appears, as bench/browser/util.ts does.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeToken } from '../../src/lib/jwt';
import { startEmulator } from '../../emulator/server';
import { findBrowser } from '../../scripts/browsers.mjs';
import { gotoExtensionPage, launchFirefox } from '../../test/firefox/launch';
import { startForwardProxy } from '../../test/firefox/proxy';
import { withTimeout } from '../../test/e2e/timeout';
import { ROOT } from '../build';
import { decodeRows, DECODE_TOKENS } from '../figures/decode';
import { median, round, type Figure } from '../harness';
import { MANAGEMENT_FULL } from '../tokens';
import { checkInputs, decodeBenchBundle, summary } from './decode';
import { notMeasurable, progress } from './session';

const DIST = join(ROOT, '.tmp/bench-dist/firefox');
const RUNS = 10;
export const FIREFOX_FIGURES = ['popup open → decoded token rendered (10 KB token), Firefox', 'decode 300 B / 10 KB / 64 KB, Firefox (vs jwt-decode, floor)'];

function timingScript(ready: string, fill: string | null): string {
  return `(() => {
  let filled = false;
  const check = () => {
    const f = ${JSON.stringify(fill)};
    if (f !== null && !filled) {
      const el = document.querySelector('#token-input');
      if (el) { filled = true; el.value = f; el.dispatchEvent(new Event('input', { bubbles: true })); }
    }
    if (!document.querySelector(${JSON.stringify(ready)})) return false;
    requestAnimationFrame(() => (window.__benchMs = performance.now()));
    return true;
  };
  const mo = new MutationObserver(() => check() && mo.disconnect());
  mo.observe(document, { childList: true, subtree: true });
})();\n`;
}

/** A Firefox build for the bench, with the timing script first in the popup and the blank page. */
function buildFirefoxBench(): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--outDir', DIST], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TARGET: 'firefox' } });
  copyFileSync(join(import.meta.dirname, 'blank.html'), join(DIST, 'bench-blank.html'));
  writeFileSync(join(DIST, 'bench-popup-timing.js'), timingScript('[data-testid="claims-json"]', MANAGEMENT_FULL));
  writeFileSync(join(DIST, 'bench-blank-timing.js'), timingScript('#blank-ready', null));
  for (const [html, script] of [['src/popup/index.html', 'bench-popup-timing.js'], ['bench-blank.html', 'bench-blank-timing.js']] as const) {
    const file = join(DIST, html);
    const text = readFileSync(file, 'utf8');
    if (!text.includes('<head>')) throw new Error(`${html}: no <head>`);
    writeFileSync(file, text.replace('<head>', `<head><script src="/${script}"></script>`));
  }
}

/** `runs` runs of each wanted figure, round-robin as in bench/browser/session.ts; one list of figures per run. */
export async function firefoxFigures(runs: number, only?: string): Promise<Figure[][]> {
  const wanted = FIREFOX_FIGURES.filter((n) => !only || n.includes(only));
  if (!wanted.length) return [];
  const firefoxPath = findBrowser('firefox');
  if (!firefoxPath) return [wanted.map((n) => notMeasurable(n, 'Firefox not found (FIREFOX_PATH or firefox-esr)'))];
  buildFirefoxBench();
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`${DIST}/manifest.json missing`);
  const emulator = await withTimeout(startEmulator({ quiet: true }), 20_000, 'starting the emulator');
  const proxy = await startForwardProxy(emulator.hosts, emulator.port);
  const firefox = await launchFirefox(firefoxPath, proxy.port, DIST);
  const out: Figure[][] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const run: Figure[] = [];
      let t0 = performance.now();
      if (wanted.includes(FIREFOX_FIGURES[0]!)) run.push(...(await popupFigure(firefox.browser).catch((e: Error) => [notMeasurable(FIREFOX_FIGURES[0]!, e.message.split('\n')[0]!)])));
      progress(r, runs, FIREFOX_FIGURES[0]!, t0);
      t0 = performance.now();
      if (wanted.includes(FIREFOX_FIGURES[1]!)) run.push(...(await decodeFigures(firefox.browser).catch((e: Error) => [notMeasurable(FIREFOX_FIGURES[1]!, e.message.split('\n')[0]!)])));
      progress(r, runs, FIREFOX_FIGURES[1]!, t0);
      out.push(run);
    }
  } finally {
    await firefox.close();
    await proxy.close();
    await emulator.close();
  }
  return out;
}

type Browser = Awaited<ReturnType<typeof launchFirefox>>['browser'];

async function openTimed(browser: Browser, path: string): Promise<number> {
  const page = await withTimeout(browser.newPage(), 10_000, 'opening a tab');
  try {
    await page.setViewport({ width: 440, height: 600 });
    await gotoExtensionPage(page, path, 15_000);
    const until = Date.now() + 15_000;
    for (;;) {
      const ms = await withTimeout(page.evaluate(() => (window as unknown as { __benchMs?: number }).__benchMs), 2_000, 'reading the time');
      if (ms !== undefined) return ms;
      if (Date.now() > until) throw new Error(`${path}: not ready within 15 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await withTimeout(page.close(), 5_000, 'closing a tab').catch(() => undefined);
  }
}

async function popupFigure(browser: Browser): Promise<Figure[]> {
  const popup: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    // Interleaved; the first two rounds warm the caches and are dropped (as in bench/browser/popup.ts).
    const p = await openTimed(browser, 'src/popup/index.html');
    const z = await openTimed(browser, 'bench-blank.html');
    if (i >= 2) {
      popup.push(p);
      blank.push(z);
    }
  }
  const ours = median(popup);
  const ref = median(blank);
  return [{ name: FIREFOX_FIGURES[0]!, ours: round(ours), reference: round(ref), ratio: round(ours / ref), budget: '≤ 1.5×', unit: 'ms', pass: ours / ref <= 1.5, note: `median of ${RUNS}; reference: a blank extension page opened the same way, in Firefox` }];
}

async function decodeFigures(browser: Browser): Promise<Figure[]> {
  type Bench = { floorName: string; check(i: string[]): string[]; time(t: string): Record<string, number[]> };
  const page = await withTimeout(browser.newPage(), 10_000, 'opening a tab');
  try {
    await gotoExtensionPage(page, 'bench-blank.html', 15_000);
    await withTimeout(page.evaluate(decodeBenchBundle('firefox140')), 10_000, 'loading the decode bundle'); // BiDi evaluation: not subject to the page's CSP
    const inputs = checkInputs();
    const inPage = await withTimeout(page.evaluate((i) => (globalThis as unknown as { __decodeBench: Bench }).__decodeBench.check(i), inputs), 10_000, 'the agreement check');
    inputs.forEach((input, i) => {
      const node = JSON.stringify(summary(decodeToken(input)));
      if (inPage[i] !== node) throw new Error(`Firefox and Node decode input ${i} differently: ${inPage[i]} vs ${node}`);
    });
    const floorName = await page.evaluate(() => (globalThis as unknown as { __decodeBench: Bench }).__decodeBench.floorName);
    const figures: Figure[] = [];
    for (const [label, token] of DECODE_TOKENS) {
      const t = await withTimeout(page.evaluate((tok) => (globalThis as unknown as { __decodeBench: Bench }).__decodeBench.time(tok), token), 60_000, `timing ${label}`);
      figures.push(...decodeRows('Firefox', label, token.length, t, floorName));
    }
    return figures;
  } finally {
    await withTimeout(page.close(), 5_000, 'closing a tab').catch(() => undefined);
  }
}
