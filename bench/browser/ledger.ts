// Figure: open the options page's ledger view with 10,000 ledger entries vs 10 (budget ≤ 3×). The entries are
// written straight into storage.local in the v3 paged shape (src/lib/mint/ledger.ts): the pages
// `ledger:page:<id>` first, then `ledger:index`, as the extension commits (the worker's cache sees a new index
// and re-reads); then the options page is opened and timed until the ledger table's first row is about to paint.
// Interleaved, median of 3 each per run. Every `ledger*` key is saved before and restored after. Runs in Node; timing in
// the page's clock.
import { toPages, type LedgerEntry, type LedgerIndex } from '../../src/lib/mint/ledger';
import { ITEMS } from '../../src/shared/storage-schema';
import { ledgerPageKey } from '../../src/shared/storage-items/mint';
import { median, round, type Figure } from '../harness';
import { ALL_SCOPES } from '../tokens';
import type { Page } from 'playwright-core';
import { openTimed, type BrowserBench } from './util';

/** storage.local as this figure uses it inside extension pages (more than chrome.d.ts declares). */
type Local = { get(k: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string | string[]): Promise<void> };

const RUNS = 3; // per run of the figure; 5 runs (bench/run.ts) give 15 of each size

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

/** The v3 storage of `n` entries: pages, and the index naming them (a distinct rev per write). */
function fixture(n: number, rev: number): { pages: Record<string, LedgerEntry[]>; index: Record<string, LedgerIndex> } {
  const pages = toPages(entries(n));
  const index: LedgerIndex = { rev, next: pages.length, pages: pages.map((p) => ({ id: p.id, count: p.entries.length })) };
  return { pages: Object.fromEntries(pages.map((p) => [ledgerPageKey(p.id), p.entries])), index: { [ITEMS.ledgerIndex.key]: index } };
}

/** Replaces every `ledger`/`ledger:*` key with `items`, pages before the index. */
async function replaceLedger(setter: Page, pages: Record<string, unknown>, index: Record<string, unknown>) {
  await setter.evaluate(
    async ([p, i]) => {
      const local = chrome.storage.local as unknown as Local;
      const old = Object.keys(await local.get(null)).filter((k) => k === 'ledger' || k.startsWith('ledger:'));
      await local.remove(old.filter((k) => !(k in p) && !(k in i)));
      await local.set(p);
      await local.set(i);
    },
    [pages, index] as const,
  );
}

export async function ledgerFigures(b: BrowserBench): Promise<Figure[]> {
  const setter = await b.context.newPage();
  await setter.goto(`chrome-extension://${b.extensionId}/bench-blank.html`);
  const sizes = { small: 10, large: 10_000 };
  const times: Record<'small' | 'large', number[]> = { small: [], large: [] };
  const before = await setter.evaluate(async () => {
    const all = await (chrome.storage.local as unknown as Local).get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k === 'ledger' || k.startsWith('ledger:')));
  });
  let rev = 1_000_000; // far from the extension's own revs
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      for (const k of ['small', 'large'] as const) {
        const f = fixture(sizes[k], rev++);
        await replaceLedger(setter, f.pages, f.index);
        const t = await openTimed(b, 'src/options/index.html', 'table.ledger tbody tr');
        const shown = await t.page.locator('[data-testid="ledger-range"]').textContent();
        if (!shown?.includes(`of ${sizes[k]}`)) throw new Error(`ledger view shows "${shown}", expected … of ${sizes[k]}`);
        await t.page.close();
        if (i > 0) times[k].push(t.ms); // round 0 warms up
      }
    }
  } finally {
    const { [ITEMS.ledgerIndex.key]: idx, ...rest } = before; // the index last, as ever; none → none
    await replaceLedger(setter, rest, idx === undefined ? {} : { [ITEMS.ledgerIndex.key]: idx });
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
