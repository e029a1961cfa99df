// Page objects of the user journeys, on the two-driver seam (./driver.ts; Node): the popup / inspector's decoded
// view and the options page, by role, accessible name and label as a user finds them (plus the decoded view's
// documented data-testids). One description, used on Chromium and Firefox alike.
import type { Driver, UiPage } from './driver';

export const TOKEN_FIELD = 'Paste a token (JWT, JWE or opaque)';
/** Signature badge texts that are not an outcome yet. */
const UNSETTLED = new Set(['', 'Verifying…', 'Signature not verified']);

/** The decoded view of the popup and of the inspector tab (src/ui/inspect). */
export class DecodedView {
  constructor(readonly page: UiPage) {}

  async paste(token: string): Promise<void> {
    await this.page.fill(TOKEN_FIELD, token);
  }

  async claims(): Promise<Record<string, unknown>> {
    return JSON.parse(await this.page.textUntil('claims-json', (t) => t.startsWith('{'), 10_000)) as Record<string, unknown>;
  }

  /** The signature badge once verification has an outcome. */
  settledSignature(ms = 15_000): Promise<string> {
    return this.page.textUntil('signature-badge', (t) => !UNSETTLED.has(t), ms);
  }

  signature(): Promise<string> {
    return this.page.text('signature-badge');
  }

  /** A tenant without a profile is not fetched until the user asks (issue #13 item 2): the badge waits on
   *  "Not verified yet"; this presses Verify and returns the outcome. */
  async verifyOnRequest(): Promise<string> {
    const before = await this.settledSignature();
    if (before !== 'Not verified yet') throw new Error(`expected "Not verified yet" before Verify, got "${before}"`);
    await this.page.click('button', 'Verify');
    return this.page.textUntil('signature-badge', (t) => t !== 'Not verified yet' && !UNSETTLED.has(t), 15_000);
  }

  verifyResult(): Promise<string> {
    return this.page.text('verify-result');
  }

  /** Types an HMAC secret (UTF-8) into the decoded view's secret box and asks for verification. */
  async verifyWithSecret(alg: string, secret: string): Promise<void> {
    await this.page.fill(`Secret for ${alg}`, secret);
    await this.page.click('button', 'Verify with secret');
  }
}

export const openPopup = async (driver: Driver): Promise<DecodedView> => new DecodedView(await driver.openExtensionPage('src/popup/index.html', { popup: true }));

export interface ProfileInput {
  label: string;
  domain: string;
  clientId: string;
  clientSecret: string;
}

/** The options page (src/options): vault, tenant profiles. */
export class OptionsUi {
  constructor(readonly page: UiPage) {}

  static async open(driver: Driver): Promise<OptionsUi> {
    return new OptionsUi(await driver.openExtensionPage('src/options/index.html'));
  }

  async createVault(passphrase: string): Promise<void> {
    await this.page.fill('New passphrase', passphrase);
    await this.page.fill('Repeat passphrase', passphrase);
    await this.page.click('button', 'Create vault');
    await this.page.waitFor('button', 'Lock now');
  }

  async addProfile(p: ProfileInput): Promise<void> {
    await this.page.click('button', 'Add profile');
    await this.page.fill('Label', p.label);
    await this.page.fill('Tenant domain', p.domain);
    await this.page.fill('Client ID', p.clientId);
    await this.page.fill('Client secret', p.clientSecret);
    await this.page.click('button', 'Save profile');
    await this.page.waitFor('article', `Profile ${p.label}`);
  }

  async lockNow(): Promise<void> {
    await this.page.click('button', 'Lock now');
    await this.page.waitFor('button', 'Unlock');
  }

  /** Types the passphrase and clicks Unlock (does not wait: the caller checks the outcome). */
  async tryUnlock(passphrase: string): Promise<void> {
    await this.page.fill('Vault passphrase', passphrase);
    await this.page.click('button', 'Unlock');
  }

  /** Exact-scope minting for the profile's first audience: the set-up step, then the confirmed creation of the
   *  minting application in `domain`; resolves once the page says it is ready. */
  async setUpExactMinting(domain: string, screenshot?: string): Promise<void> {
    await this.page.click('button', 'Set up exact minting');
    if (screenshot) await this.page.screenshot(screenshot);
    await this.page.click('button', `Create the application in ${domain}`);
    await this.page.poll(() => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes('Exact minting is ready')), undefined, 'exact minting ready', 20_000);
  }

  /** The text of the first row of the "Minted tokens" table that contains `text`, once there is one. */
  ledgerRowWith(text: string): Promise<string> {
    return this.page.poll(
      (want) => [...document.querySelectorAll('table[aria-label="Minted tokens"] tbody tr')].map((r) => r.textContent ?? '').find((t) => t.includes(want)) ?? '',
      text,
      `a ledger row with "${text}"`,
      10_000,
    );
  }

  async vaultLocked(): Promise<boolean> {
    const r = await this.page.send<{ locked: boolean }>('vault.status', {});
    return r.data?.locked === true;
  }
}

/** Every storage area as JSON, read from an extension page (`browser` on Firefox, `chrome` on Chromium). */
export function dumpStorage(page: UiPage): Promise<string> {
  return page.evaluate(
    async () => {
      const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as { storage: Record<string, { get(k: null): Promise<unknown> }> };
      const out: unknown[] = [];
      for (const area of ['local', 'session', 'sync']) out.push(await api.storage[area]!.get(null));
      return JSON.stringify(out);
    },
    undefined,
    'reading every storage area',
  );
}
