// Page object of the inspector tab (full-width decoder; receives right-click hand-offs). Roles and labels
// only. Runs in Node (playwright-core).
import type { Locator, Page } from 'playwright-core';
import { DecodedViewLocators } from './inspect-view';

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
