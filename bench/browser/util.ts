// Shared helpers of the browser figures: the session handle, and "open an extension page and time it in the
// page's own clock". Runs in Node (playwright-core); the init script runs in the opened page.
import type { Page } from 'playwright-core';
import type { Emulator } from '../../emulator/server';
import type { ExtensionHandle } from '../../test/e2e/launch';

export type BrowserBench = ExtensionHandle & { emulator: Emulator };

export interface OpenTiming {
  /** ms from navigation start (performance.timeOrigin) to the first frame after `ready` matched. */
  ms: number;
  page: Page;
}

/**
 * Opens `path` in a new tab sized like the popup and reports when `ready` first matches, measured inside the
 * page: an init script (runs before any page script) watches the DOM with a MutationObserver, and the time is
 * taken in the next animation frame, i.e. when that DOM is about to be painted. With `fill`, the init script
 * types `fill.value` into `fill.selector` the moment it exists (as a paste would), dispatching `input`.
 * performance.now() counts from the navigation's start, so Playwright's own round trips are not in the figure.
 */
export async function openTimed(b: BrowserBench, path: string, ready: string, fill?: { selector: string; value: string }): Promise<OpenTiming> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 440, height: 600 });
  await page.addInitScript(
    ([sel, f]) => {
      const w = window as unknown as { __benchMs?: number; __readyMs?: number };
      let filled = false;
      const check = (): boolean => {
        if (f && !filled) {
          const el = document.querySelector(f.selector) as HTMLTextAreaElement | null;
          if (el) {
            filled = true;
            el.value = f.value;
            el.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }
        if (!document.querySelector(sel)) return false;
        w.__readyMs = performance.now();
        requestAnimationFrame(() => (w.__benchMs = performance.now()));
        return true;
      };
      const mo = new MutationObserver(() => check() && mo.disconnect());
      mo.observe(document, { childList: true, subtree: true });
    },
    [ready, fill ?? null] as const,
  );
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  await page.waitForFunction(() => (window as unknown as { __benchMs?: number }).__benchMs !== undefined, null, { timeout: 15_000 });
  const ms = await page.evaluate(() => (window as unknown as { __benchMs: number }).__benchMs);
  return { ms, page };
}

/** Sends a runtime message from an extension page, as the e2e tests do. */
export function sendFrom<T = unknown>(page: Page, type: string, payload: unknown): Promise<{ ok: boolean; data?: T; error?: { code: string; message: string } }> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as never;
}

/** A session vault (if none yet) and a profile of the seeded granted client, saved from `page` (an extension
 *  page); returns the profile id. The mint figures start from this. */
export async function benchProfile(b: BrowserBench, page: Page, label: string): Promise<string> {
  const { seed } = b.emulator;
  const c = seed.clients.granted;
  const status = await sendFrom<{ mode: string }>(page, 'vault.status', {});
  if (status.data?.mode === 'none') {
    const vault = await sendFrom(page, 'vault.setup', { mode: 'session' });
    if (!vault.ok) throw new Error(`vault.setup: ${vault.error?.message}`);
  }
  const saved = await sendFrom<{ id: string }>(page, 'profiles.save', { label, domain: seed.domain, environment: 'development', clientId: c.clientId, clientSecret: c.clientSecret });
  if (!saved.ok || !saved.data) throw new Error(`profiles.save: ${saved.error?.message}`);
  return saved.data.id;
}
