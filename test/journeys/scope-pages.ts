// Page objects of scope-click (issues #5, #11, #12) on the two-driver seam (./driver.ts; Node): an Auth0 page
// (the emulated dashboard or Management API reference) with our "Add <scope> to the token" toggles and "Add all
// scopes of this endpoint" buttons, found by accessible name; the generator tray in the closed shadow root
// through the shared tray driver; and the extension-page side a journey needs around them (a session vault
// and the demo profile saved by message, as the options page does; a minted token read back from the ledger).
import { decodeJwt } from 'jose';
import type { TrayDriver } from '../support/tray-driver';
import { check, type Driver, type UiPage } from './driver';
import { pageFinds, recordMutations, tokenNeedles } from './isolation';

export const DASH = 'https://manage.auth0.com/dashboard/us/demo';
export const DOCS = 'https://auth0.com/docs/api/management/v2';
export const ADD_ALL = '+ Add all scopes of this endpoint';

export const sorted = (a: readonly string[]): string => [...a].sort().join(' ');

/** The `scope` claim of a JWT, as a sorted list. */
export function scopesOf(token: string): string[] {
  const { scope } = decodeJwt(token);
  return (typeof scope === 'string' ? scope : '').split(' ').filter(Boolean).sort();
}

/** An extension page (a privileged sender) with a session vault and the demo profile (the seeded granted client). */
export async function demoProfile(driver: Driver, seed: { domain: string; clients: { granted: { clientId: string; clientSecret: string } } }, opts: { legacy?: { globalClientId: string; secret: string }; environment?: string } = {}): Promise<{ ext: UiPage; profileId: string }> {
  const ext = await driver.openExtensionPage('src/popup/index.html', { popup: true });
  check((await ext.send('vault.setup', { mode: 'session' })).ok, 'vault.setup failed');
  const { clientId, clientSecret } = seed.clients.granted;
  const payload: Record<string, unknown> = { label: 'Demo', domain: seed.domain, environment: opts.environment ?? 'development', clientId, clientSecret };
  if (opts.legacy) Object.assign(payload, { hs256Legacy: { ...opts.legacy, secretEncoding: 'base64url' }, acknowledgeHs256Risk: true });
  const saved = await ext.send<{ id: string }>('profiles.save', payload);
  check(saved.ok && saved.data, `profiles.save: ${saved.error?.message}`);
  return { ext, profileId: saved.data.id };
}

/** A minting application for `audience` on the profile (issue #11: exact-scope minting), created by the
 *  privileged `mintingApp.create` message as the options page's confirmed button does; returns its client id. */
export async function createMintingApp(ext: UiPage, profileId: string, audience: string): Promise<string> {
  const made = await ext.send<{ clientId: string }>('mintingApp.create', { profileId, audience, confirm: 'yes' });
  check(made.ok && made.data, `mintingApp.create: ${made.error?.message}`);
  return made.data.clientId;
}

/** The token a ledger entry holds this session (`ledger.reveal`, from an extension page). */
export async function tokenOf(ext: UiPage, ledgerId: string): Promise<string> {
  const r = await ext.send<{ token: string } | null>('ledger.reveal', { ledgerId });
  check(r.ok && r.data?.token, `ledger.reveal ${ledgerId}: ${JSON.stringify(r).slice(0, 120)}`);
  return r.data.token;
}

/** A dashboard or reference page, opened with a recorder of everything the page itself could observe. */
export class ScopePage {
  constructor(readonly page: UiPage) {}

  static async open(driver: Driver, url: string): Promise<ScopePage> {
    return new ScopePage(await driver.openWebPage(url, { beforeLoad: recordMutations }));
  }

  /** Trusted clicks on each scope's "Add <scope> to the token" toggle. */
  async add(scopes: readonly string[]): Promise<void> {
    for (const s of scopes) await this.page.click('button', `Add ${s} to the token`);
  }

  async addAll(): Promise<void> {
    await this.page.click('button', ADD_ALL);
  }

  /** The scopes whose toggles show pressed, each once, sorted (the toggles' documented data-scope hook). */
  pressed(): Promise<string> {
    return this.page.evaluate(
      () => [...new Set([...document.querySelectorAll('[data-token-workbench-ui="scope"][aria-pressed="true"]')].map((b) => b.getAttribute('data-scope') ?? ''))].sort().join(' '),
      undefined,
      'reading the pressed toggles',
    );
  }

  /** Adds `scopes` (or the endpoint's "Add all" when `addAll`), checks the pressed toggles, opens the generator. */
  async pick(scopes: readonly string[], o: { addAll?: boolean } = {}): Promise<TrayDriver> {
    if (o.addAll) await this.addAll();
    else await this.add(scopes);
    const pressed = await this.page.poll((want) => {
      const now = [...new Set([...document.querySelectorAll('[data-token-workbench-ui="scope"][aria-pressed="true"]')].map((b) => b.getAttribute('data-scope') ?? ''))].sort().join(' ');
      return now === want ? now : '';
    }, sorted(scopes), `toggles ${sorted(scopes)} pressed`, 5_000).catch(async () => this.pressed());
    check(pressed === sorted(scopes), `pressed toggles: "${pressed}", expected "${sorted(scopes)}"`);
    const tray = await this.page.tray();
    await tray.openGenerator(scopes.length);
    return tray;
  }

  /** What a script of this page could find of `token` (empty: nothing). */
  finds(token: string): Promise<string[]> {
    return pageFinds(this.page, tokenNeedles(token));
  }
}

/** Mint in the tray, then the result's ledger id and the line that says what the token carries. */
export async function mintInTray(tray: TrayDriver, role: 'extras' | 'exact'): Promise<{ ledgerId: string; said: string }> {
  await tray.click('Mint');
  const said = await tray.waitFor(`.result [data-role="${role}"]`, 40_000).catch(async (e: Error) => {
    throw new Error(`${e.message}; the tray shows: ${(await tray.allText()).slice(0, 400)}`);
  });
  return { ledgerId: await tray.ledgerId(), said };
}
