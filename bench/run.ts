// `npm run bench`: every figure in one process, printed as a table (figure, ours, reference, ratio, budget,
// pass/fail) and written to bench/results.json as {"figures": [...]}. Budgets live here, not in timed tests.
// Runs in Node (browser figures run inside Chromium from their own module when present).
import { writeFileSync } from 'node:fs';
import type { Figure } from './harness';
import { decodeFigures } from './figures/decode';
import { catalogFigures } from './figures/catalog';

const figures: Figure[] = [...decodeFigures(), ...catalogFigures()];

const rows = figures.map((f) => [f.name, `${f.ours} ${f.unit}`, f.reference === null ? '—' : `${f.reference} ${f.unit}`, f.ratio === null ? '—' : `${f.ratio}×`, f.budget, f.pass ? 'pass' : 'FAIL']);
const head = ['figure', 'ours', 'reference', 'ratio', 'budget', 'result'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
for (const f of figures) if (f.note) console.log(`  · ${f.name}: ${f.note}`);

writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ figures: figures.map(({ name, ours, reference, ratio, budget, unit, pass }) => ({ name, ours, reference, ratio, budget, unit, pass })) }, null, 2) + '\n',
);
const failed = figures.filter((f) => !f.pass).length;
console.log(`\n${figures.length - failed} of ${figures.length} budgets hold; results in bench/results.json`);
