// Terminate end-to-end (issue #6; SECURITY B3.31, B6.53), real Chromium + the emulator: a legacy HS256 token
// minted by the product is blacklisted in one click plus confirmation (a double click sends one POST), shows in
// the blacklist view, and the Management API then answers 401; a hung POST is re-checked and the user asked; a
// missing blacklist:tokens scope is named with where to grant it; a client-credentials token gets the no-jti
// explanation and three confirmed levers that change the emulator; the ledger's bulk blacklist reports per
// token. One emulator serves the file: tests that change its seed put it back.
import { decodeJwt } from 'jose';
import type { RequestLogEntry } from '../../emulator/types';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { LedgerTerminatePage, TerminatePanelPage, managementCaller, mintLegacy, sender, setupProfile } from './pages/terminate';

const BL = '/api/v2/blacklists/tokens';
const blacklistPosts = (requests: RequestLogEntry[]) => requests.filter((r) => r.method === 'POST' && r.path === BL);

test('a legacy token is blacklisted in one click plus the production confirmation, listed, then refused with 401', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const popup = new PopupPage(await extension.openPopup());
  const send = sender(popup.page);
  const profileId = await setupProfile(send, emulator, { environment: 'production', legacy: true });
  const token = await mintLegacy(send, profileId);
  const { jti } = decodeJwt(token) as { jti: string };
  const call = managementCaller(emulator);
  await expect(call('/api/v2/users', token)).resolves.toMatchObject({ status: 200 });
  emulator.clearLog();

  await popup.paste(token);
  const t = new TerminatePanelPage(popup.page);
  await t.blacklist.click();
  await t.tenantInput.fill('demo'); // production: type the tenant name
  await extension.screenshot('terminate-blacklist-confirm', popup.page);
  await t.confirmNow.dblclick();
  await expect.poll(() => t.result.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('blacklisted');
  await extension.screenshot('terminate-blacklisted', popup.page);

  const posts = blacklistPosts(emulator.requests);
  expect(posts).toHaveLength(1); // double click → one request
  expect(posts[0]!.body).toEqual({ aud: seed.globalClient.clientId, jti }); // {aud, jti} only, never the token
  expect(emulator.requests.some((r) => r.method === 'GET' && r.path === BL && r.query.aud === seed.globalClient.clientId)).toBe(true);
  await expect(call('/api/v2/users', token)).resolves.toMatchObject({ status: 401 });

  // The blacklist view (options → ledger) lists it and marks it as minted here; the ledger entry says so too.
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
  const view = new LedgerTerminatePage(options);
  await view.audInput.fill(seed.globalClient.clientId);
  await view.show.click();
  await expect.poll(() => view.entries.filter({ hasText: jti }).getAttribute('data-ledger')).toBe('yes');
  const ledger = await send({ type: 'ledger.list', payload: {} });
  expect(ledger.data.entries.find((e: { jti: string }) => e.jti === jti).blacklist.state).toBe('blacklisted');
  await view.root.scrollIntoViewIfNeeded();
  await extension.screenshot('terminate-blacklist-view', options);
});

