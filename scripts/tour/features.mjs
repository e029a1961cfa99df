// Tour steps for the features that need the demo profile (Node, playwright-core; loaded after tsx is
// registered): scope-click on the dashboard (a minting app set up, three toggles, Mint in the tray in exact mode,
// the token itself read from the extension: the page never holds it), the inspector with signature
// verification, and a blacklist through the popup's Terminate panel. Each returns { page, summary } like the
// steps in steps.mjs; `t.profileId` is the demo profile seeded by the first step.
import { decodeJwt } from 'jose';
import { PopupPage } from '../../test/e2e/pages/popup.ts';
import { InspectorPage } from '../../test/e2e/pages/inspector.ts';
import { ShadowTray, TrayHost } from '../../test/e2e/pages/tray.ts';
import { OptionsPage, sendFromPage } from '../../test/e2e/pages/options.ts';
import { TerminatePanelPage, managementCaller } from '../../test/e2e/pages/terminate.ts';
import { DEMO_LABEL } from './seed.mjs';

const DASH = 'https://manage.auth0.com/dashboard/us/demo';
const SCOPES = ['read:users', 'read:clients', 'read:logs'];

export async function scopeClick(t) {
  // Exact minting needs a minting app (FACTS §1: Auth0 never narrows client credentials): one confirmed step.
  const options = await t.extension.context.newPage();
  await options.goto(OptionsPage.url(t.extension.extensionId));
  const made = await sendFromPage(options, 'mintingApp.create', { profileId: t.profileId, audience: t.emulator.seed.managementAudience, confirm: 'yes' });
  if (!made.ok) throw new Error(`exact minting set-up failed: ${made.error?.message}`);
  await options.close();
  const page = await t.extension.context.newPage();
  await page.goto(`${DASH}/apis/management/permissions`);
  const state = await new TrayHost(page).settledState();
  if (state !== 'ready') throw new Error(`content script ${state}`);
  for (const s of SCOPES) await page.getByRole('button', { name: `Add ${s} to the token` }).first().click();
  const tray = await ShadowTray.attach(page);
  await tray.openGenerator(SCOPES.length, 5_000);
  await tray.click('Mint');
  await tray.waitFor('[data-role="exact"]', 20_000);
  const ledgerId = await tray.ledgerId();
  const token = await t.extension.evalInWorker(async (id) => (await globalThis.chrome.storage.session.get('mintedTokens')).mintedTokens[id].token, ledgerId, 'reading the minted token');
  const scope = String(decodeJwt(token).scope ?? '');
  const exact = scope.split(' ').sort().join(' ') === [...SCOPES].sort().join(' ');
  if (!exact) throw new Error(`the token carries "${scope}", not ${SCOPES.join(' ')}`);
  return { page, summary: `minting app set up; toggled ${SCOPES.join(', ')}; Mint in the tray (exact mode) → token with exactly those scopes, never in the page` };
}

export async function inspectorVerify(t) {
  const { seed } = t.emulator;
  const token = await t.emulator.mintAccessToken({ clientId: seed.clients.granted.clientId, audience: seed.managementAudience });
  const inspector = new InspectorPage(await t.extension.openInspector());
  await inspector.tokenInput.fill(token);
  const signature = await inspector.view.verifiedSignature();
  if (signature !== 'Signature verified') throw new Error(`signature badge: ${signature}`);
  const kind = ((await inspector.view.kind.textContent({ timeout: 2_000 })) ?? '').split(' — ')[0];
  return { page: inspector.page, summary: `${signature} (JWKS of ${seed.domain}); ${kind}` };
}

export async function blacklist(t) {
  const { seed } = t.emulator;
  const popup = new PopupPage(await t.extension.openPopup());
  const probe = await sendFromPage(popup.page, 'blacklist.audiences', { profileId: t.profileId });
  if (!probe.ok && probe.error?.code === 'ERR_UNKNOWN_TYPE') return { page: null, summary: 'not yet available (the terminate feature has not landed)' };
  // The demo profile gets the legacy global client (legacy tokens carry a jti, so they can be blacklisted).
  const saved = await sendFromPage(popup.page, 'profiles.save', {
    id: t.profileId,
    label: DEMO_LABEL,
    domain: seed.domain,
    environment: 'development',
    clientId: seed.clients.granted.clientId,
    hs256Legacy: { globalClientId: seed.globalClient.clientId, secretEncoding: 'base64url', secret: seed.globalClient.clientSecret },
    acknowledgeHs256Risk: true,
  });
  if (!saved.ok) throw new Error(`profiles.save: ${saved.error?.message}`);
  const minted = await sendFromPage(popup.page, 'mint.request', { profileId: t.profileId, mode: 'hs256-legacy', scopes: ['read:users'] });
  if (!minted.ok) throw new Error(`mint.request: ${minted.error?.message}`);
  const token = minted.data.token;
  await popup.paste(token);
  const panel = new TerminatePanelPage(popup.page);
  await panel.blacklist.click();
  await panel.confirmNow.click();
  await panel.result.waitFor({ timeout: 15_000 });
  const outcome = await panel.result.getAttribute('data-outcome');
  if (outcome !== 'blacklisted') throw new Error(`outcome ${outcome}: ${await panel.result.textContent()}`);
  await panel.result.scrollIntoViewIfNeeded();
  const after = await managementCaller(t.emulator)('/api/v2/users', token);
  return { page: popup.page, summary: `legacy token jti ${decodeJwt(token).jti} blacklisted; Management API now answers ${after.status}` };
}
