// Page object of the toolbar popup (opened as a tab at the popup URL by the e2e fixtures). Finds controls by
// role and label, as a user would, so a restyle does not break the tests. Runs in Node (playwright-core).
import type { Locator, Page } from 'playwright-core';
import { DecodedViewLocators } from './inspect-view';

export class PopupPage {
  readonly tokenInput: Locator;
  readonly header: Locator;
  readonly claims: Locator;
  readonly openInTab: Locator;
  readonly copyHeader: Locator;
  readonly copyClaims: Locator;
  readonly alert: Locator;
  readonly copyToken: Locator;
  /** The decoded view's badges, verification and times (issue #3). */
  readonly view: DecodedViewLocators;

  constructor(readonly page: Page) {
    this.tokenInput = page.getByLabel('Paste a token (JWT, JWE or opaque)');
    // The decoded <pre>s are labelled by their headings; the test ids are the documented stable hooks.
    this.header = page.getByTestId('header-json');
    this.claims = page.getByTestId('claims-json');
    this.openInTab = page.getByRole('button', { name: 'Open in tab' });
    this.copyHeader = page.getByRole('button', { name: 'Copy header JSON' });
    this.copyClaims = page.getByRole('button', { name: 'Copy claims JSON' });
    this.alert = page.getByRole('alert');
    this.copyToken = page.getByRole('button', { name: 'Copy token' }).first();
    this.view = new DecodedViewLocators(page);
  }

  async paste(token: string): Promise<void> {
    await this.tokenInput.fill(token);
  }

  /** The decoded claims, parsed from the text the user sees. */
  async claimsJson(): Promise<Record<string, unknown>> {
    return JSON.parse((await this.claims.textContent({ timeout: 5_000 })) ?? '') as Record<string, unknown>;
  }

  /** What hostile claim values could have turned into: images, inline scripts, javascript: links (all must be
   *  0), and the rel of the one link the decoded view may render for an https value. */
  async injectedMarkup(safeHref: string): Promise<{ images: number; inlineScripts: number; javascriptLinks: number; safeLinkRel: string | null }> {
    const p = this.page;
    return {
      images: await p.locator('img').count(),
      inlineScripts: await p.locator('script:not([src])').count(),
      javascriptLinks: await p.locator('a[href^="javascript"]').count(),
      safeLinkRel: await p.locator(`a[href="${safeHref}"]`).getAttribute('rel', { timeout: 5_000 }),
    };
  }

  /** Clicks "Copy token" and returns what the button then says ("Copied" or "Copy failed"). */
  async copyTheToken(): Promise<string> {
    await this.copyToken.click();
    await this.page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Copied' || b.textContent === 'Copy failed'), undefined, { timeout: 5_000 });
    return (await this.copyToken.textContent({ timeout: 2_000 })) ?? '';
  }

  async headerJson(): Promise<Record<string, unknown>> {
    return JSON.parse((await this.header.textContent({ timeout: 5_000 })) ?? '') as Record<string, unknown>;
  }
}
