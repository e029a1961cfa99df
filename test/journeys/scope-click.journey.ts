// Scope-click journeys (issues #5, #11, #12; SECURITY B4.38), written once for both browsers (./driver.ts): on the
// emulated dashboard and the Management API reference, trusted clicks on our "Add <scope> to the token" toggles
// (or the endpoint's "Add all"), then Mint in the generator tray (closed shadow root, ./scope-pages.ts). Plain
// mode: the token carries every granted scope and the tray says "Auth0 issued N scopes you did not pick" (FACTS
// §1: client credentials never narrow). Exact mode (a minting app, set up in Options): exactly the picked scopes,
// one grant PATCH each, recorded in the ledger; two tabs minting at once each get their own set. The tray never
// holds the token, and a script of the page finds none of it after any tray action.
import { GRANTED_CLIENT_SCOPES } from '../../emulator/seed';
import type { Emulator } from '../../emulator/server';
import { check, type Journey } from './driver';
import { OptionsUi } from './pages';
import { createMintingApp, DASH, DOCS, demoProfile, mintInTray, ScopePage, scopesOf, sorted, tokenOf } from './scope-pages';

const PICKED = ['read:users', 'read:clients', 'read:logs'];
const PERMISSIONS = `${DASH}/apis/management/permissions`;
const GET_USERS = `${DOCS}/users/get-users`;
const tokenPosts = (emulator: Emulator) => emulator.requests.filter((r) => r.method === 'POST' && r.path === '/oauth/token');
const patches = (emulator: Emulator) => emulator.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/api/v2/client-grants/'));
const extras = (n: number) => `Auth0 issued ${n} scopes you did not pick: `;

