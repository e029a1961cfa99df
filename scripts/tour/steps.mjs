// The headless tour of `npm start` (Node; loaded by scripts/start.mjs after tsx is registered, so it may import
// the TypeScript page objects of test/e2e/pages). One entry per step, run in order; each step gets the tour
// context `t` (one object for the whole tour, so a step may leave something for later ones, e.g. t.profileId)
// and returns { page, summary }: start.mjs screenshots `page` to test-results/tour/NN-name.png and prints the
// summary. A step with nothing to show returns page: null. Feature steps live in features.mjs.
//
// t = { emulator, extension /* test/e2e/launch.ts handle */, withTimeout, profileId? }
import { PopupPage } from '../../test/e2e/pages/popup.ts';
import { InspectorPage } from '../../test/e2e/pages/inspector.ts';
import { TrayHost } from '../../test/e2e/pages/tray.ts';
import { MintTab } from '../../test/e2e/pages/mint.ts';
import { seedDemoProfile } from './seed.mjs';
import { blacklist, inspectorVerify, scopeClick } from './features.mjs';

const DASH = 'https://manage.auth0.com/dashboard/us/demo';

/** Opens a page in a new tab and waits for the content script's marker to settle. */
async function visit(t, url) {
  const page = await t.extension.context.newPage();
  const response = await page.goto(url);
  // Dashboard pages fill in from their own fetches; give them a moment so the screenshot is not a spinner.
  await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
  const state = await new TrayHost(page).settledState();
  if (response?.status() !== 200 || state !== 'ready') throw new Error(`HTTP ${response?.status()}, content script ${state}`);
  return { page, summary: `HTTP ${response.status()}, content script ${state}` };
}

export const steps = [
  {
    name: 'seedDemoProfile',
    async run(t) {
      const { page, profileId, summary } = await seedDemoProfile(t);
      t.profileId = profileId;
      return { page, summary };
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
  {
    name: 'mint',
    async run(t) {
      const mint = await new MintTab(await t.extension.openPopup()).open();
      if ((await mint.mint()) !== 'token') throw new Error(`mint error: ${await mint.alert.textContent()}`);
      await mint.granted.scrollIntoViewIfNeeded();
      return { page: mint.page, summary: `minted in the popup's Mint tab; granted ${(await mint.grantedScopes()).length} scopes` };
    },
  },
  { name: 'scope-click', run: scopeClick },
  { name: 'inspector-verify', run: inspectorVerify },
  { name: 'blacklist', run: blacklist },
  { name: 'dashboard-authorized-clients', run: (t) => visit(t, `${DASH}/apis/management/authorized-clients`) },
  { name: 'dashboard-api-explorer', run: (t) => visit(t, `${DASH}/apis/management/explorer`) },
  { name: 'dashboard-permissions', run: (t) => visit(t, `${DASH}/apis/management/permissions`) },
  { name: 'docs-get-users', run: (t) => visit(t, 'https://auth0.com/docs/api/management/v2/users/get-users') },
];
