// Issue #11 end to end in Chromium against the emulator, which never narrows (FACTS §1): plain mode gives every
// granted scope and the tray and popup list the extras; exact mode (set up in Options with one confirmed click)
// gives exactly the clicked scopes with one grant PATCH, recorded in the ledger; two tabs minting different sets
// at once each get their own; after every tray action a page script finds no token (window.find, selection,
// DOM, MutationObserver); the content script's world cannot use mint.request; a tray the page covers or hides
// does not mint; a page that pre-creates an element named like our old host does not stop the tray. Runs in Node.
import type { Page } from 'playwright-core';
import { expect, test, type ExtensionHandle } from './fixtures';
import { MintTab } from './pages/mint';
import { OptionsPage, sendFromPage, setupDemoProfile } from './pages/options';
import { inContentWorld, settle, ShadowTray, TOGGLE } from './pages/tray';
import { pageFinds, recordMutations, tokenNeedles } from './pages/isolation';
import type { Emulator } from '../../emulator/server';

const DASH = 'https://manage.auth0.com/dashboard/us/demo';
const PICKED = ['read:users', 'read:clients', 'read:logs'];

async function dashboardWith(extension: ExtensionHandle, scopes: string[]): Promise<{ page: Page; tray: ShadowTray }> {
  const page = await extension.context.newPage();
  await recordMutations(page);
  await page.goto(`${DASH}/apis/management/permissions`);
  await settle(page);
  for (const s of scopes) await page.locator(`${TOGGLE}[data-scope="${s}"]`).first().click();
  const tray = await ShadowTray.attach(page);
  await tray.openGenerator(scopes.length);
  return { page, tray };
}

async function tokenOf(extension: ExtensionHandle, ledgerId: string): Promise<string> {
  return extension.evalInWorker(async (id) => {
    const session = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
    const got = await session.get('mintedTokens');
    return (got.mintedTokens as Record<string, { token: string }>)[id]!.token;
  }, ledgerId, 'reading a minted token');
}

const scopesOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { scope: string }).scope.split(' ').sort();
const patches = (emulator: Emulator) => emulator.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/api/v2/client-grants/'));

async function expectIsolated(page: Page, token: string, step: string): Promise<void> {
  expect(await pageFinds(page, tokenNeedles(token)), `a page script found the token after: ${step}`).toEqual([]);
}

test('plain mode: every granted scope, the tray and the popup list the extras; no token ever reaches the page', async ({ emulator, extension }) => {
  const { seed } = emulator;
  await setupDemoProfile(extension.context, extension.extensionId, { domain: seed.domain, ...seed.clients.granted });
  const { page, tray } = await dashboardWith(extension, PICKED);
  await expect(tray.value('Mode')).resolves.toBe('client-credentials');
  // The organization field is for grants that allow organizations; the Management API's is not asked, so it stays out.
  await expect(tray.eval<string>(`(root) => getComputedStyle([...root.querySelectorAll('label')].find((l) => l.textContent === 'Organization').parentElement).display`)).resolves.toBe('none');
  await tray.click('Mint');
  const extras = await tray.waitFor('[data-role="extras"]');
  const granted = seed.grants[0]!.scope;
  expect(extras).toContain(`Auth0 issued ${granted.length - PICKED.length} scopes you did not pick: `);
  const ledgerId = await tray.ledgerId();
  const token = await tokenOf(extension, ledgerId);
  expect(scopesOf(token)).toEqual([...granted].sort());
  expect(await tray.allText()).not.toContain(token.slice(-24));
  await expectIsolated(page, token, 'Mint');
  await extension.screenshot('exact-scope-plain-disclosure', page);

  // "Open in Token Workbench": the token goes to an extension tab, still never through the page.
  const opened = extension.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/inspector/index.html'), timeout: 10_000 });
  await tray.click('Open in Token Workbench');
  const inspector = await opened;
  await inspector.waitForLoadState('load');
  await expect.poll(async () => (await inspector.locator('body').textContent()) ?? '', { timeout: 10_000 }).toContain('read:logs');
  expect(inspector.url()).not.toContain(token.split('.')[1]!.slice(0, 20));
  await expectIsolated(page, token, 'Open in Token Workbench');

  // "Set up exact minting" opens the options page at the set-up for this profile and audience.
  const options = extension.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/options/index.html#exact='), timeout: 10_000 });
  await tray.click('Set up exact minting');
  const opt = await options;
  await opt.getByRole('group', { name: 'Set up exact minting' }).waitFor({ timeout: 10_000 });
  await expect(opt.getByLabel('Audience for exact minting').inputValue()).resolves.toBe(seed.managementAudience);
  await expectIsolated(page, token, 'Set up exact minting');

  // The popup's Mint tab says the same about the same pick.
  const mint = await new MintTab(await extension.openPopup()).open();
  await mint.choose({ scopes: PICKED });
  await mint.generate.click();
  await mint.page.getByTestId('scope-extras').waitFor({ timeout: 15_000 });
  await expect(mint.page.getByTestId('scope-extras').textContent()).resolves.toContain(`Auth0 issued ${granted.length - PICKED.length} scopes you did not pick`);
});

