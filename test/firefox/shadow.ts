// Drives the content script's tray inside its CLOSED shadow root in Firefox (Node, puppeteer-core over BiDi).
// Neither CSS nor `::-p-aria` selectors enter a closed root (tried: the ARIA query times out), but WebDriver BiDi
// serialises an element's shadow root whatever its mode (`value.shadowRoot`, mode "closed", with a sharedId), so
// functions can run against it through `script.callFunction`, the Firefox analogue of the CDP session the
// Chromium tests use. Clicks are puppeteer mouse clicks at the control's coordinates: real input, so the tray's
// `event.isTrusted` check passes. The methods (click, waitFor, text, value, ledgerId) are the shared
// test/support/tray-driver.ts; the journeys' Firefox driver (test/journeys/driver-puppeteer.ts) hands it out as
// UiPage.tray(), so a tray journey reads the same on both browsers. Reaches puppeteer's
// BiDi session through internal fields (test-only).
import type { Page } from 'puppeteer-core';
import { withTimeout } from '../e2e/timeout';
import { TrayDriver } from '../support/tray-driver';

interface BidiSession {
  send(method: string, params: object): Promise<{ result: any }>;
}
interface CallResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: any };
  exceptionDetails?: { text?: string };
}

/** puppeteer-core 24: BidiFrame.browsingContext → UserContext → core Browser → Session (not public API). */
function bidi(page: Page): { session: BidiSession; context: string } {
  const browsingContext = (page.mainFrame() as any).browsingContext;
  const session = browsingContext?.userContext?.browser?.session as BidiSession | undefined;
  if (!session) throw new Error('puppeteer internals changed: no BiDi session on the frame');
  return { session, context: browsingContext.id as string };
}

/** The tray driven over WebDriver BiDi (Firefox): the shared `TrayDriver` with a BiDi transport. */
export class ClosedShadow extends TrayDriver {
  private constructor(readonly page: Page, private readonly root: string) {
    super();
  }

  /** The shadow root of the first element matching `hostSelector` (must be closed, as shipped). */
  static async attach(page: Page, hostSelector = '[data-token-workbench]'): Promise<ClosedShadow> {
    const { session, context } = bidi(page);
    const { result } = await withTimeout(
      session.send('script.callFunction', {
        functionDeclaration: `(sel) => document.querySelector(sel)`,
        arguments: [{ type: 'string', value: hostSelector }],
        target: { context },
        awaitPromise: false,
        resultOwnership: 'none',
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      }),
      5_000,
      'reading the tray host',
    );
    const shadow = (result as CallResult).result?.value?.shadowRoot;
    if (!shadow?.sharedId) throw new Error(`no shadow root on ${hostSelector}`);
    if (shadow.value?.mode !== 'closed') throw new Error(`the shadow root of ${hostSelector} is ${shadow.value?.mode}, expected closed`);
    return new ClosedShadow(page, shadow.sharedId as string);
  }

  async eval<R>(fn: string, arg: unknown = null): Promise<R> {
    const { session, context } = bidi(this.page);
    const { result } = await withTimeout(
      session.send('script.callFunction', {
        functionDeclaration: `(root, arg) => Promise.resolve((${fn})(root, JSON.parse(arg))).then((r) => JSON.stringify(r ?? null))`,
        arguments: [{ sharedId: this.root }, { type: 'string', value: JSON.stringify(arg) }],
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      }),
      5_000,
      'evaluating in the tray',
    );
    const r = result as CallResult;
    if (r.type !== 'success' || r.result?.type !== 'string') throw new Error(`tray eval failed: ${r.exceptionDetails?.text ?? JSON.stringify(r.result)}`);
    return JSON.parse(r.result.value as string) as R;
  }

  /** In the tab in front, as a user clicks: Firefox did not always act on a click sent to a background tab. */
  protected async mouseClick(x: number, y: number): Promise<void> {
    await this.page.bringToFront();
    await this.page.mouse.click(x, y);
  }
}
