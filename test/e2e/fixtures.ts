// Vitest fixtures for the Chromium end-to-end tests (Node, playwright-core): `emulator` (the Auth0 tenant
// emulator, one per file, with its request log) and `extension` (a fresh persistent Chromium profile with
// dist/chrome loaded, resolving the emulated hosts to the emulator). `withTimeout` bounds every evaluate:
// Playwright's evaluate has no timeout of its own, and a test must never hang.
import { test as base } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/server';
import { requireBrowser } from '../../scripts/browsers.mjs';
import { withTimeout } from './timeout';

export { withTimeout };

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_CHROME = join(ROOT, 'dist/chrome');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
export const POPUP_SIZE = { width: 440, height: 600 };

/** Chromium flags shared with scripts/start.mjs: the extension, the emulator's hosts, no background noise. */
export function chromiumArgs(dist: string, hostResolverRules: string): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
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

export async function launchExtension(hostResolverRules: string, dist = DIST_CHROME): Promise<ExtensionHandle & { close(): Promise<void> }> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json missing: run \`npm run build\` first`);
  const profile = mkdtempSync(join(tmpdir(), 'tw-e2e-'));
  const context = await withTimeout(
    chromium.launchPersistentContext(profile, {
      executablePath: requireBrowser('chromium'),
      headless: true,
      args: chromiumArgs(dist, hostResolverRules),
      viewport: { width: 1280, height: 800 },
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
    if (size) await page.setViewportSize(size);
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
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
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

export const test = base
  .extend('emulator', { scope: 'file' }, async ({}, { onCleanup }): Promise<Emulator> => {
    const emulator = await withTimeout(startEmulator({ quiet: true }), 20_000, 'starting the emulator');
    onCleanup(() => emulator.close());
    return emulator;
  })
  // One fresh profile per test: extension storage never leaks from one test into the next.
  .extend('extension', async ({ emulator }, { onCleanup }): Promise<ExtensionHandle> => {
    const handle = await launchExtension(emulator.hostResolverRules);
    onCleanup(() => handle.close());
    return handle;
  });

export { expect } from 'vitest';
