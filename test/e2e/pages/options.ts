// Page object of the options page (vault, tenant profiles, minted tokens; issue #4). Roles and labels only, as
// a user finds them. Runs in Node (playwright-core).
import type { BrowserContext, Locator, Page } from 'playwright-core';

export interface ProfileFields {
  label: string;
  domain: string;
  environment?: 'development' | 'staging' | 'production';
  clientId?: string;
  clientSecret?: string;
  customApi?: { audience: string; secret: string; raw?: boolean };
  legacy?: { globalClientId: string; secret: string };
}

export class OptionsPage {
  readonly status: Locator;
  readonly alert: Locator;
  readonly tenantDomain: Locator;
  readonly passphrase: Locator;
  readonly autoLockMinutes: Locator;
  readonly newPassphrase: Locator;
  readonly repeatPassphrase: Locator;
  /** The vault set-up's offline guess-time estimate, and what is wrong with the passphrase (when something is). */
  readonly guessTime: Locator;
  readonly passphraseProblem: Locator;
  readonly themeSelect: Locator;
  /** Shown when the stored data is from a newer version (read-only mode). */
  readonly readOnlyNotice: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('status');
    this.alert = page.getByRole('alert');
    this.tenantDomain = page.getByLabel('Tenant domain');
    this.passphrase = page.getByLabel('Vault passphrase');
    this.autoLockMinutes = page.getByLabel('Auto-lock minutes');
    this.newPassphrase = page.getByLabel('New passphrase');
    this.repeatPassphrase = page.getByLabel('Repeat passphrase');
    this.guessTime = page.getByTestId('guess-time');
    this.passphraseProblem = page.getByText(/^Use at least \d+ characters/);
    this.themeSelect = page.getByRole('combobox', { name: 'Theme' });
    this.readOnlyNotice = page.getByTestId('read-only-notice');
  }

  /** A button of the page by its accessible name ("Add profile", "Cancel", "Save auto-lock", …). */
  button(name: string): Locator {
    return this.page.getByRole('button', { name });
  }

  /** A button inside a profile's card ("Edit Demo", "Remove Prod", …). */
  profileButton(label: string, name: string): Locator {
    return this.profile(label).getByRole('button', { name });
  }

  /** The confirmation dialog, by its accessible name. */
  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  static url(extensionId: string): string {
    return `chrome-extension://${extensionId}/src/options/index.html`;
  }

  /** A profile card's environment badge (its colour says production). */
  environmentBadge(label: string): Locator {
    return this.profile(label).locator('[data-env]');
  }

  /** The vault section's auto-lock line once it reads "Auto-lock after <minutes> min". */
  autoLockSaved(minutes: number): Promise<void> {
    return this.page.getByText(`Auto-lock after ${minutes} min`).waitFor();
  }

  /** The theme the page shows: 'light' / 'dark' when one is chosen, 'system' when it follows the OS. */
  theme(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.dataset['theme'] ?? 'system');
  }

  /** Types the passphrase in both set-up fields (does not submit). */
  async typeNewPassphrase(passphrase: string): Promise<void> {
    await this.newPassphrase.fill(passphrase);
    await this.repeatPassphrase.fill(passphrase);
  }

  async setupPassphrase(passphrase: string): Promise<void> {
    await this.typeNewPassphrase(passphrase);
    await this.button('Create vault').click();
    await this.page.getByRole('button', { name: 'Lock now' }).waitFor();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
    await this.page.getByRole('button', { name: 'Lock now' }).waitFor();
  }

  async lockNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock now' }).click();
    await this.passphrase.waitFor();
  }

  async addProfile(f: ProfileFields): Promise<void> {
    const p = this.page;
    await p.getByRole('button', { name: 'Add profile' }).click();
    await p.getByLabel('Label', { exact: true }).fill(f.label);
    await this.tenantDomain.fill(f.domain);
    if (f.environment) await p.getByLabel('Environment').selectOption(f.environment);
    if (f.clientId) await p.getByLabel('Client ID', { exact: true }).fill(f.clientId);
    if (f.clientSecret) await p.getByLabel('Client secret', { exact: true }).fill(f.clientSecret);
    if (f.customApi || f.legacy) {
      await p.getByLabel('Enable local HS256 signing for this profile').check();
      await p.getByLabel('I understand the risks and want local signing for this profile').check();
    }
    if (f.customApi) {
      await p.getByLabel('Custom API signed with HS256').check();
      await p.getByLabel('Custom API audience').fill(f.customApi.audience);
      await p.getByLabel('API signing secret', { exact: true }).fill(f.customApi.secret);
      await p.getByLabel(f.customApi.raw === false ? 'API signing secret is base64url' : 'API signing secret is raw text').check();
    }
    if (f.legacy) {
      await p.getByLabel('Legacy APIv2 tokens').check();
      await p.getByLabel('Global client ID').fill(f.legacy.globalClientId);
      await p.getByLabel('Global client secret', { exact: true }).fill(f.legacy.secret);
    }
    await p.getByRole('button', { name: 'Save profile' }).click();
    await this.profile(f.label).waitFor();
  }

  profile(label: string): Locator {
    return this.page.getByRole('article', { name: `Profile ${label}` });
  }

  /** Clicks "Test credentials" and returns the status or alert text. */
  async testCredentials(label: string): Promise<string> {
    const card = this.profile(label);
    await card.getByRole('button', { name: `Test credentials of ${label}` }).click();
    const out = card.getByRole('status').or(card.getByRole('alert'));
    await out.first().waitFor({ timeout: 20_000 });
    return (await out.first().textContent()) ?? '';
  }

  ledgerRows(): Locator {
    return this.page.getByRole('table', { name: 'Minted tokens' }).locator('tbody tr');
  }

  /** The ledger's controls: "Reveal token <id>", "Re-mint <id>", "Export JSON". */
  ledgerButton(name: string): Locator {
    return this.page.getByRole('button', { name });
  }

  /** The token a ledger row's Reveal shows. */
  get revealedToken(): Locator {
    return this.page.getByLabel('Revealed token');
  }

  get exportWithTokens(): Locator {
    return this.page.getByLabel('Include tokens still held this session');
  }
}

