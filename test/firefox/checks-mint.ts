// Mint checks of the Firefox lane (issues #4 and #5; Node, puppeteer-core). #4: a session vault and the demo
// profile (the seeded granted client) saved through the typed messages the options page sends, then Generate
// in the popup's Mint tab shows the client's granted scopes. #5: on the emulated dashboard, three trusted clicks
// on the page-side scope toggles, then Mint in the tray (closed shadow root, see shadow.ts). Plain mode: one
// /oauth/token POST, and the tray lists the scopes Auth0 issued unasked (FACTS §1: no narrowing). Exact mode
// (issue #11, minting app set up by message): a ledger entry and a token with exactly the three, and the tray
// never holds the token.
import type { LedgerEntry } from '../../src/shared/messages/mint';
import { GRANTED_CLIENT_SCOPES } from '../../emulator/seed';
import { withTimeout } from '../e2e/timeout';
import { gotoExtensionPage } from './launch';
import { assert, clickOn, DASH, shot, textOf, type LaneContext } from './context';
import { must, sender } from './ext';
import { ClosedShadow } from './shadow';

const sorted = (a: readonly string[]) => [...a].sort().join(' ');

/** A session vault (if none yet) and the demo profile; returns its id. The tour seeds the same profile. */
export async function saveDemoProfile(t: LaneContext): Promise<string> {
  const send = must(sender(t.popup));
  const { seed } = t.emulator;
  const vault = await send<{ mode: string }>('vault.status', {});
  if (vault.mode === 'none') await send('vault.setup', { mode: 'session' });
  const { id } = await send<{ id: string }>('profiles.save', {
    label: 'Demo tenant',
    domain: seed.domain,
    environment: 'development',
    clientId: seed.clients.granted.clientId,
    clientSecret: seed.clients.granted.clientSecret,
  });
  return id;
}

export async function mintInPopup(t: LaneContext): Promise<void> {
  const { emulator } = t;
  t.profileId = await saveDemoProfile(t);
  // A fresh popup lists the new profile. A new tab rather than re-navigating this one: after a same-tab
  // navigation between extension pages, Firefox's accessibility locator (::-p-aria) no longer finds nodes.
  const popup = await t.browser.newPage();
  await popup.setViewport({ width: 440, height: 600 });
  await gotoExtensionPage(popup, 'src/popup/index.html');
  await withTimeout(t.popup.close(), 5_000, 'closing the old popup tab').catch(() => undefined);
  t.popup = popup;
  await clickOn(popup, '::-p-aria([name="Mint"][role="tab"])');
  const profile = await textOf(popup, '::-p-aria([name="Profile"][role="combobox"])', 5_000);
  assert(profile.includes('Demo tenant'), `the Mint tab offers "${profile}"`);
  emulator.clearLog();
  await clickOn(popup, '::-p-aria([name="Generate"][role="button"])');
  const granted = await popup
    .waitForSelector('[data-testid="granted-scopes"] code, [aria-label="Mint"] [role="alert"]', { timeout: 20_000 })
    .then((el) => withTimeout(el!.evaluate((e) => `${e.tagName} ${e.textContent ?? ''}`), 5_000, 'reading the result'));
  assert(granted.startsWith('CODE '), `the mint failed: ${granted}`);
  assert(sorted(granted.slice(5).split(' ').filter(Boolean)) === sorted(GRANTED_CLIENT_SCOPES), `granted: ${granted.slice(5)}`);
  const token = await textOf(popup, '[data-testid="minted-token"]', 2_000);
  assert(/^•+ \(\d+ characters, hidden\)$/.test(token.trim()), `the token is not shown masked: ${token.slice(0, 40)}`);
  const posts = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/oauth/token');
  assert(posts.length === 1, `${posts.length} token requests`);
  const body = posts[0]!.body as Record<string, unknown>;
  assert(body.grant_type === 'client_credentials' && body.client_id === emulator.seed.clients.granted.clientId, `token request: ${JSON.stringify(body)}`);
  await withTimeout(popup.$eval('[data-testid="granted-scopes"]', (e) => e.scrollIntoView({ block: 'end' })), 2_000, 'scrolling to the result');
  await shot(popup, 'mint');
}

