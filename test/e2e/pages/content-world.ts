// Runs code inside our content script's isolated world on a page (test-only, Chromium CDP): the world where a
// compromised or hostile-driven content script would run, so tests can show what such a script can and cannot
// do with `chrome.*`. Runs in Node (playwright-core).
import type { CDPSession, Page } from 'playwright-core';
import { withTimeout } from '../timeout';

interface ContextCreated {
  context: { id: number; origin: string; name: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } };
}

export class ContentWorld {
  private constructor(private readonly cdp: CDPSession, private readonly contextId: number) {}

  /** Attaches to the isolated world of extension `extensionId` in `page`'s top frame (waits until it exists). */
  static async attach(page: Page, extensionId: string): Promise<ContentWorld> {
    const cdp = await page.context().newCDPSession(page);
    const found = new Promise<number>((resolve) => {
      cdp.on('Runtime.executionContextCreated', (e: ContextCreated) => {
        if (e.context.auxData?.type === 'isolated' && e.context.origin.includes(extensionId)) resolve(e.context.id);
        else if (e.context.auxData?.type === 'isolated' && e.context.name === 'Token Workbench for Auth0') resolve(e.context.id);
      });
    });
    await cdp.send('Runtime.enable'); // replays every existing context
    const id = await withTimeout(found, 10_000, 'finding the content script world');
    return new ContentWorld(cdp, id);
  }

  /** Evaluates an async expression in the content script's world and returns its JSON value. */
  async eval<R>(expression: string): Promise<R> {
    const out = (await withTimeout(
      this.cdp.send('Runtime.evaluate', { expression, contextId: this.contextId, awaitPromise: true, returnByValue: true }),
      15_000,
      'evaluating in the content script world',
    )) as { result: { value: R }; exceptionDetails?: { exception?: { description?: string } } };
    if (out.exceptionDetails) return { thrown: out.exceptionDetails.exception?.description ?? 'error' } as R;
    return out.result.value;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
