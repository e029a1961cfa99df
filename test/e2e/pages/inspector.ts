// Page object of the inspector tab (full-width decoder; receives right-click hand-offs). Roles and labels
// only. Runs in Node (playwright-core).
import type { Locator, Page } from 'playwright-core';
import { DecodedViewLocators } from './inspect-view';
import type { ExtensionHandle } from '../launch';

export class InspectorPage {
  readonly heading: Locator;
  readonly tokenInput: Locator;
  readonly header: Locator;
  readonly claims: Locator;
  readonly status: Locator;
  readonly notes: Locator;
  /** The decoded view's badges, verification and times (issue #3). */
  readonly view: DecodedViewLocators;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.tokenInput = page.getByLabel('Paste a token (JWT, JWE or opaque)');
    this.header = page.getByTestId('header-json');
    this.claims = page.getByTestId('claims-json');
    this.status = page.getByRole('status');
    this.notes = page.getByRole('list', { name: 'Notes' });
    this.view = new DecodedViewLocators(page);
  }

  async claimsJson(): Promise<Record<string, unknown>> {
    return JSON.parse((await this.claims.textContent({ timeout: 5_000 })) ?? '') as Record<string, unknown>;
  }
}

/**
 * Right-click "Decode JWT" on a selection: native context menus cannot be clicked by automation, so this calls
 * the handler the menu listener calls, in the service worker, and waits for the inspector tab it opens. Returns
 * that tab and its URL as it opened (the page clears its fragment right after reading it).
 */
export async function decodeViaContextMenu(extension: ExtensionHandle, selectionText: string): Promise<{ page: Page; openedUrl: string }> {
  let openedUrl = '';
  const opened = extension.context.waitForEvent('page', {
    predicate: (p) => {
      openedUrl = p.url();
      return openedUrl.includes('/src/inspector/index.html');
    },
    timeout: 10_000,
  });
  await extension.evalInWorker(
    (text) =>
      (globalThis as unknown as { __tokenWorkbenchMenuClick: (i: object) => Promise<void> }).__tokenWorkbenchMenuClick({
        menuItemId: 'token-workbench-decode',
        selectionText: text,
      }),
    selectionText,
    'the Decode JWT menu handler',
  );
  return { page: await opened, openedUrl };
}
