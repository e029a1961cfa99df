// Figure: open the options page's ledger view with 10,000 ledger entries vs 10 (budget ≤ 3×). The entries are
// written straight into storage.local `ledger` (LedgerEntry[], oldest first: src/lib/mint/ledger.ts), then the
// options page is opened and timed until the ledger table's first row is about to paint. Interleaved, median
// of 7 each. Runs in Node; timing in the page's clock.
import type { LedgerEntry } from '../../src/lib/mint/ledger';
import { median, round, type Figure } from '../harness';
import { ALL_SCOPES } from '../tokens';
import { openTimed, type BrowserBench } from './util';

const RUNS = 7;

function entries(n: number): LedgerEntry[] {
  const scopes = ALL_SCOPES.slice(0, 8);
  return Array.from({ length: n }, (_, i) => ({
    id: `led${String(i).padStart(8, '0')}`,
    profileId: 'benchProfile',
    mode: 'client-credentials',
    aud: 'https://demo.us.auth0.com/api/v2/',
    scopes,
    requestedScopes: [],
    iat: 1_763_800_000 + i,
    exp: 1_763_886_400 + i,
    jti: null,
    createdAt: 1_763_800_000_000 + i * 1000,
    blacklist: { state: 'none' },
    params: { scopes: [] },
  }));
}

export async function ledgerFigures(b: BrowserBench): Promise<Figure[]> {
  const setter = await b.context.newPage();
  await setter.goto(`chrome-extension://${b.extensionId}/bench-blank.html`);
  const sets = { small: entries(10), large: entries(10_000) };
  const times: Record<'small' | 'large', number[]> = { small: [], large: [] };
  const before = await setter.evaluate(() => chrome.storage.local.get('ledger'));
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      for (const k of ['small', 'large'] as const) {
        await setter.evaluate((list) => chrome.storage.local.set({ ledger: list }), sets[k]);
        const t = await openTimed(b, 'src/options/index.html', 'table.ledger tbody tr');
        const shown = await t.page.locator('[data-testid="ledger-range"]').textContent();
        if (!shown?.includes(`of ${sets[k].length}`)) throw new Error(`ledger view shows "${shown}", expected … of ${sets[k].length}`);
        await t.page.close();
        if (i > 0) times[k].push(t.ms); // round 0 warms up
      }
    }
  } finally {
    await setter.evaluate((prev) => chrome.storage.local.set({ ledger: prev['ledger'] ?? [] }), before);
    await setter.close();
  }
  const large = median(times.large);
  const small = median(times.small);
  return [
    {
      name: 'ledger view open, 10,000 entries vs 10',
      ours: round(large),
      reference: round(small),
      ratio: round(large / small),
      budget: '≤ 3×',
      unit: 'ms',
      pass: large / small <= 3,
      note: `median of ${RUNS}; options page navigation start → first ledger row painted`,
    },
  ];
}
