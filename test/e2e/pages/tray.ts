// Page object of the content script's presence on Auth0 pages (dashboard, docs). The script mounts one
// <token-workbench-root> host whose shadow root is CLOSED (SECURITY: the page must not reach into it), so
// automation cannot see inside it either; today the host's data-token-workbench state ("loading" → "ready" |
// "offline") is the observable contract. The tray's own controls live in that closed root and need a test
// hook before they can be driven; the page-side controls the script adds (scope toggles, decode buttons) are
// in the page DOM and belong here, found by role. Runs in Node.
import type { Locator, Page } from 'playwright-core';

export type TrayState = 'loading' | 'ready' | 'offline';

export class TrayHost {
  readonly host: Locator;

  constructor(readonly page: Page) {
    this.host = page.locator('token-workbench-root');
  }

  /** The host's state once it leaves "loading" (the script pings the background, bounded by 10 s). */
  async settledState(timeout = 15_000): Promise<TrayState> {
    await this.host.and(this.page.locator(':not([data-token-workbench="loading"])')).waitFor({ state: 'attached', timeout });
    return (await this.host.getAttribute('data-token-workbench', { timeout: 1_000 })) as TrayState;
  }

  async count(): Promise<number> {
    return this.host.count();
  }
}
