// "Try it" end-to-end (issue 15), real Chromium + the emulator: a minted token calls GET /api/v2/users from the
// inspector's endpoint list and sees the users; a token lacking read:users, sent from a reference page's "Try
// it", gets Auth0's 403 and one click re-mints from its profile and retries successfully; a DELETE on a
// production profile waits for the typed tenant name; a client_secret stays masked until revealed, and Copy as
// curl never holds the token. Every test checks the emulator's request log: nothing goes to any other host.
import type { Page } from 'playwright-core';
import type { Emulator } from '../../emulator/server';
import { expect, test, type ExtensionHandle } from './fixtures';
import { OptionsPage, dumpDom, dumpStorage, sendFromPage } from './pages/options';
import { TryCallPage, tryFromReferencePage } from './pages/try-call';

const DOCS = 'https://auth0.com/docs/api/management/v2';

/** A passphrase vault and a profile for the emulator's granted client (the one whose grant has read:users). */
async function saveProfile(extension: ExtensionHandle, emulator: Emulator, environment: 'development' | 'production'): Promise<string> {
  const { seed } = emulator;
  const page = await extension.context.newPage();
  await page.goto(OptionsPage.url(extension.extensionId));
  await new OptionsPage(page).setupPassphrase('correct horse battery staple');
  const saved = await sendFromPage<{ id: string }>(page, 'profiles.save', { label: 'Demo', domain: seed.domain, environment, clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret });
  if (!saved.ok || !saved.data) throw new Error(`saving the profile failed: ${saved.error?.message}`);
  await page.close();
  return saved.data.id;
}

/** Hosts the emulator saw since the last clearLog(). */
const hostsSeen = (emulator: Emulator) => [...new Set(emulator.requests.map((r) => r.host))];

async function inspect(page: Page, token: string): Promise<TryCallPage> {
  const t = new TryCallPage(page);
  await t.tokenInput.fill(token);
  return t;
}

test('GET /api/v2/users with a minted token shows the users, the rate-limit headers and the history', async ({ emulator, extension }) => {
  const profileId = await saveProfile(extension, emulator, 'development');
  const page = await extension.openInspector();
  const minted = await sendFromPage<{ token: string }>(page, 'mint.request', { profileId, mode: 'client-credentials', scopes: [] });
  expect(minted.ok).toBe(true);
  emulator.clearLog();

  const t = await inspect(page, minted.data!.token);
  await t.tryFromList('GET', '/api/v2/users');
  await expect.poll(() => t.target.textContent()).toContain(`Calls go to ${emulator.seed.domain}`);
  await t.send('GET').click(); // a GET goes at once: no confirmation
  expect(await t.answered()).toBe(200);
  await expect(t.status.textContent()).resolves.toBe('200 OK');
  await expect(t.duration.textContent()).resolves.toMatch(/^\d+ ms$/);
  for (const user of ['ada@demo.test', 'grace@demo.test', 'alan@demo.test']) await t.treeValue(`"${user}"`).waitFor();
  const rate = (await t.rate.textContent()) ?? '';
  expect(rate).toMatch(/x-ratelimit-limit\s*50/);
  expect(rate).toMatch(/x-ratelimit-remaining\s*\d+/);
  expect(rate).toMatch(/x-ratelimit-reset\s*\d{10}/);
  // The tree collapses: closing the first user hides its email.
  await t.toggleNode(1);
  await t.treeValue('"ada@demo.test"').waitFor({ state: 'hidden' });
  await t.toggleNode(1);
  await t.panel.scrollIntoViewIfNeeded();
  await extension.screenshot('try-call-view', page);

  const calls = emulator.requests.filter((r) => r.path === '/api/v2/users');
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ method: 'GET', host: emulator.seed.domain, auth: 'bearer', status: 200 });
  expect(hostsSeen(emulator)).toEqual([emulator.seed.domain]);

  // History: method, path, status and time, in session storage only, never a body.
  await t.openHistory(`Recent calls to ${emulator.seed.domain} (1)`);
  await expect(t.historyRows.first().textContent()).resolves.toMatch(/GET\/api\/v2\/users200/);
  const storage = await dumpStorage(page);
  expect(storage.session).toContain('"callHistory"');
  expect(storage.session).not.toContain('ada@demo.test');
  expect(storage.local).not.toContain('callHistory');
});