export async function scopeClickMints(t: LaneContext): Promise<void> {
  const { browser, emulator } = t;
  assert(t.profileId, 'no demo profile (the mint check did not save one)');
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 800 });
    const response = await page.goto(`${DASH}/apis/management/permissions`, { timeout: 15_000 });
    assert(response?.status() === 200, `permissions page answered ${response?.status()}`);
    await page.waitForSelector('[data-token-workbench="ready"]', { timeout: 15_000 });
    const chosen = ['read:users', 'read:clients', 'read:logs'];
    for (const s of chosen) await clickOn(page, `::-p-aria(Add ${s} to the token)`, 5_000);
    const pressed = await withTimeout(
      page.$$eval('button[data-token-workbench-ui="scope"][aria-pressed="true"]', (bs) => bs.map((b) => (b as HTMLElement).dataset.scope)),
      5_000,
      'reading pressed toggles',
    );
    assert(sorted(pressed as string[]) === sorted(chosen), `pressed toggles: ${pressed.join(' ')}`);

    const tray = await ClosedShadow.attach(page);
    await tray.openGenerator(3, 5_000);
    emulator.clearLog();
    await tray.click('Mint');
    const extras = await tray.waitFor('[data-role="extras"]', 40_000);
    assert(extras.includes(`Auth0 issued ${GRANTED_CLIENT_SCOPES.length - 3} scopes you did not pick`), `plain mode said: ${extras}`);
    const posts = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/oauth/token');
    assert(posts.length === 1, `${posts.length} /oauth/token POSTs`);

    // Exact mode: a minting app, then the same three clicks give exactly those scopes.
    const send = must(sender(t.popup));
    await send('mintingApp.create', { profileId: t.profileId, audience: emulator.seed.managementAudience, confirm: 'yes' });
    await page.reload({ timeout: 15_000 });
    await page.waitForSelector('[data-token-workbench="ready"]', { timeout: 15_000 });
    for (const s of chosen) await clickOn(page, `::-p-aria(Add ${s} to the token)`, 5_000);
    const exactTray = await ClosedShadow.attach(page);
    await exactTray.openGenerator(3, 5_000);
    const since = Date.now();
    await exactTray.click('Mint');
    const exact = await exactTray.waitFor('[data-role="exact"]', 40_000);
    assert(exact.startsWith('The token carries exactly the 3 picked scopes'), `exact mode said: ${exact}`);
    const ledger = await send<{ entries: LedgerEntry[] }>('ledger.list', {});
    const fresh = ledger.entries.filter((e) => e.createdAt >= since - 1_000 && e.mode === 'exact');
    assert(fresh.length === 1, `${fresh.length} new exact ledger entries`);
    assert(sorted(fresh[0]!.scopes) === sorted(chosen), `the ledger entry carries ${fresh[0]!.scopes.join(' ')}`);
    assert(!!fresh[0]!.grantChange, 'the ledger entry records no grant change');
    const revealed = await send<{ token: string } | null>('ledger.reveal', { ledgerId: fresh[0]!.id });
    const token = revealed?.token ?? '';
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { scope?: string };
    assert(sorted((claims.scope ?? '').split(' ')) === sorted(chosen), `the token's scope is "${claims.scope}"`);
    const trayText = (await exactTray.text('.panel')) ?? '';
    assert(token.length > 40 && !trayText.includes(token.slice(-30)), 'the tray holds the token');
    await shot(page, 'scope-click');
  } finally {
    await withTimeout(page.close(), 5_000, 'closing the dashboard tab').catch(() => undefined);
  }
}

/** Two dashboard tabs, two different sets, Mint pressed in both at once: each token carries its own set (the
 *  background serializes exact mints per tenant and audience, issue #11). */
export async function twoTabsAtOnce(t: LaneContext): Promise<void> {
  const send = must(sender(t.popup));
  const sets = [['read:users'], ['read:clients', 'delete:client_grants']];
  const pages = await Promise.all(sets.map(() => t.browser.newPage()));
  try {
    const trays = [];
    for (const [i, page] of pages.entries()) {
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(`${DASH}/apis/management/permissions`, { timeout: 15_000 });
      await page.waitForSelector('[data-token-workbench="ready"]', { timeout: 15_000 });
      for (const s of sets[i]!) await clickOn(page, `::-p-aria(Add ${s} to the token)`, 5_000);
      const tray = await ClosedShadow.attach(page);
      await tray.openGenerator(sets[i]!.length, 5_000);
      trays.push(tray);
    }
    await Promise.all(trays.map((tray) => tray.click('Mint')));
    for (const [i, tray] of trays.entries()) {
      const id = await tray.ledgerId();
      const got = await send<{ token: string } | null>('ledger.reveal', { ledgerId: id });
      const scope = (JSON.parse(Buffer.from((got?.token ?? '').split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { scope?: string }).scope ?? '';
      assert(sorted(scope.split(' ')) === sorted(sets[i]!), `tab ${i + 1} got "${scope}", not ${sets[i]!.join(' ')}`);
    }
  } finally {
    await Promise.all(pages.map((p) => withTimeout(p.close(), 5_000, 'closing a dashboard tab').catch(() => undefined)));
  }
}
