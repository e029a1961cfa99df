// `npm run bench`: every figure in one process, printed as a table (figure, ours, reference, ratio, budget,
// pass/fail) and written to bench/results.json as {"figures": [...]}. Budgets live here, not in timed tests.
// Node figures first (decode, catalog, sizes of a fresh build), then every Chromium figure in one browser
// session (bench/browser/session.ts), then the Firefox figures (bench/browser/firefox.ts: popup open and decode,
// as ratios against the same references in Firefox). `--node-only` skips the browsers; `--only=TEXT` runs just
// the browser figures whose name contains TEXT (for profiling one figure; results.json then holds only those),
// e.g. `--only=Firefox`. Runs in Node.
import { writeFileSync } from 'node:fs';
import type { Figure } from './harness';
import { buildForBench } from './build';
import { decodeFigures } from './figures/decode';
import { catalogFigures } from './figures/catalog';
import { sizeFigures } from './figures/size';
import { browserFigures } from './browser/session';
import { firefoxFigures } from './browser/firefox';

const nodeOnly = process.argv.includes('--node-only');
const dist = buildForBench();
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const figures: Figure[] = only ? [] : [...decodeFigures(), ...catalogFigures(), ...sizeFigures(dist)];
if (!nodeOnly) figures.push(...(await browserFigures(dist, only)), ...(await firefoxFigures(only)));

const show = (n: number | null, unit: string) => (n === null ? '—' : Number.isNaN(n) ? 'n/a' : `${n} ${unit}`);
const rows = figures.map((f) => [f.name, show(f.ours, f.unit), show(f.reference, f.unit), f.ratio === null ? '—' : `${f.ratio}×`, f.budget, f.note?.startsWith('not measurable') ? 'n/m' : f.pass ? 'pass' : 'FAIL']);
const head = ['figure', 'ours', 'reference', 'ratio', 'budget', 'result'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
for (const f of figures) if (f.note) console.log(`  · ${f.name}: ${f.note}`);

writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify(
    { figures: figures.map(({ name, ours, reference, ratio, budget, unit, pass, note }) => ({ name, ours: Number.isNaN(ours) ? null : ours, reference, ratio, budget, unit, pass, ...(note ? { note } : {}) })) },
    null,
    2,
  ) + '\n',
);
const failed = figures.filter((f) => !f.pass).length;
console.log(`\n${figures.length - failed} of ${figures.length} budgets hold; results in bench/results.json`);