export const scopeClickJourneys: Journey[] = [
  {
    name: 'scope-click, plain mode: dashboard toggles and a reference page, Mint in the tray → every granted scope and "Auth0 issued N scopes you did not pick"; no token in the tray or the page',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const { ext } = await demoProfile(driver, seed);
      const dash = await ScopePage.open(driver, PERMISSIONS);
      const tray = await dash.pick(PICKED);
      check((await tray.value('Mode')) === 'client-credentials', `the tray's mode is ${await tray.value('Mode')}`);
      // The organization field is for grants that allow organizations; the Management API's is not asked, so it stays out.
      const org = await tray.eval<string>(`(root) => getComputedStyle([...root.querySelectorAll('label')].find((l) => l.textContent === 'Organization').parentElement).display`);
      check(org === 'none', `the Organization row shows (display ${org})`);
      emulator.clearLog();
      const plain = await mintInTray(tray, 'extras');
      check(plain.said.includes(extras(GRANTED_CLIENT_SCOPES.length - PICKED.length)), `the tray said: ${plain.said}`);
      const posts = tokenPosts(emulator);
      check(posts.length === 1 && (posts[0]!.body as { grant_type?: string }).grant_type === 'client_credentials', `${posts.length} token requests`);
      const token = await tokenOf(ext, plain.ledgerId);
      check(sorted(scopesOf(token)) === sorted(GRANTED_CLIENT_SCOPES), `the token carries ${scopesOf(token).join(' ')}`);
      check(!(await tray.allText()).includes(token.slice(-24)), 'the tray holds the token');
      const isolated = async (step: string) => {
        const found = await dash.finds(token);
        check(found.length === 0, `after ${step} a page script found the token: ${found.join(', ')}`);
      };
      await isolated('Mint');
      await dash.page.screenshot(`journey-${driver.browser}-scope-click-plain`);

      // "Open in Token Workbench": the token goes to an extension tab, still never through the page.
      await tray.click('Open in Token Workbench');
      const inspector = await driver.waitForTab((u) => u.includes('/src/inspector/index.html'));
      await inspector.poll(() => document.body.textContent?.includes('read:logs'), undefined, 'the token in the inspector', 10_000);
      // (Its location as the tab itself reports it: puppeteer's url() of a tab the extension opened can lag.)
      const where = await inspector.evaluate(() => location.href, undefined, 'reading the inspector URL');
      check(where.includes('/src/inspector/index.html') && !where.includes(token.split('.')[1]!.slice(0, 20)), `the inspector URL: ${where.slice(0, 120)}`);
      await isolated('Open in Token Workbench');

      // "Set up exact minting" opens the options page at the set-up for this profile and audience.
      await tray.click('Set up exact minting');
      const options = await driver.waitForTab((u) => u.includes('/src/options/index.html#exact='));
      const audience = await options.value('Audience for exact minting');
      check(audience === seed.managementAudience, `the set-up offers audience ${audience}`);
      await isolated('Set up exact minting');

      // The popup's Mint tab says the same about the same pick.
      const popup = await driver.openExtensionPage('src/popup/index.html', { popup: true });
      await popup.click('tab', 'Mint');
      for (const s of PICKED) {
        await popup.fill('Search scopes', s);
        await popup.click('checkbox', s);
      }
      await popup.click('button', 'Generate');
      const said = await popup.textUntil('scope-extras', (t) => t.length > 0, 20_000);
      check(said.includes(extras(GRANTED_CLIENT_SCOPES.length - PICKED.length)), `the popup said: ${said}`);

      // A reference page: its toggle adds the scope to a tray of its own; the audience is the profile's tenant.
      const docs = await ScopePage.open(driver, GET_USERS);
      const docTray = await docs.pick(['read:users']);
      const fromDocs = await mintInTray(docTray, 'extras');
      check(fromDocs.said.includes(extras(GRANTED_CLIENT_SCOPES.length - 1)), `the reference page's tray said: ${fromDocs.said}`);
      const docToken = await tokenOf(ext, fromDocs.ledgerId);
      check(!(await docTray.allText()).includes(docToken.slice(-24)), "the reference page's tray holds the token");
      const found = await docs.finds(docToken);
      check(found.length === 0, `a script of the reference page found the token: ${found.join(', ')}`);
    },
  },
  {
    name: 'scope-click, exact mode: set up in Options, dashboard toggles and a reference page’s "Add all" → exactly the picked scopes, one grant PATCH each, in the ledger',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const { ext } = await demoProfile(driver, seed);
      await (await OptionsUi.open(driver)).setUpExactMinting(seed.domain, `journey-${driver.browser}-exact-setup`);
      const app = seed.createdClients.at(-1);
      check(app?.name === 'Token Workbench minting app', `created ${JSON.stringify(app?.name)}`);
      const grant = seed.grants.find((g) => g.clientId === app.clientId);
      check(grant?.subjectType === 'client' && grant.scope.length === 0, `the minting app's grant: ${JSON.stringify(grant)}`);

      emulator.clearLog();
      const dash = await ScopePage.open(driver, PERMISSIONS);
      const tray = await dash.pick(PICKED);
      check((await tray.value('Mode')) === 'exact', `the tray's mode is ${await tray.value('Mode')}`);
      const exact = await mintInTray(tray, 'exact');
      check(exact.said === 'The token carries exactly the 3 picked scopes; the minting app’s grant was set to them first.', `the tray said: ${exact.said}`);
      const token = await tokenOf(ext, exact.ledgerId);
      check(sorted(scopesOf(token)) === sorted(PICKED), `the token carries ${scopesOf(token).join(' ')}`);
      check(patches(emulator).length === 1, `${patches(emulator).length} grant PATCHes`);
      check(!(await tray.allText()).includes(token.slice(-24)), 'the tray holds the token');
      const found = await dash.finds(token);
      check(found.length === 0, `a page script found the token: ${found.join(', ')}`);
      await dash.page.screenshot(`journey-${driver.browser}-scope-click-exact`);

      // The reference page's "Add all scopes of this endpoint" (read:users, read:user_idp_tokens): exactly those two.
      const docs = await ScopePage.open(driver, GET_USERS);
      const both = ['read:users', 'read:user_idp_tokens'];
      const docTray = await docs.pick(both, { addAll: true });
      const fromDocs = await mintInTray(docTray, 'exact');
      check(fromDocs.said.startsWith('The token carries exactly the 2 picked scopes'), `the reference page's tray said: ${fromDocs.said}`);
      const docToken = await tokenOf(ext, fromDocs.ledgerId);
      check(sorted(scopesOf(docToken)) === sorted(both), `the token carries ${scopesOf(docToken).join(' ')}`);
      check(patches(emulator).length === 2, `${patches(emulator).length} grant PATCHes`);
      check((await docs.finds(docToken)).length === 0, 'a script of the reference page found the token');

      // The ledger shows the exact mints with their grant change, under the profile's label.
      const row = await (await OptionsUi.open(driver)).ledgerRowWith('set to 3 scopes');
      check(row.includes('Demo') && row.includes('exact'), `ledger row: ${row.slice(0, 200)}`);
    },
  },
  {
    name: 'scope-click, exact mode: two tabs minting different sets at once each get their own set',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const { ext, profileId } = await demoProfile(driver, seed);
      const appClientId = await createMintingApp(ext, profileId, seed.managementAudience);
      const sets = [['read:users'], ['read:clients', 'delete:client_grants']];
      const trays = [];
      for (const set of sets) trays.push(await (await ScopePage.open(driver, PERMISSIONS)).pick(set));
      // Mint in one tab, then straight away in the other, as a user switching tabs does: the second click comes
      // while the first mint is still under way (the background runs exact mints of one tenant and API one at a
      // time, issue #11, so neither grant PATCH can slip between the other's PATCH and token request).
      emulator.clearLog();
      for (const tray of trays) await tray.click('Mint');
      for (const [i, tray] of trays.entries()) {
        const token = await tokenOf(ext, await tray.ledgerId());
        check(sorted(scopesOf(token)) === sorted(sets[i]!), `tab ${i + 1} got "${scopesOf(token).join(' ')}", not ${sets[i]!.join(' ')}`);
      }
      // Each grant PATCH is followed by the minting app's own token request before the next PATCH.
      const order = emulator.requests
        .filter((r) => r.method === 'PATCH' || (r.path === '/oauth/token' && (r.body as { client_id?: string }).client_id === appClientId))
        .map((r) => (r.method === 'PATCH' ? 'PATCH' : 'token'));
      check(order.join(' ') === 'PATCH token PATCH token', `grant PATCHes and token requests came as: ${order.join(' ')}`);
    },
  },
];
