// Page object of the content script's presence on Auth0 pages (dashboard, docs). The script mounts one host
// element with a random tag name (issue #11) and a CLOSED shadow root (the page must not reach into it); the
// host's `data-token-workbench` state ("loading" → "ready" | "offline") is the observable contract. Playwright
// locators cannot enter a closed root, so `ShadowTray` drives the tray through CDP (test-only: a page script
// cannot do this) and clicks with real, trusted mouse events at the controls' coordinates; its methods are the
// shared test/support/tray-driver.ts, which the journeys' Firefox driver uses too (over BiDi). `contentWorld`
// evaluates code in the content script's own isolated world, to prove what the background refuses from it.
// Runs in Node.
import type { CDPSession, Locator, Page } from 'playwright-core';
import { withTimeout } from '../timeout';
import { TrayDriver } from '../../support/tray-driver';

export type TrayState = 'loading' | 'ready' | 'offline';
export const HOST_SELECTOR = '[data-token-workbench]';

export class TrayHost {
  readonly host: Locator;

  constructor(readonly page: Page) {
    this.host = page.locator(HOST_SELECTOR);
  }

  /** The host's state once it leaves "loading" (the script pings the background, bounded by 10 s). */
  async settledState(timeout = 15_000): Promise<TrayState> {
    await this.page.locator(`${HOST_SELECTOR}:not([data-token-workbench="loading"])`).first().waitFor({ state: 'attached', timeout });
    return (await this.host.first().getAttribute('data-token-workbench', { timeout: 1_000 })) as TrayState;
  }

  async count(): Promise<number> {
    return this.host.count();
  }
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

function findNode(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | undefined {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = findNode(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

/** Our host: it carries the state attribute AND a closed shadow root (a page's look-alike has none). */
const isOurHost = (n: CdpNode): boolean => !!n.attributes?.includes('data-token-workbench') && !!n.shadowRoots?.some((s) => s.shadowRootType === 'closed');

/** The tray driven over CDP (Chromium): the shared `TrayDriver` with a CDP transport. */
export class ShadowTray extends TrayDriver {
  private constructor(readonly page: Page, private readonly cdp: CDPSession, private readonly root: string, readonly hostTag: string) {
    super();
  }

  static async attach(page: Page): Promise<ShadowTray> {
    await page.locator(HOST_SELECTOR).first().waitFor({ state: 'attached' });
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, isOurHost);
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) throw new Error('no host with a closed shadow root');
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    return new ShadowTray(page, cdp, object.objectId, host.nodeName.toLowerCase());
  }

  async eval<R>(fn: string, arg: unknown = null): Promise<R> {
    const out = (await withTimeout(
      this.cdp.send('Runtime.callFunctionOn', { objectId: this.root, functionDeclaration: `function(arg){ return (${fn})(this, arg); }`, arguments: [{ value: arg }], returnByValue: true, awaitPromise: true }),
      5_000, 'evaluating in the tray')) as { result: { value: R }; exceptionDetails?: unknown };
    if (out.exceptionDetails) throw new Error(`tray eval failed: ${JSON.stringify(out.exceptionDetails)}`);
    return out.result.value;
  }

  protected mouseClick(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }
}

/** Evaluates `expression` (awaited, JSON result) in our content script's isolated world on `page`. */
export async function inContentWorld<R>(page: Page, extensionId: string, expression: string): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable'); // replays the existing contexts as events
    const ctx = contexts.find((c) => c.auxData?.type === 'isolated' && (c.origin.includes(extensionId) || c.name.includes('Token Workbench')));
    if (!ctx) throw new Error(`no isolated world of our extension among ${contexts.map((c) => c.name || c.origin).join(', ')}`);
    const out = (await withTimeout(cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, awaitPromise: true, returnByValue: true }), 10_000, 'content-world eval')) as {
      result: { value: R };
      exceptionDetails?: unknown;
    };
    if (out.exceptionDetails) throw new Error(`content-world eval failed: ${JSON.stringify(out.exceptionDetails)}`);
    return out.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A scope toggle the content script added next to a scope name. */
export const TOGGLE = 'button[data-token-workbench-ui="scope"]';

/** Waits until the page and our decoration are quiet: the emulated SPA renders tab bodies 40–120 ms after
 *  navigation, and the content script writes toggles in idle-time slices after its scan. "Quiet" = the toggle
 *  count unchanged over 3 polls 100 ms apart (at most 5 s), never a fixed sleep that a busy machine outruns. */
export async function settle(page: Page, minMs = 400): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(minMs);
  let last = -1;
  let stable = 0;
  const deadline = Date.now() + 5_000;
  while (stable < 3 && Date.now() < deadline) {
    const n = await withTimeout(page.locator(TOGGLE).count(), 5_000, 'counting toggles');
    stable = n === last ? stable + 1 : 0;
    last = n;
    await page.waitForTimeout(100);
  }
}