test('a hung blacklist POST is not re-sent: the list is re-checked and the user asked', async ({ emulator, extension }) => {
  const popup = new PopupPage(await extension.openPopup());
  const send = sender(popup.page);
  const profileId = await setupProfile(send, emulator, { legacy: true });
  const token = await mintLegacy(send, profileId);
  emulator.clearLog();
  emulator.faults.add({ route: `POST ${BL}`, kind: 'hang' });

  await popup.paste(token);
  const t = new TerminatePanelPage(popup.page);
  await t.blacklist.click();
  await t.confirmNow.click();
  await expect.poll(() => t.result.getAttribute('data-outcome'), { timeout: 25_000 }).toBe('unknown');
  await expect(t.result.textContent()).resolves.toMatch(/did not answer in time.*not re-sent: send it again\?/);
  expect(blacklistPosts(emulator.requests)).toHaveLength(1);
  const afterPost = emulator.requests.findIndex((r) => r.method === 'POST' && r.path === BL);
  expect(emulator.requests.slice(afterPost).some((r) => r.method === 'GET' && r.path === BL)).toBe(true); // re-checked
  await extension.screenshot('terminate-timeout-ask', popup.page);

  await t.sendAgain.click(); // the user's answer
  await expect.poll(() => t.result.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('blacklisted');
  expect(blacklistPosts(emulator.requests)).toHaveLength(2);
});

test('without blacklist:tokens the 403 names the scope and where to grant it', async ({ emulator, extension }) => {
  const grant = emulator.seed.grants.find((g) => g.id === 'cgr_GrantedMgmt0000001')!;
  const saved = [...grant.scope];
  grant.scope = saved.filter((s) => s !== 'blacklist:tokens');
  try {
    const popup = new PopupPage(await extension.openPopup());
    const send = sender(popup.page);
    const profileId = await setupProfile(send, emulator, { legacy: true });
    const token = await mintLegacy(send, profileId);
    await popup.paste(token);
    const t = new TerminatePanelPage(popup.page);
    await t.blacklist.click();
    await t.confirmNow.click();
    await expect.poll(() => t.alert.textContent(), { timeout: 15_000 }).toMatch(/lacks the scope blacklist:tokens/);
    const text = (await t.alert.textContent()) ?? '';
    expect(text).toContain('APIs → Auth0 Management API → Machine to Machine Applications → the client → tick blacklist:tokens → Update');
    expect(text).toContain('Insufficient scope');
    await extension.screenshot('terminate-missing-scope', popup.page);
  } finally {
    grant.scope = saved;
  }
});

test('a client-credentials token: no-jti explanation, then each lever is confirmed and changes the tenant', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const orders = seed.apis.rsApi;
  const savedGrants = [...seed.grants];
  const savedSecret = seed.clients.granted.clientSecret;
  const savedLifetime = orders.tokenLifetime;
  try {
    const popup = new PopupPage(await extension.openPopup());
    const send = sender(popup.page);
    const profileId = await setupProfile(send, emulator);
    const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: orders.identifier });
    await popup.paste(token);
    const t = new TerminatePanelPage(popup.page);
    await expect(t.noJti.textContent()).resolves.toMatch(/carry no jti.*stays valid until/);
    await expect(t.blacklist.count()).resolves.toBe(0);
    await t.showLevers.click();

    await t.leverButton('grant', 'Delete grant…').click();
    expect(seed.grants.some((g) => g.id === 'cgr_GrantedOrders00002')).toBe(true); // nothing before the confirmation
    await t.leverButton('grant', 'Delete grant', { exact: true }).click();
    await expect(t.grantResult.textContent()).resolves.toMatch(/cgr_GrantedOrders00002 \(subject_type client; scopes read:orders create:orders\) deleted/);
    expect(seed.grants.some((g) => g.id === 'cgr_GrantedOrders00002')).toBe(false);

    await expect(t.secretLever.getByLabel(/Store the new secret in this profile/).isChecked()).resolves.toBe(true);
    await t.leverButton('secret', 'Rotate secret…').click();
    await t.leverButton('secret', 'Rotate secret', { exact: true }).click();
    await expect(t.secretResult.textContent()).resolves.toMatch(/rotated.*stored in this profile \(not shown\)/);
    expect(seed.clients.granted.clientSecret).not.toBe(savedSecret);
    await expect(popup.page.content()).resolves.not.toContain(seed.clients.granted.clientSecret); // never displayed
    await expect(send({ type: 'profiles.test', payload: { profileId } })).resolves.toMatchObject({ ok: true }); // the vault has the new one

    await t.lifetimeLever.getByLabel('Maximum token lifetime in seconds').fill('600');
    await t.leverButton('lifetime', 'Set lifetime…').click();
    await t.leverButton('lifetime', 'Set lifetime', { exact: true }).click();
    await expect(t.lifetimeResult.textContent()).resolves.toMatch(/now 600 s \(was 86400\)/);
    expect(orders.tokenLifetime).toBe(600);
    await t.panel.scrollIntoViewIfNeeded();
    await extension.screenshot('terminate-levers', popup.page);
  } finally {
    seed.grants.splice(0, seed.grants.length, ...savedGrants);
    seed.clients.granted.clientSecret = savedSecret;
    orders.tokenLifetime = savedLifetime;
  }
});

test('the ledger blacklists every minted token with a jti and reports each one', async ({ emulator, extension }) => {
  const popup = new PopupPage(await extension.openPopup());
  const send = sender(popup.page);
  const profileId = await setupProfile(send, emulator, { legacy: true });
  const tokens = [await mintLegacy(send, profileId), await mintLegacy(send, profileId, ['read:clients']), await mintLegacy(send, profileId, ['read:logs'])];
  const jtis = tokens.map((tk) => (decodeJwt(tk) as { jti: string }).jti);
  emulator.clearLog();

  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
  const view = new LedgerTerminatePage(options);
  await view.bulk.click();
  await view.bulkConfirm.click();
  await expect.poll(() => view.bulkOutcome('blacklisted').count(), { timeout: 15_000 }).toBe(3);
  for (const jti of jtis) await expect(view.bulkRows.filter({ hasText: jti }).getAttribute('data-outcome')).resolves.toBe('blacklisted');
  expect(blacklistPosts(emulator.requests)).toHaveLength(3);
  const call = managementCaller(emulator);
  for (const tk of tokens) await expect(call('/api/v2/users', tk)).resolves.toMatchObject({ status: 401 });
  await view.bulkResults.scrollIntoViewIfNeeded();
  await extension.screenshot('terminate-bulk', options);
});
