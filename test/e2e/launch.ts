// Launches Chromium with dist/chrome loaded in a fresh profile, resolving the emulator's hosts to the
// emulator (Node, playwright-core). Shared by the e2e fixtures (test/e2e/fixtures.ts) and `npm start`
// (scripts/start.mjs), so the demo and the tests run the very same browser setup. No vitest here.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireBrowser } from '../../scripts/browsers.mjs';
import { withTimeout } from './timeout';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_CHROME = join(ROOT, 'dist/chrome');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
export const POPUP_SIZE = { width: 440, height: 600 };

/** Chromium flags shared with scripts/start.mjs: the extension, the emulator's hosts, no background noise. */
export function chromiumArgs(dist: string, hostResolverRules: string, extra: readonly string[] = []): string[] {
  const extensions = [dist, ...extra].join(',');
  return [
    `--disable-extensions-except=${extensions}`,
    `--load-extension=${extensions}`,
    `--host-resolver-rules=${hostResolverRules}`,
    // The emulator's certificate is self-signed; this also covers the service worker's fetches.
    '--ignore-certificate-errors',
    '--no-sandbox', // CI runs as root in containers, where the sandbox cannot start
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

export interface ExtensionHandle {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The popup, opened as a normal tab at the popup URL and sized like a popup. */
  openPopup(): Promise<Page>;
  /** The inspector tab, optionally with a URL fragment (a hand-off id). */
  openInspector(fragment?: string): Promise<Page>;
  /** Writes test-results/screenshots/<name>.png of `page` (default: the page opened last). */
  screenshot(name: string, page?: Page): Promise<string>;
  /** Evaluates `fn` in the background service worker, bounded. */
  evalInWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg: A, what: string, ms?: number): Promise<R>;
}

export interface LaunchOptions {
  dist?: string;
  headless?: boolean; // false: a real window (npm start with a display)
  screenshotDir?: string;
  /** More unpacked extensions to load beside ours (e.g. a hostile one). They must have no service worker, so
   *  the first worker that appears is ours. */
  extraExtensions?: string[];
}

export async function launchExtension(hostResolverRules: string, opts: LaunchOptions = {}): Promise<ExtensionHandle & { close(): Promise<void> }> {
  const { dist = DIST_CHROME, headless = true, screenshotDir = SCREENSHOTS, extraExtensions = [] } = opts;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json missing: run \`npm run build\` first`);
  const profile = mkdtempSync(join(tmpdir(), 'tw-e2e-'));
  const context = await withTimeout(
    chromium.launchPersistentContext(profile, {
      executablePath: requireBrowser('chromium'),
      headless,
      args: chromiumArgs(dist, hostResolverRules, extraExtensions),
      viewport: headless ? { width: 1280, height: 800 } : null,
      timeout: 30_000,
    }),
    40_000,
    'launching Chromium',
  );
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  let last: Page | undefined;
  const open = async (path: string, size?: { width: number; height: number }): Promise<Page> => {
    const page = await context.newPage();
    if (size && headless) await page.setViewportSize(size);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    last = page;
    return page;
  };
  return {
    context,
    extensionId,
    serviceWorker,
    openPopup: () => open('src/popup/index.html', POPUP_SIZE),
    openInspector: (fragment) => open(`src/inspector/index.html${fragment ? `#${fragment}` : ''}`),
    async screenshot(name, page = last) {
      if (!page) throw new Error(`screenshot ${name}: no page open`);
      mkdirSync(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path, timeout: 10_000 });
      return path;
    },
    evalInWorker: (fn, arg, what, ms = 10_000) => withTimeout(serviceWorker.evaluate(fn as never, arg as never) as Promise<never>, ms, what),
    async close() {
      await withTimeout(context.close(), 15_000, 'closing Chromium').catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

