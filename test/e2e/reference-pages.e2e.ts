// End-to-end tests of issue #12 items 1, 6 and 9 in Chromium against the emulator: today's Mintlify reference
// pages (FACTS §10) in English and fr-CA get per-scope toggles and a working "Add all scopes of this endpoint";
// a scope that exists only in the tenant's live list (added to the emulator's resource servers at test time, as
// Auth0 can add one the bundled catalog lacks) gets a toggle once the popup has read the list, and a custom
// API's permission the syntax rule alone would refuse gets one on that API's own page; the M2M tab is recognised
// as "Application Access" too. Runs in Node.
import { expect, test, withTimeout } from './fixtures';
import { MintTab } from './pages/mint';
import { ScopeToggles } from './pages/scope-toggles';
import { TrayHost } from './pages/tray';

const DASH = 'https://manage.auth0.com/dashboard/us/demo';
const DOCS = 'https://auth0.com/docs/api/management/v2';
const FR_DOCS = 'https://auth0.com/docs/fr-ca/api/management/v2';
test('item 1: Mintlify pills (English and fr-CA) get per-scope toggles and an "Add all" that adds both scopes', async ({ extension }) => {
  const page = await extension.context.newPage();
  const deco = new ScopeToggles(page);
  for (const [url, pill] of [[`${DOCS}/users/get-users`, 'div[data-component-part=field-info-pill]'], [`${FR_DOCS}/users/get-users`, 'span[data-component-part=field-info-pill]']] as const) {
    await page.goto(url);
    await deco.settle(300);
    await expect(page.locator(`#scopes-scopes ${pill}`).count(), url).resolves.toBe(2);
    const toggles = deco.toggles({ within: '#scopes-scopes' });
    await expect(deco.scopesOf('#scopes-scopes'), url).resolves.toEqual(['read:users', 'read:user_idp_tokens']);
    const addAll = deco.addAll('#scopes-scopes');
    await expect(addAll.count(), url).resolves.toBe(1);
    await expect(deco.pressed()).resolves.toEqual([]);
    await addAll.click();
    await expect.poll(() => deco.pressed(), { timeout: 5_000 }).toEqual(['read:user_idp_tokens', 'read:users']);
    await extension.screenshot(url.includes('/fr-ca/') ? 'reference-mintlify-fr-ca' : 'reference-mintlify-en', page);
    await toggles.first().click(); // a toggle still works on its own: read:users off again
    await expect.poll(() => deco.pressed(), { timeout: 5_000 }).toEqual(['read:user_idp_tokens']);
    await toggles.first().click();
    // The page's heading is translated in fr-CA; the page's own structure is untouched (pills not moved).
    await expect(page.locator('h4').first().textContent()).resolves.toBe(url.includes('/fr-ca/') ? 'Portées' : 'Scopes');
  }
  // The second, different markup (a classic list page) and a group page keep working the same way.
  await page.goto(`${DOCS}/clients`);
  await deco.settle(300);
  await expect.poll(() => deco.addAll().count()).toBeGreaterThan(0);
  await page.goto(`${FR_DOCS}/clients/get-clients`);
  await deco.settle(300);
  await expect.poll(() => deco.addAll().count()).toBe(1);
  await expect.poll(() => deco.toggles().count()).toBe(4);
});

