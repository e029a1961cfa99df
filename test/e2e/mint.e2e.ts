// Popup Mint tab end-to-end (issue #4), real Chromium against the emulator: mint with the seeded granted
// client and see its scopes, no narrowing (FACTS §1: the extras are listed), each Auth0 error shown as its message, a 429 Retry-After: 2 that
// succeeds after one wait, a hung token endpoint that times out without hanging the popup, and both HS256
// modes (the legacy token is accepted by the emulator's Management API; the custom-API token verifies with
// the API's signing secret). Profiles other than the UI-created one are saved by message from the options page.
import { jwtVerify } from 'jose';
import type { Page } from 'playwright-core';
import { req } from '../emulator/client';
import { expect, test, type ExtensionHandle } from './fixtures';
import { MintTab } from './pages/mint';
import { OptionsPage, sendFromPage } from './pages/options';

const PASS = 'correct horse battery staple';

async function setup(extension: ExtensionHandle, profiles: Record<string, unknown>[]): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(OptionsPage.url(extension.extensionId));
  await new OptionsPage(page).setupPassphrase(PASS);
  for (const p of profiles) expect((await sendFromPage(page, 'profiles.save', p)).ok).toBe(true);
  return page;
}

async function mintTab(extension: ExtensionHandle): Promise<MintTab> {
  return new MintTab(await extension.openPopup()).open();
}

const profile = (label: string, clientId: string, clientSecret: string, domain = 'demo.us.auth0.com') => ({ label, domain, environment: 'development', clientId, clientSecret });

test('mint with the granted client, extras disclosed (no narrowing), a scope outside the grant, snippets; light and dark screenshots', async ({ emulator, extension }) => {
  const { seed } = emulator;
  await setup(extension, [profile('Demo', seed.clients.granted.clientId, seed.clients.granted.clientSecret)]);
  const mint = await mintTab(extension);
  expect(await mint.mint()).toBe('token');
  const all = await mint.grantedScopes();
  expect([...all].sort()).toEqual([...seed.grants[0]!.scope].sort());
  const token = await mint.revealToken();
  expect(token.split('.')).toHaveLength(3);

  // FACTS §1: two scopes picked, the whole grant issued, and the panel says which Auth0 added unasked.
  await mint.choose({ scopes: ['read:users', 'read:logs'] });
  await expect(mint.page.getByRole('checkbox').first().getAttribute('aria-label')).resolves.toBe(all[0]);
  await mint.generate.click();
  const extras = mint.page.getByTestId('scope-extras');
  await extras.waitFor({ timeout: 15_000 });
  expect((await mint.grantedScopes()).sort()).toEqual([...all].sort());
  await expect(extras.textContent()).resolves.toContain(`Auth0 issued ${all.length - 2} scopes you did not pick: `);
  await expect.poll(() => mint.page.getByRole('button', { name: 'Set up exact minting' }).count()).toBe(1);

  // A scope outside the grant: Auth0 refuses the whole request, and only the missing scope is named.
  await mint.choose({ scopes: ['delete:users'] });
  await mint.generate.click();
  await mint.alert.waitFor({ timeout: 15_000 });
  await expect(mint.alert.textContent()).resolves.toMatch(/not granted delete:users for this API/);
  await expect(mint.alert.textContent()).resolves.not.toMatch(/not granted read:users/);

  await mint.page.getByRole('button', { name: 'Snippets' }).click();
  const snippet = (await mint.page.getByTestId('snippet').textContent({ timeout: 5_000 })) ?? '';
  await expect(mint.page.getByTestId('snippet-grant-note').textContent()).resolves.toContain('you did not pick');
  expect(snippet).toContain('YOUR_CLIENT_SECRET');
  expect(snippet).not.toContain(seed.clients.granted.clientSecret);

  await mint.page.emulateMedia({ colorScheme: 'light' });
  await extension.screenshot('popup-mint-light', mint.page);
  await mint.page.emulateMedia({ colorScheme: 'dark' });
  await extension.screenshot('popup-mint-dark', mint.page);
});