test('exact mode: set up in Options, three clicks → exactly those scopes, one PATCH, both in the ledger; two tabs at once', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const { page: options } = await setupDemoProfile(extension.context, extension.extensionId, { domain: seed.domain, ...seed.clients.granted });
  const card = options.getByRole('region', { name: 'Exact-scope minting for Demo' });
  await card.getByRole('button', { name: 'Set up exact minting' }).click();
  await extension.screenshot('exact-scope-setup', options);
  await card.getByRole('button', { name: `Create the application in ${seed.domain}` }).click();
  await card.getByRole('status').filter({ hasText: 'Exact minting is ready' }).waitFor({ timeout: 20_000 });
  const app = seed.createdClients.at(-1)!;
  expect(app.name).toBe('Token Workbench minting app');
  expect(seed.grants.find((g) => g.clientId === app.clientId)).toMatchObject({ subjectType: 'client', scope: [] });

  emulator.clearLog();
  const { page, tray } = await dashboardWith(extension, PICKED);
  await expect(tray.value('Mode')).resolves.toBe('exact');
  await tray.click('Mint');
  const exact = await tray.waitFor('[data-role="exact"]');
  expect(exact).toBe('The token carries exactly the 3 picked scopes; the minting app’s grant was set to them first.');
  const token = await tokenOf(extension, await tray.ledgerId());
  expect(scopesOf(token)).toEqual([...PICKED].sort());
  expect(patches(emulator)).toHaveLength(1);
  await expectIsolated(page, token, 'exact Mint');
  await extension.screenshot('exact-scope-result', page);

  // The ledger shows the exact mint with its grant change, under the profile's label.
  await options.goto(OptionsPage.url(extension.extensionId));
  const row = options.getByRole('table', { name: 'Minted tokens' }).getByRole('row').filter({ hasText: 'exact' }).first();
  await expect(row.textContent()).resolves.toContain('Demo');
  await expect(row.getByTestId('grant-change').textContent()).resolves.toContain('set to 3 scopes');

  // Two tabs, two different sets, Mint pressed in both at once: each token carries its own set.
  const a = await dashboardWith(extension, ['read:users']);
  const b = await dashboardWith(extension, ['read:clients', 'delete:client_grants']);
  const [ca, cb] = [await a.tray.buttonCentre('Mint'), await b.tray.buttonCentre('Mint')];
  await Promise.all([a.page.mouse.click(...ca), b.page.mouse.click(...cb)]);
  const [la, lb] = [await a.tray.ledgerId(), await b.tray.ledgerId()];
  const [ta, tb] = [await tokenOf(extension, la), await tokenOf(extension, lb)];
  expect(scopesOf(ta)).toEqual(['read:users']);
  expect(scopesOf(tb)).toEqual(['delete:client_grants', 'read:clients']);
  // A tab can hand over only the tokens it minted itself (SECURITY B4.39).
  const openOther = `chrome.runtime.sendMessage({ type: 'tray.open', payload: { ledgerId: ${JSON.stringify(la)} } })`;
  await expect(inContentWorld(b.page, extension.extensionId, openOther)).resolves.toMatchObject({ ok: false, error: { code: 'ERR_NOT_FOUND' } });
});

test('the content script cannot use mint.request, noExpiry is refused, and a covered or hidden tray does not mint', async ({ emulator, extension }) => {
  const { seed } = emulator;
  const { page: options, profileId } = await setupDemoProfile(extension.context, extension.extensionId, { domain: seed.domain, ...seed.clients.granted });
  expect(await sendFromPage(options, 'mint.request', { profileId, mode: 'hs256-legacy', scopes: ['read:users'], noExpiry: true })).toMatchObject({ ok: false, error: { code: 'ERR_INVALID_MESSAGE' } });

  const page = await extension.context.newPage();
  // A page that pre-creates an element named like the tray's old host does not stop the tray from mounting.
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.body.append(Object.assign(document.createElement('token-workbench-root'), { id: 'fake' }))));
  await page.goto(`${DASH}/apis/management/permissions`);
  await settle(page);
  const asked = `chrome.runtime.sendMessage({ type: 'mint.request', payload: { profileId: ${JSON.stringify(profileId)}, mode: 'client-credentials', scopes: ['read:users'] } })`;
  await expect(inContentWorld(page, extension.extensionId, asked)).resolves.toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });

  await page.locator(`${TOGGLE}[data-scope="read:users"]`).first().click();
  const tray = await ShadowTray.attach(page);
  expect(tray.hostTag).toMatch(/^tw-[a-z]{12}$/);
  await tray.openGenerator(1);
  emulator.clearLog();
  // (The tray grows upwards when it shows a status line: each click aims at the button where it is now.)
  const clickMint = async () => page.mouse.click(...(await tray.buttonCentre('Mint')));

  // A page script makes our host transparent: the user cannot see what they click, so it does not count.
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-token-workbench]:not(#fake)')!.style.setProperty('opacity', '0', 'important'));
  await clickMint();
  await expect.poll(() => tray.text('.err')).toContain('covers or hides the token generator');
  // A click-through overlay painted over the tray (pointer-events: none) hides it just the same.
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-token-workbench]:not(#fake)')!.style.setProperty('opacity', '1', 'important');
    const cover = Object.assign(document.createElement('div'), { id: 'cover', textContent: 'Nothing to see here' });
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none';
    document.body.append(cover);
  });
  await clickMint();
  await page.waitForTimeout(500);
  expect(emulator.requests.filter((r) => r.path === '/oauth/token')).toEqual([]);
  await extension.screenshot('exact-scope-covered-tray', page);

  // Uncovered again, the same click mints.
  await page.evaluate(() => document.getElementById('cover')!.remove());
  await clickMint();
  await tray.waitFor('.result');
  expect(emulator.requests.filter((r) => r.path === '/oauth/token').length).toBeGreaterThan(0);
});
