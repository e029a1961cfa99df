// The headless tour of `npm start` (Node; loaded by scripts/start.mjs after tsx is registered, so it may import
// the TypeScript page objects of test/e2e/pages). One entry per step, run in order; each step gets the tour
// context `t` and returns { page, summary }: start.mjs screenshots `page` to test-results/tour/NN-name.png
// and prints the summary. To show a new feature, add a step here (mint, scope-click, blacklist are next).
//
// t = { emulator, extension /* launch.ts handle */, withTimeout, DASHBOARD }
import { PopupPage } from '../../test/e2e/pages/popup.ts';
import { InspectorPage } from '../../test/e2e/pages/inspector.ts';
import { TrayHost } from '../../test/e2e/pages/tray.ts';
import { OptionsPage, sendFromPage } from '../../test/e2e/pages/options.ts';
import { MintTab } from '../../test/e2e/pages/mint.ts';

const DASH = 'https://manage.auth0.com/dashboard/us/demo';

/** Opens a page in a new tab and waits for the content script's marker to settle. */
async function visit(t, url) {
  const page = await t.extension.context.newPage();
  const response = await page.goto(url);
  // Dashboard pages fill in from their own fetches; give them a moment so the screenshot is not a spinner.
  await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
  const state = await new TrayHost(page).settledState();
  return { page, summary: `HTTP ${response?.status()}, content script ${state}` };
}

export const steps = [
  {
    name: 'seedDemoProfile',
    // No-op until the profiles feature lands: then store the demo tenant (t.emulator.seed: domain, the granted
    // M2M client's id/secret) as a profile in the fresh browser profile, so minting works without typing.
    // Stores the demo tenant through the options page (passphrase vault, then profiles.save from that page).
    async run(t) {
      const { seed } = t.emulator;
      const page = await t.extension.context.newPage();
      await page.goto(OptionsPage.url(t.extension.extensionId));
      const options = new OptionsPage(page);
      await options.setupPassphrase('demo passphrase 1234');
      const saved = await sendFromPage(page, 'profiles.save', { label: 'Demo tenant', domain: seed.domain, environment: 'development', clientId: seed.clients.granted.clientId, clientSecret: seed.clients.granted.clientSecret });
      await page.reload();
      const tested = await options.testCredentials('Demo tenant');
      return { page, summary: `profile saved: ${saved.ok}; ${tested.slice(0, 80)}` };
    },
  },
  {
    name: 'mint',
    async run(t) {
      const mint = await new MintTab(await t.extension.openPopup()).open();
      const outcome = await mint.mint();
      return { page: mint.page, summary: outcome === 'token' ? `minted; granted ${(await mint.grantedScopes()).length} scopes` : `mint error: ${await mint.alert.textContent()}` };
    },
  },
  {
    name: 'popup-decode',
    async run(t) {
      const { seed } = t.emulator;
      const token = await t.emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
      const popup = new PopupPage(await t.extension.openPopup());
      await popup.paste(token);
      const claims = await popup.claimsJson();
      return { page: popup.page, summary: `decoded iss=${claims.iss} scope has ${String(claims.scope).split(' ').length} entries` };
    },
  },
  {
    name: 'right-click-decode',
    async run(t) {
      const { seed } = t.emulator;
      const token = await t.emulator.mintAccessToken({ clientId: seed.clients.explorer.clientId, audience: seed.managementAudience });
      const opened = t.extension.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/inspector/'), timeout: 10_000 });
      await t.extension.evalInWorker(
        (selectionText) => globalThis.__tokenWorkbenchMenuClick({ menuItemId: 'token-workbench-decode', selectionText }),
        token,
        'the Decode JWT menu handler',
      );
      const page = await opened;
      const claims = await new InspectorPage(page).claimsJson();
      return { page, summary: `inspector tab shows sub=${claims.sub}; URL holds no token: ${!page.url().includes(token.split('.')[1])}` };
    },
  },
  { name: 'dashboard-authorized-clients', run: (t) => visit(t, `${DASH}/apis/management/authorized-clients`) },
  { name: 'dashboard-api-explorer', run: (t) => visit(t, `${DASH}/apis/management/explorer`) },
  { name: 'dashboard-permissions', run: (t) => visit(t, `${DASH}/apis/management/permissions`) },
  { name: 'docs-get-users', run: (t) => visit(t, 'https://auth0.com/docs/api/management/v2/users/get-users') },
  // Next: { name: 'scope-click', ... }, { name: 'blacklist', ... } as those features land.
];
