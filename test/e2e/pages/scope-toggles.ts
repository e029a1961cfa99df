// Page object of the content script's page-side decoration on Auth0 pages (dashboard, reference docs): the
// per-scope "add to token" toggles, each endpoint's "Add all scopes of this endpoint", and the API Explorer's
// "Decode". These buttons live in
// the page's own DOM (not in the tray's closed root), so plain locators reach them; the `data-token-workbench-ui`
// attributes are the documented hooks. Runs in Node (playwright-core).
import type { Locator, Page } from 'playwright-core';
import { withTimeout } from '../timeout';
import { settle, TOGGLE } from './tray';

export const ADD_ALL = 'button[data-token-workbench-ui="add-all"]';

export class ScopeToggles {
  /** "Decode" next to the API Explorer's token. */
  readonly decode: Locator;

  constructor(readonly page: Page) {
    this.decode = page.locator('button[data-token-workbench-ui="decode"]');
  }

  /** Waits until the page and our decoration are quiet (see `settle` in ./tray). */
  settle(minMs?: number): Promise<void> {
    return settle(this.page, minMs);
  }

  /** The toggles, optionally of one scope and/or inside `within` (a CSS selector of the page's own markup). */
  toggles(o: { scope?: string; within?: string } = {}): Locator {
    const one = o.scope === undefined ? TOGGLE : `${TOGGLE}[data-scope="${o.scope}"]`;
    return this.page.locator(o.within ? `${o.within} ${one}` : one);
  }

  /** The "Add all scopes of this endpoint" buttons, optionally inside `within`. */
  addAll(within?: string): Locator {
    return this.page.locator(within ? `${within} ${ADD_ALL}` : ADD_ALL);
  }

  /** Every control the content script added to the page (toggles, Add all, Decode, Try it), optionally only
   *  those shown pressed. */
  ours(o: { pressed?: boolean } = {}): Locator {
    return this.page.locator(o.pressed ? '[data-token-workbench-ui][aria-pressed="true"]' : '[data-token-workbench-ui]');
  }

  /** The scopes of the toggles shown pressed, each once, sorted. */
  pressed(): Promise<(string | null)[]> {
    return withTimeout(
      this.page.locator(`${TOGGLE}[aria-pressed="true"]`).evaluateAll((bs) => [...new Set(bs.map((b) => b.getAttribute('data-scope')))].sort()),
      5_000,
      'reading pressed toggles',
    );
  }

  /** The scopes the toggles inside `within` stand for, in page order. */
  scopesOf(within?: string): Promise<(string | null)[]> {
    return this.toggles({ within }).evaluateAll((bs) => bs.map((b) => b.getAttribute('data-scope')));
  }
}
