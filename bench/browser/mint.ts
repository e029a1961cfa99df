// Figure: mint, popup click → token shown, against the emulator, minus a direct fetch to the emulator's
// /oauth/token from a blank extension page (budget ≤ 30 ms over). A session-mode vault and one profile for the
// seeded granted client are set up by message from an extension page (src/shared/messages/mint.ts). Each run
// opens a fresh popup and picks a scope set not used before, so every click is a real mint (no cache hit).
// Interleaved with the direct fetch; median of PER_RUN each. Every run of the figure (issue 16 item 6) takes the next
// PER_RUN sets of ALL_SETS (single scopes, then pairs), so no run repeats a set. Runs in Node; timing in the page's
// clock.
import type { Page } from 'playwright-core';
import { GRANTED_CLIENT_SCOPES } from '../../emulator/seed';
import { median, round, type Figure } from '../harness';
import { benchProfile, type BrowserBench } from './util';

const PER_RUN = 6;
const G = GRANTED_CLIENT_SCOPES;
const ALL_SETS: string[][] = [...G.map((s) => [s]), ...G.flatMap((a, i) => G.slice(i + 1).map((b) => [a, b]))];

/** Click Generate and resolve when the minted token is in the DOM and about to paint (page clock). */
function timedClick(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Generate');
        if (!button) return reject(new Error('no Generate button'));
        const mo = new MutationObserver(() => {
          if (document.querySelector('[data-testid="minted-token"]')) {
            mo.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          } else if (document.querySelector('[aria-label="Mint"] [role="alert"]')?.textContent) {
            mo.disconnect();
            reject(new Error(`mint failed: ${document.querySelector('[aria-label="Mint"] [role="alert"]')?.textContent}`));
          }
        });
        mo.observe(document.body, { childList: true, subtree: true, characterData: true });
        const t0 = performance.now();
        button.click();
      }),
  );
}

function directFetch(page: Page, body: Record<string, string>, domain: string): Promise<number> {
  return page.evaluate(
    async ([b, d]) => {
      const t0 = performance.now();
      const r = await fetch(`https://${d}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
      const j = (await r.json()) as { access_token?: string };
      if (!j.access_token) throw new Error(`direct fetch: HTTP ${r.status}`);
      return performance.now() - t0;
    },
    [body, domain] as const,
  );
}

export async function mintFigures(b: BrowserBench, run = 0): Promise<Figure[]> {
  const SETS = ALL_SETS.slice(run * PER_RUN, (run + 1) * PER_RUN);
  if (SETS.length < PER_RUN) throw new Error(`run ${run}: no unused scope sets left`);
  const { seed } = b.emulator;
  const c = seed.clients.granted;
  const setup = await b.context.newPage();
  await setup.goto(`chrome-extension://${b.extensionId}/bench-blank.html`);
  await benchProfile(b, setup, 'Bench');
  await setup.close();
  const body = { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, audience: seed.managementAudience };
  const clicks: number[] = [];
  const direct: number[] = [];
  // The direct fetch runs in a blank extension page: the popup's own CSP (connect-src 'self', issue 13 item 1)
  // forbids it there, as it should.
  const blank = await b.context.newPage();
  await blank.goto(`chrome-extension://${b.extensionId}/bench-blank.html`);
  for (const scopes of SETS) {
    const page = await b.openPopup();
    await page.getByRole('tab', { name: 'Mint' }).click();
    await page.getByLabel('Profile', { exact: true }).waitFor();
    for (const s of scopes) {
      await page.getByLabel('Search scopes').fill(s);
      await page.getByRole('checkbox', { name: s, exact: true }).check();
    }
    direct.push(await directFetch(blank, body, seed.domain));
    clicks.push(await timedClick(page));
    await page.close();
  }
  await blank.close();
  const over = median(clicks) - median(direct);
  return [
    {
      name: 'mint: popup click → token shown, over a direct fetch',
      ours: round(median(clicks)),
      reference: round(median(direct)),
      ratio: null,
      budget: '≤ +30 ms',
      unit: 'ms',
      pass: over <= 30,
      key: round(over),
      note: `over the direct fetch: ${round(over)} ms (median of ${SETS.length} each; a fresh scope set per click, so no cache hit)`,
    },
  ];
}
