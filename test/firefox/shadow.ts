// Drives the content script's tray inside its CLOSED shadow root in Firefox (Node, puppeteer-core over BiDi).
// Neither CSS nor `::-p-aria` selectors enter a closed root (tried: the ARIA query times out), but WebDriver BiDi
// serialises an element's shadow root whatever its mode (`value.shadowRoot`, mode "closed", with a sharedId), so
// functions can run against it through `script.callFunction`, the Firefox analogue of the CDP session the
// Chromium tests use. Clicks are puppeteer mouse clicks at the control's coordinates: real input, so the tray's
// `event.isTrusted` check passes. Reaches puppeteer's BiDi session through internal fields (test-only).
import type { Page } from 'puppeteer-core';
import { withTimeout } from '../e2e/timeout';

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

export class ClosedShadow {
  private constructor(readonly page: Page, private readonly root: string) {}

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

  /** Runs `(root, arg) => …` (source text) on the shadow root in the page; JSON in, JSON out. */
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

  /** A trusted mouse click on the first visible button whose text or aria-label is `name`. */
  async click(name: string): Promise<void> {
    const box = await this.eval<[number, number] | null>(
      `(root, name) => {
        const b = [...root.querySelectorAll('button')].find((x) => !x.closest('[hidden]') && (x.textContent === name || x.getAttribute('aria-label') === name));
        if (!b) return null;
        b.scrollIntoView({ block: 'center' });
        const r = b.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      }`,
      name,
    );
    if (!box) throw new Error(`no tray button "${name}"`);
    await withTimeout(this.page.mouse.click(box[0], box[1]), 5_000, `clicking "${name}"`);
  }

  text(selector: string): Promise<string | null> {
    return this.eval(`(root, sel) => root.querySelector(sel)?.textContent ?? null`, selector);
  }

  /** Polls until `selector` exists in the root; returns its text. Bounded by `ms`. */
  async waitFor(selector: string, ms = 15_000): Promise<string> {
    const until = Date.now() + ms;
    for (;;) {
      const t = await this.text(selector);
      if (t !== null) return t;
      if (Date.now() > until) throw new Error(`the tray never showed ${selector}; status: ${await this.text('.err')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
