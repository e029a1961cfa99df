// Issue #12 end-to-end (items 2–5), real Chromium + the emulator: delete-grant removes only the subject_type
// client grant when a user grant exists too; the lifetime lever sends token_lifetime_for_web along on the
// Management API (7200 for web); a tenant without the blacklist endpoint gets the message and the levers with
// exactly one request; an unknown legacy global client lets the user choose and remember the profile; a custom
// API token with a jti is told the truth; Auth0's error variants get their own messages. One emulator serves
// the file: tests that change its seed put it back.
import { SignJWT } from 'jose';
import type { RequestLogEntry } from '../../emulator/types';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { MintTab } from './pages/mint';
import { LedgerTerminatePage, TerminatePanelPage, mintLegacy, sender, setupProfile } from './pages/terminate';

const BL = '/api/v2/blacklists/tokens';
const blacklistCalls = (requests: RequestLogEntry[]) => requests.filter((r) => r.path === BL);

test('item 2: with a client and a user grant for one API, delete-grant shows and removes only the client grant', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const orders = seed.apis.rsApi;
  const saved = [...seed.grants];
  seed.grants.push({ id: 'cgr_OrdersUserAccess05', clientId: seed.clients.granted.clientId, audience: orders.identifier, scope: ['read:orders'], subjectType: 'user' });
  try {
    const popup = new PopupPage(await extension.openPopup());
    await setupProfile(sender(popup.page), emulator);
    await popup.paste(await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: orders.identifier }));
    const t = new TerminatePanelPage(popup.page);
    await t.showLevers.click();
    await t.leverButton('grant', 'Delete grant…').click();
    await expect(t.grantToDelete.textContent()).resolves.toMatch(/cgr_GrantedOrders00002.*subject_type client/);
    await expect(t.grantScopes.textContent()).resolves.toBe('read:orders create:orders');
    await extension.screenshot('faithful-delete-grant-confirm', popup.page);
    expect(seed.grants).toHaveLength(saved.length + 1); // nothing before the confirmation
    await t.leverButton('grant', 'Delete grant', { exact: true }).click();
    await expect(t.grantResult.textContent()).resolves.toMatch(/cgr_GrantedOrders00002 \(subject_type client; scopes read:orders create:orders\) deleted/);
    expect(seed.grants.some((g) => g.id === 'cgr_GrantedOrders00002')).toBe(false);
    expect(seed.grants.some((g) => g.id === 'cgr_OrdersUserAccess05')).toBe(true); // the user grant stays
    const list = emulator.requests.find((r) => r.method === 'GET' && r.path === '/api/v2/client-grants');
    expect(list?.query.subject_type).toBe('client');
  } finally {
    seed.grants.splice(0, seed.grants.length, ...saved);
  }
});

test('item 3: 600 s on the Management API (7200 for web) sends both lifetimes and says so', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const mgmt = seed.apis.management;
  try {
    const popup = new PopupPage(await extension.openPopup());
    await setupProfile(sender(popup.page), emulator);
    await popup.paste(await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience }));
    const t = new TerminatePanelPage(popup.page);
    await t.showLevers.click();
    emulator.clearLog();
    await t.lifetimeSeconds.fill('600');
    await t.leverButton('lifetime', 'Set lifetime…').click();
    await t.leverButton('lifetime', 'Set lifetime', { exact: true }).click();
    const result = t.lifetimeResult;
    await expect(result.textContent()).resolves.toMatch(/now 600 s \(was 86400\).*token_lifetime_for_web \(implicit\/hybrid flows\) was 7200 s.*set to 600 s too/);
    const patch = emulator.requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ token_lifetime: 600, token_lifetime_for_web: 600 });
    expect(mgmt.tokenLifetime).toBe(600);
    await result.scrollIntoViewIfNeeded();
    await extension.screenshot('faithful-lifetime-both', popup.page);
  } finally {
    mgmt.tokenLifetime = 86400;
  }
});

