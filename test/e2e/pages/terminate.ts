// Page object of the Terminate feature (issue #6) in the popup's decoded view and the options page's ledger:
// found by role, label and the documented data-testids, as a user would. Also the setup helpers the terminate
// tests share (a session vault and a profile, made through the same messages the options page sends), and a
// Node-side Management API caller that reaches the emulator under the tenant's real host name. Runs in Node.
import type { Locator, Page } from 'playwright-core';
import { fetch as undiciFetch } from 'undici';
import { emulatorFetch } from '../../support/emulator-fetch';
import type { Emulator } from '../../../emulator/server';
import { withTimeout } from '../timeout';

export class TerminatePanelPage {
  readonly panel: Locator;
  readonly blacklist: Locator;
  readonly confirmNow: Locator;
  readonly result: Locator;
  readonly sendAgain: Locator;
  readonly alert: Locator;
  readonly showLevers: Locator;
  /** The levers (each a section under its heading) and their controls, as the user sees them. */
  readonly grantLever: Locator;
  readonly secretLever: Locator;
  readonly lifetimeLever: Locator;
  readonly grantResult: Locator;
  readonly lifetimeResult: Locator;
  /** What the panel shows when the tenant no longer offers blacklisting (the levers instead). */
  readonly blacklistGone: Locator;
  /** The grant the delete lever found (its group) and that grant's scopes. */
  readonly grantToDelete: Locator;
  readonly grantScopes: Locator;
  readonly lifetimeSeconds: Locator;
  /** A legacy token whose global client no profile knows: the chooser, and its profile select. */
  readonly unmatchedProfile: Locator;
  readonly tokenProfile: Locator;
  /** What the panel says of a token's jti: not protected by Auth0's blacklist, or absent. */
  readonly jtiUnprotected: Locator;
  readonly noJti: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('terminate-panel');
    this.blacklist = this.panel.getByRole('button', { name: 'Blacklist', exact: true });
    this.confirmNow = this.panel.getByRole('button', { name: 'Blacklist now' });
    this.result = page.getByTestId('blacklist-result');
    this.sendAgain = this.panel.getByRole('button', { name: 'Send again' });
    this.alert = this.panel.getByRole('alert');
    this.showLevers = this.panel.getByRole('button', { name: 'Show the levers' });
    this.grantLever = this.lever(/Delete the client grant/);
    this.secretLever = this.lever(/Rotate the client secret/);
    this.lifetimeLever = this.lever(/Shorten the API's maximum token lifetime/);
    this.grantResult = page.getByTestId('lever-grant-result');
    this.lifetimeResult = page.getByTestId('lever-lifetime-result');
    this.blacklistGone = page.getByTestId('blacklist-gone');
    this.grantToDelete = this.grantLever.getByRole('group', { name: 'Client grant to delete' });
    this.grantScopes = this.grantLever.getByTestId('lever-grant-scopes');
    this.lifetimeSeconds = this.lifetimeLever.getByLabel('Maximum token lifetime in seconds');
    this.unmatchedProfile = page.getByTestId('unmatched-profile');
    this.tokenProfile = page.getByLabel("Profile of this token's tenant");
    this.jtiUnprotected = page.getByTestId('jti-unprotected');
    this.noJti = page.getByTestId('no-jti');
  }

  /** A lever's button: ('grant', 'Delete grant…') asks, ('grant', 'Delete grant', { exact: true }) confirms. */
  leverButton(lever: 'grant' | 'secret' | 'lifetime', name: string, o: { exact?: boolean } = {}): Locator {
    const section = { grant: this.grantLever, secret: this.secretLever, lifetime: this.lifetimeLever }[lever];
    return section.getByRole('button', { name, ...o });
  }

  lever(name: RegExp): Locator {
    return this.panel.locator('section.lever').filter({ has: this.page.getByRole('heading', { name }) });
  }
}

export class LedgerTerminatePage {
  readonly root: Locator;
  readonly bulk: Locator;
  readonly bulkConfirm: Locator;
  readonly bulkRows: Locator;
  /** The bulk run's error line (it stops at the first tenant-level failure). */
  readonly bulkError: Locator;
  readonly bulkResults: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('ledger-terminate');
    this.bulk = this.root.getByRole('button', { name: /^Blacklist every token I minted for/ });
    this.bulkConfirm = this.root.getByRole('button', { name: 'Blacklist all' });
    this.bulkRows = page.getByTestId('bulk-results').locator('tbody tr');
    this.bulkError = page.getByTestId('bulk-blacklist').locator('p.error');
    this.bulkResults = page.getByTestId('bulk-results');
  }

  /** The bulk run's result rows with one outcome ("blacklisted", …). */
  bulkOutcome(outcome: string): Locator {
    return this.page.locator(`[data-testid="bulk-results"] tr[data-outcome="${outcome}"]`);
  }
}

type Send = (message: unknown) => Promise<{ ok: boolean; data?: any; error?: { code: string; message: string } }>;

/** chrome.runtime.sendMessage from an extension page (privileged messages need one). */
export function sender(page: Page): Send {
  return (m) => withTimeout(page.evaluate((msg) => (globalThis as any).chrome.runtime.sendMessage(msg), m), 20_000, 'sendMessage');
}

export interface ProfileOptions {
  environment?: 'development' | 'staging' | 'production';
  legacy?: boolean;
  clientCredentials?: boolean;
}

/** A session vault and one profile for the emulator's tenant: the granted client and/or the legacy global client. */
export async function setupProfile(send: Send, emulator: Emulator, opts: ProfileOptions = {}): Promise<string> {
  const { seed } = emulator;
  const setup = await send({ type: 'vault.setup', payload: { mode: 'session' } });
  if (!setup.ok) throw new Error(`vault.setup: ${setup.error?.message}`);
  const payload: Record<string, unknown> = { label: 'Demo', domain: seed.domain, environment: opts.environment ?? 'development' };
  if (opts.clientCredentials !== false) Object.assign(payload, { clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret });
  if (opts.legacy) {
    payload.hs256Legacy = { globalClientId: seed.globalClient.clientId, secretEncoding: 'base64url', secret: seed.globalClient.clientSecret };
    payload.acknowledgeHs256Risk = true;
  }
  const saved = await send({ type: 'profiles.save', payload });
  if (!saved.ok) throw new Error(`profiles.save: ${saved.error?.message}`);
  return saved.data.id as string;
}

export async function mintLegacy(send: Send, profileId: string, scopes = ['read:users']): Promise<string> {
  const r = await send({ type: 'mint.request', payload: { profileId, mode: 'hs256-legacy', scopes } });
  if (!r.ok) throw new Error(`mint.request: ${r.error?.message}`);
  return r.data.token as string;
}

/** Calls the emulator's Management API from Node with SNI/Host = the tenant domain. */
export function managementCaller(emulator: Emulator) {
  const { dispatcher } = emulatorFetch(emulator.port);
  return async (path: string, token: string): Promise<{ status: number; body: unknown }> => {
    const res = await undiciFetch(`https://${emulator.seed.domain}${path}`, { headers: { authorization: `Bearer ${token}` }, dispatcher });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
}
