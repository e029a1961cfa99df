// Terminate journeys (issue #6; SECURITY B3.31), written once for both browsers (./driver.ts). Today's Auth0
// access tokens carry no jti: pasted in the popup, the Terminate panel says so and offers the real levers (delete
// the client grant, rotate the client secret, shorten the API's token lifetime), each asked, then confirmed, and
// each changes the emulated tenant. A legacy HS256 token (it has a jti) minted by the product is blacklisted in
// one click plus the production confirmation (a double click sends one POST /api/v2/blacklists/tokens with
// {aud, jti} only), the options page's blacklist view lists it, and the Management API then refuses it with 401.
// The emulator is shared by every journey of a run: what a journey changes in its seed is put back.
import { decodeJwt } from 'jose';
import { managementCaller } from '../e2e/pages/terminate';
import { check, type Journey, type UiPage } from './driver';
import { openPopup } from './pages';
import { demoProfile } from './scope-pages';

const BL = '/api/v2/blacklists/tokens';

/** The first non-empty text of a lever's result line. */
const result = (page: UiPage, lever: 'grant' | 'secret' | 'lifetime') => page.textUntil(`lever-${lever}-result`, (t) => t.length > 0, 15_000);

export const terminateJourneys: Journey[] = [
  {
    name: 'terminate: a token without a jti says so, and deleting the grant, rotating the secret and shortening the lifetime are each confirmed and change the tenant',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const orders = seed.apis.rsApi;
      const savedGrants = [...seed.grants];
      const savedSecret = seed.clients.granted.clientSecret;
      const savedLifetime = orders.tokenLifetime;
      try {
        const { ext, profileId } = await demoProfile(driver, seed);
        const token = await emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: orders.identifier });
        const view = await openPopup(driver);
        await view.paste(token);
        const popup = view.page;
        const noJti = await popup.textUntil('no-jti', (t) => t.length > 0, 10_000);
        check(/carry no jti.*stays valid until/.test(noJti), `no-jti explanation: ${noJti}`);
        const blacklist = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="terminate-panel"] button')].filter((b) => b.textContent === 'Blacklist').length, undefined, 'counting Blacklist buttons');
        check(blacklist === 0, 'a token without a jti is offered a blacklist');
        await popup.click('button', 'Show the levers');

        await popup.click('button', 'Delete grant…');
        check(seed.grants.some((g) => g.id === 'cgr_GrantedOrders00002'), 'the grant went before the confirmation');
        await popup.click('button', 'Delete grant');
        const deleted = await result(popup, 'grant');
        check(/cgr_GrantedOrders00002 \(subject_type client; scopes read:orders create:orders\) deleted/.test(deleted), `grant lever: ${deleted}`);
        check(!seed.grants.some((g) => g.id === 'cgr_GrantedOrders00002'), 'the grant is still in the tenant');

        const store = await popup.evaluate(() => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Store the new secret in this profile'))?.querySelector('input')?.checked ?? null, undefined, 'reading the store checkbox');
        check(store === true, `"Store the new secret in this profile" is ${store}`);
        await popup.click('button', 'Rotate secret…');
        await popup.click('button', 'Rotate secret');
        const rotated = await result(popup, 'secret');
        check(/rotated.*stored in this profile \(not shown\)/.test(rotated), `secret lever: ${rotated}`);
        check(seed.clients.granted.clientSecret !== savedSecret, 'the secret did not change in the tenant');
        const html = await popup.evaluate(() => document.documentElement.outerHTML, undefined, 'reading the popup');
        check(!html.includes(seed.clients.granted.clientSecret), 'the new secret is displayed');
        check((await ext.send('profiles.test', { profileId })).ok, 'the profile does not hold the new secret');

        await popup.fill('Maximum token lifetime in seconds', '600');
        await popup.click('button', 'Set lifetime…');
        await popup.click('button', 'Set lifetime');
        const shortened = await result(popup, 'lifetime');
        check(/now 600 s \(was 86400\)/.test(shortened), `lifetime lever: ${shortened}`);
        check(orders.tokenLifetime === 600, `the API's lifetime is ${orders.tokenLifetime}`);
        await popup.screenshot(`journey-${driver.browser}-terminate-levers`);
      } finally {
        seed.grants.splice(0, seed.grants.length, ...savedGrants);
        seed.clients.granted.clientSecret = savedSecret;
        orders.tokenLifetime = savedLifetime;
      }
    },
  },
  {
    name: 'terminate: a legacy HS256 token is blacklisted with the production confirmation (a double click, one POST), listed in the options page, then refused with 401',
    async run({ driver, emulator }) {
      const { seed } = emulator;
      const legacy = { globalClientId: seed.globalClient.clientId, secret: seed.globalClient.clientSecret };
      const { ext, profileId } = await demoProfile(driver, seed, { environment: 'production', legacy });
      const minted = await ext.send<{ token: string }>('mint.request', { profileId, mode: 'hs256-legacy', scopes: ['read:users'] });
      check(minted.ok && minted.data, `mint.request: ${minted.error?.message}`);
      const token = minted.data.token;
      const { jti } = decodeJwt(token) as { jti?: string };
      check(jti, 'the legacy token has no jti');
      const call = managementCaller(emulator);
      check((await call('/api/v2/users', token)).status === 200, 'the token was refused before the blacklist');
      emulator.clearLog();

      const view = await openPopup(driver);
      await view.paste(token);
      const popup = view.page;
      await popup.click('button', 'Blacklist');
      await popup.fill('Type the tenant name to confirm', seed.tenant); // production: type the tenant name
      await popup.screenshot(`journey-${driver.browser}-terminate-confirm`);
      await popup.click('button', 'Blacklist now', { count: 2 });
      const outcome = await popup.poll(() => document.querySelector('[data-testid="blacklist-result"]')?.getAttribute('data-outcome'), undefined, 'the blacklist outcome', 15_000);
      check(outcome === 'blacklisted', `outcome ${outcome}`);
      const posts = emulator.requests.filter((r) => r.method === 'POST' && r.path === BL);
      check(posts.length === 1, `${posts.length} blacklist POSTs for a double click`);
      check(JSON.stringify(posts[0]!.body) === JSON.stringify({ aud: seed.globalClient.clientId, jti }), `POST body ${JSON.stringify(posts[0]!.body)}`); // never the token
      check(emulator.requests.some((r) => r.method === 'GET' && r.path === BL && r.query.aud === seed.globalClient.clientId), 'the blacklist was not read back');
      check((await call('/api/v2/users', token)).status === 401, 'the blacklisted token is still accepted');

      // The blacklist view (options → ledger) lists it and marks it as minted here; the ledger entry says so too.
      const options = await driver.openExtensionPage('src/options/index.html');
      await options.fill('Blacklist aud', seed.globalClient.clientId);
      await options.click('button', 'Show blacklist');
      const mark = await options.poll(
        (id) => [...document.querySelectorAll('[data-testid="blacklist-entries"] tbody tr')].find((r) => r.textContent?.includes(id))?.getAttribute('data-ledger'),
        jti,
        'the jti in the blacklist view',
        10_000,
      );
      check(mark === 'yes', `the blacklist view marks it ${mark}`);
      const ledger = await ext.send<{ entries: { jti?: string; blacklist?: { state: string } }[] }>('ledger.list', {});
      check(ledger.data?.entries.find((e) => e.jti === jti)?.blacklist?.state === 'blacklisted', 'the ledger entry is not marked blacklisted');
      await options.screenshot(`journey-${driver.browser}-terminate-blacklist-view`);
    },
  },
];