test('item 6: a scope only the tenant\'s live list has gets a toggle, and so does a custom API permission on its own page', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const FUTURE = 'read:future_widgets'; // not in the bundled catalog: Auth0 added it "next month"
  const CUSTOM = 'read:orders_v2'; // the syntax rule refuses digits: only the live list makes it a permission
  seed.apis.management.scopes.push({ value: FUTURE, description: 'Read Future Widgets' });
  seed.apis.rsApi.scopes.push({ value: CUSTOM, description: 'Read orders (v2)' });

  // Before the tenant's list was read: the catalog alone, so no toggle for the new scope.
  const page = await extension.context.newPage();
  const deco = new ScopeToggles(page);
  await page.goto(`${DASH}/apis/management/permissions`);
  await deco.settle(300);
  await expect.poll(() => page.getByText(FUTURE, { exact: true }).count()).toBe(1);
  await expect(deco.toggles({ scope: FUTURE }).count()).resolves.toBe(0);

  const popup = await extension.openPopup();
  const send = (m: unknown) => withTimeout(popup.evaluate((msg) => (globalThis as any).chrome.runtime.sendMessage(msg), m), 20_000, 'sendMessage');
  await expect(send({ type: 'vault.setup', payload: { mode: 'session' } })).resolves.toMatchObject({ ok: true });
  await expect(send({ type: 'profiles.save', payload: { label: 'Demo', domain: seed.domain, environment: 'development',
    clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret } })).resolves.toMatchObject({ ok: true });
  // The Mint tab says its scopes come from the catalog until the user reads the tenant's list (one click: it
  // mints a management token), then where they come from and their age.
  emulator.clearLog();
  await popup.reload();
  await popup.getByRole('tab', { name: 'Mint' }).click();
  const mint = new MintTab(popup);
  const source = mint.scopeSource;
  await expect.poll(() => source.textContent(), { timeout: 10_000 }).toContain('Scopes from the bundled catalog.');
  expect(emulator.requests.filter((r) => r.path === '/api/v2/resource-servers')).toHaveLength(0);
  await mint.refreshScopes.click();
  await expect.poll(() => source.textContent(), { timeout: 20_000 }).toMatch(/Scopes from the tenant \(\d+ for Auth0 Management API\), fetched just now\./);
  expect(emulator.requests.filter((r) => r.path === '/api/v2/resource-servers' && r.status === 200).length).toBeGreaterThan(0);
  await mint.searchScopes.fill('future');
  await expect.poll(() => mint.scope(FUTURE).count()).toBe(1);
  await extension.screenshot('reference-live-scopes-popup', popup);
  // The content script got names only: its reply carries no token (checked on the message itself).
  const forPage = (await send({ type: 'scopes.forPage', payload: { domains: [seed.domain] } })) as { ok: boolean; data: { management: string[] } };
  expect(forPage.data.management).toContain(FUTURE);
  expect(JSON.stringify(forPage)).not.toMatch(/eyJ/);

  await page.reload();
  await deco.settle(300);
  await expect.poll(() => deco.toggles({ scope: FUTURE }).count()).toBe(1);
  await deco.toggles({ scope: FUTURE }).click();
  await expect(deco.pressed()).resolves.toEqual([FUTURE]);
  await extension.screenshot('reference-live-scope-toggle', page);

  // A custom API's permission gets a toggle on that API's own page (and not on the Management API's).
  await page.goto(`${DASH}/apis/${seed.apis.rsApi.id}/permissions`);
  await deco.settle(300);
  await expect.poll(() => page.locator('td', { hasText: CUSTOM }).count()).toBe(1);
  await expect.poll(() => deco.toggles({ scope: CUSTOM, within: 'td' }).count()).toBe(1);
  await page.goto(`${DASH}/apis/management/permissions`);
  await deco.settle(300);
  await expect(deco.toggles({ scope: CUSTOM }).count()).resolves.toBe(0);
});

test('item 9: the M2M tab titled "Application Access" (and the Permissions tab by its old slug) is recognised', async ({ extension }) => {
  const page = await extension.context.newPage();
  const deco = new ScopeToggles(page);
  const host = new TrayHost(page).host;
  for (const [url, tab, title] of [
    [`${DASH}/apis/management/application-access`, 'authorized-clients', 'Application Access'],
    [`${DASH}/apis/management/authorized-clients`, 'authorized-clients', 'Machine to Machine Applications'],
    ['https://manage.auth0.com/#/apis/management/scopes', 'permissions', 'Permissions'],
  ] as const) {
    await page.goto(url);
    await deco.settle(300);
    await expect(page.getByRole('link', { name: title, exact: true }).count(), url).resolves.toBe(1);
    await expect(host.getAttribute('data-token-workbench-tab'), url).resolves.toBe(tab);
    await expect(deco.toggles().count(), url).resolves.toBeGreaterThan(0);
  }
  await page.goto(`${DASH}/apis/management/application-access`);
  await deco.settle(300);
  await extension.screenshot('dashboard-application-access', page);
});