test('each Auth0 error is shown as its message', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const c = seed.clients;
  await setup(extension, [
    profile('Wrong secret', c.granted.clientId, 'not-the-secret-0000000000000000'),
    profile('Ungranted', c.ungranted.clientId, c.ungranted.clientSecret),
    profile('No CC', c.noClientCredentials.clientId, c.noClientCredentials.clientSecret),
    profile('Demo', c.granted.clientId, c.granted.clientSecret),
  ]);
  const mint = await mintTab(extension);
  const cases: [string, string | undefined, RegExp][] = [
    ['Wrong secret', undefined, /Wrong client ID or client secret/],
    ['Ungranted', undefined, /no client grant/],
    ['No CC', undefined, /Client Credentials grant/],
    ['Demo', `https://${seed.customDomain}/api/v2/`, /Service not enabled within domain/],
  ];
  for (const [label, audience, message] of cases) {
    await mint.choose({ profile: `${label} — ${seed.domain} (development)`, ...(audience ? { audience } : {}) });
    expect(await mint.mint()).toBe('error');
    await expect(mint.alert.textContent()).resolves.toMatch(message);
  }
  await extension.screenshot('popup-mint-error', mint.page);
});

test('429 Retry-After: 2 succeeds after one wait; a hung token endpoint times out with a message', async ({ emulator, extension }) => {
  const { seed } = emulator;
  await setup(extension, [profile('Demo', seed.clients.granted.clientId, seed.clients.granted.clientSecret)]);
  const mint = await mintTab(extension);
  emulator.faults.add({ route: 'POST /oauth/token', kind: 'rate-limit', retryAfter: 2, count: 1 });
  emulator.clearLog();
  const started = Date.now();
  expect(await mint.mint()).toBe('token');
  expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
  expect(emulator.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(2);

  // A different scope set, so the token cache does not answer.
  await mint.choose({ scopes: ['read:users'] });
  emulator.faults.add({ route: 'POST /oauth/token', kind: 'hang', count: 1 });
  const t0 = Date.now();
  await mint.generate.click();
  await mint.alert.waitFor({ timeout: 25_000 });
  await expect(mint.alert.textContent()).resolves.toMatch(/timed out|did not answer/i);
  expect(Date.now() - t0).toBeLessThan(20_000);
  await expect(mint.generate.isEnabled()).resolves.toBe(true); // the popup is usable again
});

test('both HS256 modes mint tokens: legacy accepted by the Management API, custom API verifies', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const hs = seed.apis.hsApi;
  await setup(extension, [
    {
      label: 'Signer', domain: seed.domain, environment: 'development', acknowledgeHs256Risk: true,
      hs256CustomApi: { audience: hs.identifier, subject: 'billing-e2e@clients', secretEncoding: 'utf8', secret: hs.signingSecret },
      hs256Legacy: { globalClientId: seed.globalClient.clientId, secretEncoding: 'base64url', secret: seed.globalClient.clientSecret },
    },
  ]);
  const mint = await mintTab(extension);
  await mint.choose({ mode: 'hs256-legacy', scopes: ['read:users'] });
  const outcome = await mint.mint();
  if (outcome === 'error') throw new Error(`legacy mint failed: ${await mint.alert.textContent()}`);
  const legacy = await mint.revealToken();
  const users = await req(emulator.port, { host: seed.domain, path: '/api/v2/users', headers: { authorization: `Bearer ${legacy}` } });
  expect(users.status).toBe(200);

  await mint.choose({ mode: 'hs256-custom', typed: ['read:invoices'] });
  const second = await mint.mint();
  if (second === 'error') throw new Error(`custom-API mint failed: ${await mint.alert.textContent()}`);
  // A new token starts masked again: "Show" reappears once the custom-API token replaced the legacy one.
  await mint.page.getByRole('button', { name: 'Show', exact: true }).waitFor({ timeout: 15_000 });
  const custom = await mint.revealToken();
  expect(custom).not.toBe(legacy);
  const { payload } = await jwtVerify(custom, new TextEncoder().encode(hs.signingSecret), { audience: hs.identifier });
  expect(payload.exp).toEqual(expect.any(Number));
  expect(payload.jti).toEqual(expect.any(String));
});
