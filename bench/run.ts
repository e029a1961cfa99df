// `npm run bench`: every figure in one process, printed as a table (figure, ours, reference, ratio, budget,
// pass/fail, runs, spread) and written to bench/results.json as {"figures": [...]}. Budgets live here, not in timed
// tests. Every figure is measured RUNS times (issue 16 item 6; `--runs=N` to change, at least 5 by default) and
// judged on its median run, with the min–max of the judged value over the runs as its spread (bench/harness.ts
// combineRuns): one run on a busy machine is no verdict. Runs are round-robin (figure A, B, C, then A, B, C …) so a
// load burst from another process lands in one run of several figures, not in every run of one.
// Node figures first (decode, catalog, sizes of a fresh build), then every Chromium figure in one browser
// session (bench/browser/session.ts), then the Firefox figures (bench/browser/firefox.ts: popup open and decode,
// as ratios against the same references in Firefox). `--node-only` skips the browsers; `--only=TEXT` runs just
// the browser figures whose name contains TEXT (for profiling one figure; results.json then holds only those),
// e.g. `--only=Firefox`; `--browser=chromium` or `--browser=firefox` runs the browser figures of that browser only
// (with `--only=popup --browser=chromium`: just the Chromium popup-open figure). Runs in Node.
import { writeFileSync } from 'node:fs';
import { combineRuns, type Figure } from './harness';
import { buildForBench } from './build';
import { decodeFigures } from './figures/decode';
import { catalogFigures } from './figures/catalog';
import { sizeFigures } from './figures/size';
import { browserFigures, progress } from './browser/session';
import { firefoxFigures } from './browser/firefox';

const started = performance.now();
const nodeOnly = process.argv.includes('--node-only');
const RUNS = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5));
const browser = process.argv.find((a) => a.startsWith('--browser='))?.slice('--browser='.length);
if (browser && browser !== 'chromium' && browser !== 'firefox') throw new Error(`--browser=${browser}: chromium or firefox`);
const dist = buildForBench();
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const nodeRuns: Figure[][] = [];
if (!only) {
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    nodeRuns.push([...decodeFigures(), ...catalogFigures(), ...sizeFigures(dist)]);
    progress(r, RUNS, 'Node figures (decode, catalog, sizes)', t0);
  }
}
const figures: Figure[] = combineRuns(nodeRuns);
if (!nodeOnly && browser !== 'firefox') figures.push(...combineRuns(await browserFigures(dist, RUNS, only)));
if (!nodeOnly && browser !== 'chromium') figures.push(...combineRuns(await firefoxFigures(RUNS, only)));

const show = (n: number | null, unit: string) => (n === null ? '—' : Number.isNaN(n) ? 'n/a' : `${n} ${unit}`);
const spread = (f: Figure) => (f.spread ? `${f.spread.min}–${f.spread.max} ${f.spread.of}` : '—');
const rows = figures.map((f) => [
  f.name,
  show(f.ours, f.unit),
  show(f.reference, f.unit),
  f.ratio === null ? '—' : `${f.ratio}×`,
  f.budget,
  f.note?.startsWith('not measurable') ? 'n/m' : f.pass ? 'pass' : 'FAIL',
  String(f.runs ?? 1),
  spread(f),
]);
const head = ['figure', 'ours', 'reference', 'ratio', 'budget', 'result', 'runs', 'spread'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(`\nEach row is the median of its runs (by the value its budget judges); spread: min–max of that value.`);
for (const f of figures) if (f.note) console.log(`  · ${f.name}: ${f.note}`);

writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify(
    {
      runs: RUNS,
      figures: figures.map(({ name, ours, reference, ratio, budget, unit, pass, runs, spread: s, note }) => ({
        name,
        ours: Number.isNaN(ours) ? null : ours,
        reference,
        ratio,
        budget,
        unit,
        pass,
        runs: runs ?? 1,
        ...(s ? { spread: s } : {}),
        ...(note ? { note } : {}),
      })),
    },
    null,
    2,
  ) + '\n',
);
const failed = figures.filter((f) => !f.pass).length;
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`\n${figures.length - failed} of ${figures.length} budgets hold (median of ${RUNS} runs each, ${minutes} min); results in bench/results.json`);