test('item 4: a tenant without the blacklist endpoint: the message and the levers, exactly one request', async ({ emulator, extension }) => {
  const popup = new PopupPage(await extension.openPopup());
  const send = sender(popup.page);
  const profileId = await setupProfile(send, emulator, { legacy: true });
  const token = await mintLegacy(send, profileId);
  emulator.seed.blacklistGone = 404;
  try {
    emulator.clearLog();
    await popup.paste(token);
    const t = new TerminatePanelPage(popup.page);
    await t.blacklist.click();
    await t.confirmNow.click();
    await expect.poll(() => t.alert.first().textContent(), { timeout: 15_000 }).toMatch(/^This tenant no longer offers token blacklisting \(Auth0 answered 404/);
    const gone = t.blacklistGone;
    await expect(gone.getByRole('heading', { name: /Delete the client grant/ }).isVisible()).resolves.toBe(true);
    await expect(gone.getByLabel('Client ID for the levers').isVisible()).resolves.toBe(true); // a legacy token names no client
    await expect(t.confirmNow.count()).resolves.toBe(0); // no way to resend
    await expect(t.sendAgain.count()).resolves.toBe(0);
    expect(blacklistCalls(emulator.requests)).toHaveLength(1);
    await extension.screenshot('faithful-blacklist-gone', popup.page);

    // The ledger's bulk run: stops at once, says how many were done, and sends nothing more (the memo).
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
    const ledger = new LedgerTerminatePage(options);
    await ledger.bulk.click();
    await ledger.bulkConfirm.click();
    await expect.poll(() => ledger.bulkError.textContent(), { timeout: 15_000 }).toMatch(/no longer offers token blacklisting.*0 done/);
    expect(blacklistCalls(emulator.requests)).toHaveLength(1);
  } finally {
    delete emulator.seed.blacklistGone;
  }
});

test('item 4: a legacy token of an unknown global client: choose the profile and remember it; a custom-API jti is told the truth', async ({ emulator, extension }) => {
  const popup = new PopupPage(await extension.openPopup());
  const send = sender(popup.page);
  const profileId = await setupProfile(send, emulator);
  const unknownGlobal = 'UnknownGlobalClient0000000000077';
  const legacy = await new SignJWT({ aud: unknownGlobal, scopes: { users: { actions: ['read'] } }, jti: 'legacy-jti-1' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .sign(new TextEncoder().encode('a-secret-this-test-does-not-need-to-know-0123456789'));
  await popup.paste(legacy);
  const t = new TerminatePanelPage(popup.page);
  await t.blacklist.click();
  const unmatched = t.unmatchedProfile;
  await expect(unmatched.textContent()).resolves.toContain(`No profile knows the global client id ${unknownGlobal}`);
  await expect(t.tokenProfile.inputValue()).resolves.toBe(profileId);
  await unmatched.getByRole('button', { name: 'Remember this global client id on “Demo”' }).click();
  await expect(unmatched.getByRole('status').textContent()).resolves.toMatch(/Remembered/);
  await extension.screenshot('faithful-unmatched-profile', popup.page);
  const plan = await send({ type: 'terminate.plan', payload: { token: legacy } });
  expect(plan.data).toMatchObject({ unmatched: null, profiles: [{ id: profileId, reason: 'global-client' }] });

  const custom = await new SignJWT({ scope: 'read:orders', gty: 'client-credentials', azp: emulator.seed.clients.granted.clientId, jti: 'custom-jti-9' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(`https://${emulator.seed.domain}/`)
    .setSubject(`${emulator.seed.clients.granted.clientId}@clients`)
    .setAudience('urn:demo:billing')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(emulator.seed.apis.hsApi.signingSecret!));
  await popup.paste(custom);
  await expect(t.jtiUnprotected.textContent()).resolves.toMatch(/has a jti \(custom-jti-9\), but Auth0's blacklist protects only the Management API.*urn:demo:billing.*must check the jti itself/);
  await expect(t.noJti.textContent()).resolves.not.toContain('carry no jti');
});

test('item 5: Global limit as a 500, the resource-server wording and an unknown shape each get their own message', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const popup = new PopupPage(await extension.openPopup());
  const send = sender(popup.page);
  await setupProfile(send, emulator);
  const mint = await new MintTab(popup.page).open();
  const tokenCalls = () => emulator.requests.filter((r) => r.path === '/oauth/token');
  // The tab first reads the grant's organization settings (with a management token): let that finish, then
  // every Generate below is one token request for the Orders API.
  await mint.choose({ audience: seed.apis.rsApi.identifier });
  await expect.poll(() => emulator.requests.some((r) => r.path === '/api/v2/client-grants' && r.query.audience === seed.apis.rsApi.identifier), { timeout: 15_000 }).toBe(true);

  emulator.clearLog();
  emulator.faults.add({ route: 'POST /oauth/token', kind: 'auth0-error', status: 500, body: { error: 'access_denied', error_description: 'Global limit has been reached' } });
  expect(await mint.mint()).toBe('error');
  await expect(mint.alert.getAttribute('data-code')).resolves.toBe('ERR_RATE_LIMITED');
  await expect(mint.alert.textContent()).resolves.toMatch(/rate-limiting token requests.*Global limit has been reached/);
  expect(tokenCalls()).toHaveLength(1); // a rate limit, not a server fault: not retried
  await extension.screenshot('faithful-global-limit', popup.page);

  const description = `Client "${seed.clients.granted.clientId}" is not authorized to access resource server "${seed.managementAudience}"`;
  emulator.faults.add({ route: 'POST /oauth/token', kind: 'auth0-error', status: 403, body: { error: 'access_denied', error_description: description } });
  await mint.generate.click();
  await expect.poll(() => mint.alert.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`no client grant for ${seed.managementAudience.replace(/[./]/g, '\\$&')}`));
  await expect(mint.alert.textContent()).resolves.toContain(description);

  emulator.faults.add({ route: 'POST /oauth/token', kind: 'auth0-error', status: 400, body: 'Tenant is being moved to another region, retry in 5 minutes' });
  await mint.generate.click();
  await expect.poll(() => mint.alert.textContent(), { timeout: 15_000 }).toContain('Auth0 answered 400: “Tenant is being moved to another region, retry in 5 minutes”');
  await expect(mint.alert.textContent()).resolves.not.toMatch(/something went wrong/i);
});

test('item 7: a grant that requires an organization: said before sending, then a mint for acme shows its org_id', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const grant = seed.grants.find((g) => g.id === 'cgr_GrantedOrders00002')!;
  grant.organizationUsage = 'require';
  try {
    const popup = new PopupPage(await extension.openPopup());
    await setupProfile(sender(popup.page), emulator);
    const mint = await new MintTab(popup.page).open();
    await mint.choose({ audience: seed.apis.rsApi.identifier });
    await mint.organization.waitFor({ timeout: 15_000 });
    await expect(mint.organizationNote.textContent()).resolves.toMatch(/required by this grant.*organization_usage: require/);
    emulator.clearLog();
    await mint.generate.click();
    await expect.poll(() => mint.alert.textContent(), { timeout: 10_000 }).toMatch(/requires an organization \(organization_usage: require\)/);
    expect(emulator.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(0); // nothing was sent

    await mint.organization.fill('acme');
    expect(await mint.mint()).toBe('token');
    await expect(mint.mintedOrgId.textContent()).resolves.toBe('org_DemoAcme0000000001');
    await expect(mint.mintedOrgName.textContent()).resolves.toBe('acme');
    const sent = emulator.requests.find((r) => r.path === '/oauth/token');
    expect(sent?.body).toMatchObject({ organization: 'acme', audience: seed.apis.rsApi.identifier });
    await mint.mintedOrganization.scrollIntoViewIfNeeded();
    await extension.screenshot('faithful-mint-organization', popup.page);
  } finally {
    delete grant.organizationUsage;
  }
});

test('item 8: a client with a quota shows the tokens left, and its quota 429 names the quota and the reset time', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const popup = new PopupPage(await extension.openPopup());
  await setupProfile(sender(popup.page), emulator);
  const mint = await new MintTab(popup.page).open();
  await mint.choose({ audience: seed.apis.rsApi.identifier });
  // The tab reads the grant's organization settings with a management token first; the quota starts after it.
  await expect.poll(() => emulator.requests.some((r) => r.path === '/api/v2/client-grants' && r.query.audience === seed.apis.rsApi.identifier), { timeout: 15_000 }).toBe(true);
  seed.clients.granted.tokenQuota = { perHour: 2, perDay: 20 };
  try {
    expect(await mint.mint()).toBe('token');
    const quota = mint.quota;
    await expect(quota.textContent()).resolves.toBe('1 of 2 tokens left this hour19 of 20 tokens left today');
    await extension.screenshot('faithful-mint-quota', popup.page);
    await mint.choose({ typed: ['read:orders'] }); // another request (the cache holds the first)
    await mint.generate.click();
    await expect.poll(() => mint.quotaLines.first().textContent(), { timeout: 15_000 }).toBe('0 of 2 tokens left this hour');
    await mint.choose({ typed: ['create:orders'] });
    await mint.generate.click();
    await expect.poll(() => mint.alert.getAttribute('data-code'), { timeout: 15_000 }).toBe('ERR_RATE_LIMITED');
    await expect(mint.alert.textContent()).resolves.toMatch(/^This application's hourly token quota \(2 tokens\) is used up; it resets at \d\d:\d\d:\d\d \(in (59|60) min\)\..*Client quota exceeded/);
    await extension.screenshot('faithful-quota-429', popup.page);
  } finally {
    delete seed.clients.granted.tokenQuota;
  }
});
