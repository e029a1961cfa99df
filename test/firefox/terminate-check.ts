// The Firefox lane's Terminate check (issue #6; Node, puppeteer-core): the demo profile gets the legacy global
// client, the product mints a legacy HS256 token (it has a jti) and blacklists it through the typed message the
// popup's button sends (exactly one POST); the Management API's GET /api/v2/blacklists/tokens then lists the jti,
// both through `blacklist.list` and in the options page's blacklist view (clicked, screenshot), and the emulator
// refuses the token with 401. Skipped, never faked, while the terminate feature is absent from the build.
import { decodeJwt } from 'jose';
import { withTimeout } from '../e2e/timeout';
import { managementCaller } from '../e2e/pages/terminate';
import { gotoExtensionPage } from './launch';
import { assert, clickOn, shot, type LaneContext } from './context';
import { must, pollIn, sender } from './ext';

export class Skip extends Error {}

/** Throws Skip when the build has no blacklist messages (the feature has not landed). */
async function requireTerminate(t: LaneContext): Promise<void> {
  const r = await sender(t.popup)('blacklist.audiences', { profileId: t.profileId ?? 'none' }, 5_000);
  if (!r.ok && r.error?.code === 'ERR_UNKNOWN_TYPE') throw new Skip('terminate feature not landed');
}

export async function blacklistInFirefox(t: LaneContext): Promise<void> {
  const { browser, emulator, popup } = t;
  const { seed } = emulator;
  assert(t.profileId, 'no demo profile (the mint check did not save one)');
  await requireTerminate(t);
  const send = must(sender(popup));
  // Omitted secrets keep the stored ones: only the legacy global client is added to the demo profile.
  await send('profiles.save', {
    id: t.profileId,
    label: 'Demo tenant',
    domain: seed.domain,
    environment: 'development',
    clientId: seed.clients.granted.clientId,
    hs256Legacy: { globalClientId: seed.globalClient.clientId, secretEncoding: 'base64url', secret: seed.globalClient.clientSecret },
    acknowledgeHs256Risk: true,
  });
  const { token } = await send<{ token: string }>('mint.request', { profileId: t.profileId, mode: 'hs256-legacy', scopes: ['read:users'] });
  const { jti } = decodeJwt(token) as { jti?: string };
  assert(jti, 'the legacy token has no jti');
  const call = managementCaller(emulator);
  const before = await call('/api/v2/users', token);
  assert(before.status === 200, `before the blacklist the token got ${before.status}`);

  emulator.clearLog();
  const result = await send<{ outcome: string; message: string }>('blacklist.add', { profileId: t.profileId, aud: seed.globalClient.clientId, jti, confirm: 'yes' });
  assert(result.outcome === 'blacklisted', `outcome ${result.outcome}: ${result.message}`);
  const posts = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/blacklists/tokens');
  assert(posts.length === 1 && posts[0]!.status >= 200 && posts[0]!.status < 300, `blacklist POSTs: ${JSON.stringify(posts.map((p) => p.status))}`);

  emulator.clearLog();
  const listed = await send<{ entries: { jti: string }[] }>('blacklist.list', { profileId: t.profileId, aud: seed.globalClient.clientId });
  assert(listed.entries.some((e) => e.jti === jti), 'blacklist.list does not list the jti');
  assert(emulator.requests.some((r) => r.method === 'GET' && r.path === '/api/v2/blacklists/tokens' && r.status === 200), 'no GET /api/v2/blacklists/tokens reached the emulator');

  // The options page's blacklist view: its aud is prefilled from the profile's known audiences.
  const options = await browser.newPage();
  try {
    await options.setViewport({ width: 1100, height: 900 });
    await gotoExtensionPage(options, 'src/options/index.html');
    await options.waitForSelector('[data-testid="ledger-terminate"]', { timeout: 10_000 });
    await pollIn(options, () => (document.querySelector('input[aria-label="Blacklist aud"]') as HTMLInputElement | null)?.value, 'the prefilled aud', 5_000);
    await clickOn(options, '::-p-aria([name="Show blacklist"][role="button"])');
    const row = await pollIn(options, () => document.querySelector('[data-testid="blacklist-entries"] tbody')?.textContent, 'the blacklist entries', 10_000);
    assert(row.includes(jti), `the blacklist view does not show ${jti}`);
    await withTimeout(options.$eval('[data-testid="ledger-terminate"]', (e) => e.scrollIntoView({ block: 'start' })), 2_000, 'scrolling');
    await shot(options, 'blacklist');
  } finally {
    await withTimeout(options.close(), 5_000, 'closing the options tab').catch(() => undefined);
  }

  const after = await call('/api/v2/users', token);
  assert(after.status === 401, `the blacklisted token got ${after.status}`);
}