test('from a reference page, a token without read:users gets the 403; one click re-mints with it and the retried call succeeds', async ({ emulator, extension }) => {
  const { seed } = emulator;
  await saveProfile(extension, emulator, 'development');
  // A token of the profile's client that lacks read:users, although the client's grant includes it.
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience, scope: ['read:clients'] });
  const docs = await extension.context.newPage();
  await docs.goto(`${DOCS}/users/get-users`);
  const { tab, openedUrl } = await tryFromReferencePage(extension.context, docs, 'GET', '/api/v2/users');
  // The tab's URL carries the endpoint's metadata and nothing else (the page clears the fragment once read, so
  // the event may already show it cleared); the call view opens on that endpoint.
  expect(openedUrl).toMatch(/\/src\/inspector\/index\.html(#try=1&method=GET&path=%2Fapi%2Fv2%2Fusers)?$/);
  await expect(new TryCallPage(tab).panel.getByRole('heading').textContent()).resolves.toMatch(/^Try it:GET \/api\/v2\/users/);
  emulator.clearLog();

  const t = await inspect(tab, token);
  await expect.poll(() => t.target.textContent()).toContain('profile “Demo”');
  await t.send('GET').click();
  expect(await t.answered()).toBe(403);
  await expect(t.fix.textContent()).resolves.toContain('Auth0 expected any of: read:users, read:user_idp_tokens');
  await t.treeValue('"Insufficient scope, expected any of: read:users, read:user_idp_tokens"').waitFor();
  await t.fix.scrollIntoViewIfNeeded();
  await extension.screenshot('try-call-403-fix', tab);

  await t.fixButton('read:users').click();
  await expect.poll(() => t.answer.getAttribute('data-status'), { timeout: 20_000 }).toBe('200');
  await t.treeValue('"grace@demo.test"').waitFor();
  await t.fix.waitFor({ state: 'hidden' });
  // The inspector now shows the new token, which carries read:users.
  const shown = await t.tokenInput.inputValue();
  expect(shown).not.toBe(token);
  expect(JSON.parse(Buffer.from(shown.split('.')[1]!, 'base64url').toString()).scope.split(' ')).toContain('read:users');
  await t.answer.scrollIntoViewIfNeeded();
  await extension.screenshot('try-call-403-fixed', tab);

  const mintCalls = emulator.requests.filter((r) => r.path === '/oauth/token');
  expect(mintCalls).toHaveLength(1);
  expect(String((mintCalls[0]!.body as Record<string, unknown>).scope).split(' ')).toContain('read:users');
  expect(emulator.requests.filter((r) => r.path === '/api/v2/users').map((r) => r.status)).toEqual([403, 200]);
  expect(hostsSeen(emulator)).toEqual([seed.domain]);
});

test('a DELETE asks for confirmation, and on a production profile for the tenant name', async ({ emulator, extension }) => {
  const { seed } = emulator;
  await saveProfile(extension, emulator, 'production');
  const victim = 'auth0|6650a1b2c3d4e5f601234569';
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience, scope: ['delete:users', 'read:users'] });
  const page = await extension.openInspector();
  emulator.clearLog();
  const t = await inspect(page, token);
  await t.tryFromList('DELETE', '/api/v2/users/{id}');
  await expect.poll(() => t.target.textContent()).toContain('production');
  await t.send('DELETE').click();
  await expect(t.problem.textContent()).resolves.toBe('Fill in id.');
  await t.param('id').fill(victim);
  await t.send('DELETE').click();

  const dialog = t.confirmDialog('Confirm on production tenant demo');
  await expect(dialog.textContent()).resolves.toContain(`Send DELETE /api/v2/users/${encodeURIComponent(victim)} to ${seed.domain}`);
  const now = dialog.getByRole('button', { name: 'Send DELETE now' });
  await expect(now.isDisabled()).resolves.toBe(true);
  await dialog.getByLabel('Type the tenant name to confirm').fill('dem');
  await expect(now.isDisabled()).resolves.toBe(true);
  expect(emulator.requests.some((r) => r.method === 'DELETE')).toBe(false); // nothing sent before the confirmation
  await extension.screenshot('try-call-delete-confirm', page);
  // The background checks the confirmation too: a page that skipped it is refused.
  const skipped = await sendFromPage(page, 'call.send', { token, method: 'DELETE', path: `/api/v2/users/${encodeURIComponent(victim)}`, query: [], headers: [], confirm: 'yes' });
  expect(skipped).toMatchObject({ ok: false, error: { code: 'ERR_INVALID_MESSAGE', message: 'Not sent: type the tenant name demo to confirm a DELETE on production.' } });

  await dialog.getByLabel('Type the tenant name to confirm').fill('demo');
  await now.click();
  expect(await t.answered()).toBe(204);
  const deletes = emulator.requests.filter((r) => r.method === 'DELETE');
  expect(deletes).toHaveLength(1);
  expect(deletes[0]).toMatchObject({ host: seed.domain, path: `/api/v2/users/${encodeURIComponent(victim)}`, status: 204 });
  expect(hostsSeen(emulator)).toEqual([seed.domain]);
});

