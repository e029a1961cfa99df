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
  readonly unpinButton: Locator;
  readonly themeSelect: Locator;
  readonly verifyButton: Locator;
  readonly stripWhitespace: Locator;
  readonly lifetime: Locator;
  readonly relativeTime: Locator;
  readonly scopeGroups: Locator;
  readonly jweNote: Locator;
  readonly opaqueNote: Locator;
  /** The decoder's notes ("Removed the "Bearer" prefix", …). */
  readonly notes: Locator;

  constructor(readonly page: Page) {
    this.signatureBadge = page.getByTestId('signature-badge').first();
    this.timeBadge = page.getByTestId('time-badge').first();
    this.unsignedBadge = page.getByTestId('unsigned-badge').first();
    this.verifyResult = page.getByTestId('verify-result').first();
    this.kind = page.getByTestId('token-kind').first();
    this.countdown = page.getByTestId('countdown').first();
    this.claimsTable = page.getByTestId('claims-table').first();
    this.pinButton = page.getByRole('button', { name: /pin to toolbar|unpin from toolbar/i });
    this.unpinButton = page.getByRole('button', { name: 'Unpin from toolbar' });
    this.themeSelect = page.getByRole('combobox', { name: 'Theme' });
    this.verifyButton = page.getByRole('button', { name: 'Verify', exact: true });
    this.stripWhitespace = page.getByRole('button', { name: 'Strip whitespace' });
    this.lifetime = page.getByTestId('lifetime').first();
    this.relativeTime = page.getByTestId('relative-time').first();
    this.scopeGroups = page.getByTestId('scope-groups').first();
    this.jweNote = page.getByTestId('jwe-note').first();
    this.opaqueNote = page.getByTestId('opaque-note').first();
    this.notes = page.getByRole('list', { name: 'Notes' });
  }

  /** Waits until the signature badge reads exactly `text`. */
  async signatureBecomes(text: string, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction((want) => document.querySelector('[data-testid="signature-badge"]')?.textContent === want, text, { timeout });
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
    await this.verifyButton.click();
    await this.page.waitForFunction(() => document.querySelector('[data-testid="signature-badge"]')?.textContent !== 'Not verified yet', undefined, { timeout });
    return this.settledSignature(timeout);
  }
}
