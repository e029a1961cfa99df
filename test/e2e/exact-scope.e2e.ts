// Issue #11 end to end in Chromium against the emulator: what only Chromium can show. The content script's own
// world (reached through CDP) cannot use mint.request, and a tab cannot hand over a token another tab minted
// (SECURITY B4.34, B4.39); noExpiry is refused; a tray the page makes transparent or covers with a click-through
// overlay does not mint (IntersectionObserver v2's verdict, which Firefox lacks); a page that pre-creates an
// element named like our old host does not stop the tray. Plain and exact mints from the tray, the ledger and
// two tabs at once run on both browsers as shared journeys (test/journeys/scope-click.journey.ts). Runs in Node.
import { expect, test } from './fixtures';
import { sendFromPage, setupDemoProfile } from './pages/options';
import { inContentWorld, settle, ShadowTray, TOGGLE } from './pages/tray';

const DASH = 'https://manage.auth0.com/dashboard/us/demo';

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

  // Uncovered again, a click on Mint mints (aimed as a user aims: at the button once the tray holds still).
  await page.evaluate(() => document.getElementById('cover')!.remove());
  await tray.click('Mint');
  await tray.waitFor('.result');
  expect(emulator.requests.filter((r) => r.path === '/oauth/token').length).toBeGreaterThan(0);

  // A tab can hand over only the tokens it minted itself (SECURITY B4.39): another tab's content script asking
  // for this ledger entry is refused; this tab's own is answered.
  const open = `chrome.runtime.sendMessage({ type: 'tray.open', payload: { ledgerId: ${JSON.stringify(await tray.ledgerId())} } })`;
  const other = await extension.context.newPage();
  await other.goto(`${DASH}/apis/management/permissions`);
  await settle(other);
  await expect(inContentWorld(other, extension.extensionId, open)).resolves.toMatchObject({ ok: false, error: { code: 'ERR_NOT_FOUND' } });
  await expect(inContentWorld(page, extension.extensionId, open)).resolves.toMatchObject({ ok: true });
});
