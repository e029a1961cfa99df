// End-to-end tests of issue #5 (scope-click token generation) in Chromium against the emulator: scope toggles
// on the emulated dashboard and reference pages (≥ 95 % of occurrences, 0 decoys), Decode next to the explorer
// token, SPA navigation without duplicates. Minting from the tray (plain and exact modes, page isolation, two
// tabs at once) runs on both browsers as shared journeys (test/journeys/scope-click.journey.ts); what only
// Chromium can show of the tray is in exact-scope.e2e.ts. Runs in Node.
import type { Page } from 'playwright-core';
import names from '../../src/lib/scopes/scope-names.json' with { type: 'json' };
import { DECOYS } from '../../emulator/pages/index';
import { expect, test, withTimeout } from './fixtures';
import { ScopeToggles } from './pages/scope-toggles';
import { HOST_SELECTOR, settle, TOGGLE } from './pages/tray';

const DASH = 'https://manage.auth0.com/dashboard/us/demo';
const DOCS = 'https://auth0.com/docs/api/management/v2';

/** Catalog-name text nodes (the occurrences a user sees) vs toggles, plus any toggle on a decoy. */
async function coverage(page: Page): Promise<{ occurrences: number; toggles: number; perScopeMax: number; decoyToggles: number }> {
  return withTimeout(page.evaluate(([list, decoys, sel]) => {
    const set = new Set(list);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let occurrences = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('script,style,textarea,input,select,button,[data-token-workbench-ui]')) continue;
      for (const w of (n.nodeValue ?? '').split(/[\s,;]+/)) if (set.has(w.replace(/[.,;]+$/, ''))) occurrences++;
    }
    const toggles = [...document.querySelectorAll<HTMLElement>(sel)];
    // No duplicates: two toggles for one scope side by side would mean the same spot was decorated twice.
    let perScopeMax = 1;
    for (const t of toggles) if (t.nextElementSibling?.matches(sel) && (t.nextElementSibling as HTMLElement).dataset.scope === t.dataset.scope) perScopeMax = 2;
    const decoyToggles = toggles.filter((t) => decoys.includes(t.dataset.scope ?? '') || t.closest('.decoys')).length;
    return { occurrences, toggles: toggles.length, perScopeMax, decoyToggles };
  }, [names.names, [...DECOYS] as string[], TOGGLE] as const), 5_000, 'measuring coverage');
}

test('scope toggles cover the emulated dashboard and reference pages, and never a decoy', async ({ extension }) => {
  const page = await extension.context.newPage();
  const pages = [`${DASH}/apis/management/permissions`, `${DASH}/apis/management/authorized-clients`,
    'https://manage.auth0.com/#/apis/management/authorized-clients', 'https://manage.auth0.com/#/apis/management/scopes',
    `${DOCS}/users`, `${DOCS}/users/get-users`, `${DOCS}/client-grants/post-client-grants`];
  for (const url of pages) {
    await page.goto(url);
    await settle(page);
    const c = await coverage(page);
    expect(c.occurrences, url).toBeGreaterThan(0);
    expect(c.toggles / c.occurrences, `${url}: ${JSON.stringify(c)}`).toBeGreaterThanOrEqual(0.95);
    expect(c.decoyToggles, url).toBe(0);
    expect(c.perScopeMax, url).toBe(1);
  }
  // The page's own checkbox chips keep working: our button inside a label does not flip its checkbox.
  await page.goto(`${DASH}/apis/management/authorized-clients`);
  await settle(page);
  const chip = page.locator('label.chip').filter({ has: page.locator(TOGGLE) }).first();
  const box = chip.locator('input[type=checkbox]');
  const before = await box.isChecked();
  await chip.locator(TOGGLE).click();
  expect(await box.isChecked()).toBe(before);
  await extension.screenshot('scope-click-decorated-m2m', page);
  await page.goto(`${DOCS}/users`);
  await settle(page);
  await expect.poll(() => new ScopeToggles(page).addAll().count()).toBeGreaterThan(0);
  await extension.screenshot('scope-click-decorated-docs', page);
});

test('Decode next to the API Explorer token opens the inspector', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(`${DASH}/apis/management/explorer`);
  await settle(page);
  const decode = new ScopeToggles(page).decode;
  await expect.poll(() => decode.count()).toBe(1);
  const pageToken = (await page.locator('.token-box code').textContent())!.trim();
  const opened = extension.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/inspector/index.html'), timeout: 10_000 });
  await decode.click();
  const inspector = await opened;
  await inspector.waitForLoadState('load');
  expect(inspector.url()).not.toContain(pageToken.split('.')[1]!);
  await extension.screenshot('scope-click-decode-inspector', inspector);
});

test('SPA navigation re-decorates without duplicates, and back/forward too', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(`${DASH}/apis/management/authorized-clients`);
  await settle(page);
  for (const tab of ['Permissions', 'Test', 'Machine to Machine Applications', 'Permissions']) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await settle(page);
    const c = await coverage(page);
    expect(c.perScopeMax, tab).toBe(1);
    expect(c.toggles, `${tab}: ${JSON.stringify(c)}`).toBeLessThanOrEqual(c.occurrences);
    if (c.occurrences) expect(c.toggles / c.occurrences, tab).toBeGreaterThanOrEqual(0.95);
  }
  await page.goBack();
  await settle(page);
  await page.goForward();
  await settle(page);
  const c = await coverage(page);
  expect(c.toggles).toBe(c.occurrences);
  expect(c.perScopeMax).toBe(1);
  await expect.poll(() => page.locator(HOST_SELECTOR).count()).toBe(1);
});