// Extension pages have `chrome`; this Node-side file has no @types/chrome.
declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: Record<'local' | 'sync' | 'session', { get(k: null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> }>;
};

/** Sends one typed message from an extension page (a privileged sender), as the UI would. */
/** Opens the options page, creates a passphrase vault and saves the emulator's granted client as "Demo";
 *  returns the options page and the new profile's id. */
export async function setupDemoProfile(
  context: BrowserContext,
  extensionId: string,
  client: { domain: string; clientId: string; clientSecret: string },
): Promise<{ page: Page; profileId: string }> {
  const page = await context.newPage();
  await page.goto(OptionsPage.url(extensionId));
  await new OptionsPage(page).setupPassphrase('correct horse battery staple');
  const saved = await sendFromPage<{ id: string }>(page, 'profiles.save', { label: 'Demo', domain: client.domain, environment: 'development', clientId: client.clientId, clientSecret: client.clientSecret });
  if (!saved.ok || !saved.data) throw new Error(`saving the demo profile failed: ${saved.error?.message ?? 'no answer'}`);
  return { page, profileId: saved.data.id };
}

export async function sendFromPage<T = unknown>(page: Page, type: string, payload: unknown): Promise<{ ok: boolean; data?: T; error?: { code: string; message: string } }> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as never;
}

/** Every storage area's JSON, as one string to scan. */
export async function dumpStorage(page: Page): Promise<Record<'local' | 'sync' | 'session', string>> {
  return page.evaluate(async () => ({
    local: JSON.stringify(await chrome.storage.local.get(null)),
    sync: JSON.stringify(await chrome.storage.sync.get(null)),
    session: JSON.stringify(await chrome.storage.session.get(null)),
  }));
}

/** The page's text, attribute values and input values, shadow roots included (SECURITY B4.38). */
export async function dumpDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) out.push(a.value);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) out.push(el.value);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
      out.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
    };
    walk(document);
    return out.join('\n');
  });
}

/** A secret in clear, base64 and base64url: the forms a leak would take (SECURITY B5.43). */
export function secretForms(secret: string): string[] {
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  return [secret, b64, b64.replace(/=+$/, ''), Buffer.from(secret, 'utf8').toString('base64url')];
}

export function findSecrets(haystack: string, secrets: readonly string[]): string[] {
  return secrets.flatMap((s) => secretForms(s).filter((f) => haystack.includes(f)).map((f) => `${s.slice(0, 6)}… as ${f.slice(0, 10)}…`));
}

/**
 * Stops the extension's service worker (it restarts on the next event) with CDP `ServiceWorker.stopAllWorkers`
 * on a page session, and waits for CDP to report the worker's runningStatus "stopped" (Playwright's Worker
 * "close" event does not fire for this), so the caller knows it really stopped.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
  try {
    let stopped!: () => void;
    const done = new Promise<void>((resolve) => (stopped = resolve));
    cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => {
      if (e.versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) stopped();
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker did not stop within 10 s')), 10_000))]);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