test('a client_secret is masked until revealed, and Copy as curl never holds the token', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience, scope: ['read:client_keys'] });
  const page = await extension.openInspector();
  emulator.clearLog();
  const t = await inspect(page, token);
  await t.tryFromList('GET', '/api/v2/clients/{id}');
  await t.param('id').fill(seed.clients.explorer.clientId);
  await t.send('GET').click();
  expect(await t.answered()).toBe(200);
  await t.treeValue(`"${seed.clients.explorer.name}"`).waitFor();
  const secret = seed.clients.explorer.clientSecret;
  expect(await dumpDom(page)).not.toContain(secret);
  await t.tree.getByLabel('client_secret hidden').waitFor();
  // The client's signing_keys hold only a certificate: public, so not masked (in a closed branch of the tree).
  await t.treeValue(/BEGIN CERTIFICATE/).waitFor({ state: 'attached' });
  expect(await t.tree.getByLabel(/ hidden$/).count()).toBe(1);

  // Chromium grants no clipboard permission to an extension origin from automation: catch what is written.
  await page.evaluate(() => {
    navigator.clipboard.writeText = async (text: string) => void ((globalThis as { copied?: string }).copied = text);
  });
  await t.copyCurl.click();
  const curl = await page.evaluate(() => (globalThis as { copied?: string }).copied ?? '');
  expect(curl).toContain(`curl --request GET 'https://${seed.domain}/api/v2/clients/${seed.clients.explorer.clientId}'`);
  expect(curl).toContain('authorization: Bearer $MGMT_TOKEN');
  expect(curl).not.toContain(token);

  await t.reveal('client_secret').click();
  await t.treeValue(`"${secret}"`).waitFor();
  await extension.screenshot('try-call-secret-revealed', page);
  expect(hostsSeen(emulator)).toEqual([seed.domain]);
});

test('a scope outside the profile\'s client grant: the re-mint shows Auth0\'s "not been granted" error and the fix', async ({ emulator, extension }) => {
  const { seed } = emulator;
  await saveProfile(extension, emulator, 'development');
  // The granted client's grant lacks delete:users (FACTS §1: then Auth0 refuses the token request, narrowing or not).
  expect(seed.grants.find((g) => g.id === 'cgr_GrantedMgmt0000001')!.scope).not.toContain('delete:users');
  const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience, scope: [] });
  const page = await extension.openInspector('try=1&method=DELETE&path=%2Fapi%2Fv2%2Fusers%2F%7Bid%7D'); // as call.open writes it
  emulator.clearLog();
  const t = await inspect(page, token);
  await expect.poll(() => t.target.textContent()).toContain('profile “Demo”');
  await t.param('id').fill('auth0|6650a1b2c3d4e5f601234568');
  await t.send('DELETE').click();
  // Not production: an explicit button, no tenant name.
  await t.confirmDialog('Confirm: Send DELETE now').getByRole('button', { name: 'Send DELETE now' }).click();
  expect(await t.answered()).toBe(403);
  await expect(t.fix.textContent()).resolves.toContain('Auth0 expected any of: delete:users, delete:current_user');
  await t.fixButton('delete:users').click();
  await t.fixError.waitFor();
  await expect(t.fixError.textContent()).resolves.toMatch(/^Could not mint a token with delete:users: .*Client has not been granted scopes: delete:users.*delete:users is not in this profile's client grant/);
  expect(await t.tokenInput.inputValue()).toBe(token); // nothing replaced, nothing retried
  expect(emulator.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([403]);
  expect(hostsSeen(emulator)).toEqual([seed.domain]);
});

test('with an exact-mode minting app, the 403 re-mint gives exactly the token\'s scopes plus the missing one', async ({ emulator, extension }) => {
  const { seed } = emulator;
  // A profile on the explorer client (it may create clients and grants), with a minting app for the Management API.
  const options = await extension.context.newPage();
  await options.goto(OptionsPage.url(extension.extensionId));
  await new OptionsPage(options).setupPassphrase('correct horse battery staple');
  const saved = await sendFromPage<{ id: string }>(options, 'profiles.save', { label: 'Demo', domain: seed.domain, environment: 'development', clientId: seed.clients.explorer.clientId, clientSecret: seed.clients.explorer.clientSecret });
  const app = await sendFromPage<{ clientId: string; grantId: string }>(options, 'mintingApp.create', { profileId: saved.data!.id, audience: seed.managementAudience, confirm: 'yes' });
  expect(app.ok).toBe(true);
  const token = await emulator.mintAccessToken({ clientId: seed.clients.explorer.clientId, audience: seed.managementAudience, scope: ['read:clients'] });
  const page = await extension.openInspector('try=1&method=GET&path=%2Fapi%2Fv2%2Fusers');
  emulator.clearLog();

  const t = await inspect(page, token);
  await expect.poll(() => t.target.textContent()).toContain('profile “Demo”');
  await t.send('GET').click();
  expect(await t.answered()).toBe(403);
  await t.fixButton('read:users').click();
  await expect.poll(() => t.answer.getAttribute('data-status'), { timeout: 20_000 }).toBe('200');
  const shown = await t.tokenInput.inputValue();
  const claims = JSON.parse(Buffer.from(shown.split('.')[1]!, 'base64url').toString()) as { azp: string; scope: string };
  expect(claims.azp).toBe(app.data!.clientId); // minted by the minting app…
  expect(claims.scope.split(' ').sort()).toEqual(['read:clients', 'read:users']); // …with exactly these scopes
  // The app's grant was PATCHed to exactly that set before the mint (the log redacts arrays; the tenant shows it).
  expect(emulator.requests.filter((r) => r.method === 'PATCH' && r.path === `/api/v2/client-grants/${app.data!.grantId}`)).toHaveLength(1);
  expect([...seed.grants.find((g) => g.id === app.data!.grantId)!.scope].sort()).toEqual(['read:clients', 'read:users']);
  expect(hostsSeen(emulator)).toEqual([seed.domain]);
});
