// Locators of the decoded view shared by the popup and the inspector tab (src/ui/inspect): status badges,
// verification result, times, scopes. Roles, labels and the documented data-testids only. Runs in Node.
import type { Locator, Page } from 'playwright-core';

export class DecodedViewLocators {
  readonly signatureBadge: Locator;
  readonly timeBadge: Locator;
  readonly unsignedBadge: Locator;
  readonly verifyResult: Locator;
  readonly kind: Locator;
  readonly countdown: Locator;
  readonly claimsTable: Locator;
  readonly pinButton: Locator;
  readonly themeSelect: Locator;

  constructor(readonly page: Page) {
    this.signatureBadge = page.getByTestId('signature-badge').first();
    this.timeBadge = page.getByTestId('time-badge').first();
    this.unsignedBadge = page.getByTestId('unsigned-badge').first();
    this.verifyResult = page.getByTestId('verify-result').first();
    this.kind = page.getByTestId('token-kind').first();
    this.countdown = page.getByTestId('countdown').first();
    this.claimsTable = page.getByTestId('claims-table').first();
    this.pinButton = page.getByRole('button', { name: /pin to toolbar|unpin from toolbar/i });
    this.themeSelect = page.getByRole('combobox', { name: 'Theme' });
  }

  /** Waits until the signature badge leaves "Verifying…" / "Signature not verified" and returns its text. */
  async settledSignature(timeout = 15_000): Promise<string> {
    await this.page.waitForFunction(
      () => {
        const t = document.querySelector('[data-testid="signature-badge"]')?.textContent ?? '';
        return t !== '' && t !== 'Verifying…' && t !== 'Signature not verified';
      },
      undefined,
      { timeout },
    );
    return (await this.signatureBadge.textContent({ timeout: 2_000 })) ?? '';
  }

  /** Like settledSignature, but presses "Verify" first when the background asks before fetching an Auth0
   *  tenant's keys (a tenant with no profile that was never verified, issue 13 item 2). */
  async verifiedSignature(timeout = 15_000): Promise<string> {
    const first = await this.settledSignature(timeout);
    if (first !== 'Not verified yet') return first;
    await this.page.getByRole('button', { name: 'Verify', exact: true }).click();
    await this.page.waitForFunction(() => document.querySelector('[data-testid="signature-badge"]')?.textContent !== 'Not verified yet', undefined, { timeout });
    return this.settledSignature(timeout);
  }
}
