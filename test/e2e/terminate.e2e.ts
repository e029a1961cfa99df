// Terminate end-to-end (issue #6; SECURITY B3.31, B6.53), real Chromium + the emulator, with faults and seed
// changes: a hung blacklist POST is re-checked and the user asked; a missing blacklist:tokens scope is named with
// where to grant it; the ledger's bulk blacklist reports per token. The blacklist of a legacy token (one POST for
// a double click, the blacklist view, then 401) and the no-jti levers run on both browsers as shared journeys
// (test/journeys/terminate.journey.ts). One emulator serves the file: tests that change its seed put it back.
import { decodeJwt } from 'jose';
import type { RequestLogEntry } from '../../emulator/types';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { LedgerTerminatePage, TerminatePanelPage, managementCaller, mintLegacy, sender, setupProfile } from './pages/terminate';

const BL = '/api/v2/blacklists/tokens';
const blacklistPosts = (requests: RequestLogEntry[]) => requests.filter((r) => r.method === 'POST' && r.path === BL);

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
