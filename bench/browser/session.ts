// One Chromium session for every browser figure: start the emulator, launch Chromium once with the bench build
// (bench/build.ts) through the e2e launcher (test/e2e/launch.ts, so the flags and host mapping are the tests'),
// run each figure `runs` times, round-robin (A B C … A B C …, issue 16 item 6), close. Returns one list of figures
// per run (bench/harness.ts combineRuns makes the median). A figure that throws in a run is reported "not
// measurable: …" for that run instead of stopping the others. Runs in Node (playwright-core).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/server';
import { launchExtension } from '../../test/e2e/launch';
import { withTimeout } from '../../test/e2e/timeout';
import type { Figure } from '../harness';
import type { BrowserBench } from './util';
import { scanFigures } from './scan';
import { popupFigures } from './popup';
import { workerFigures } from './worker';
import { mintFigures } from './mint';
import { exactFigures } from './exact';
import { ledgerFigures } from './ledger';
import { decodeBrowserFigures } from './decode';

/** A figure's run gets its run index, so figures that must not repeat an input (a mint cache hit) can vary it. */
type FigureRun = [names: string[], run: (b: BrowserBench, run: number) => Promise<Figure[]>];
const RUNS: FigureRun[] = [
  [['content-script initial scan, 5,000-node page', '100 added nodes handled'], scanFigures],
  [['popup open → decoded token rendered'], popupFigures],
  [['service worker cold start → first message answered'], workerFigures],
  [['mint: click → token shown, over a direct fetch'], mintFigures],
  [['exact mint: PATCH grant + token, over two direct fetches'], exactFigures],
  [['ledger view open, 10,000 entries vs 10'], ledgerFigures],
  [['decode 300 B / 10 KB / 64 KB, Chromium (vs jwt-decode, jose, browser floor)'], decodeBrowserFigures],
];

/** One line on stderr per figure run, with its time: where the bench's minutes go. */
export function progress(r: number, runs: number, name: string, t0: number): void {
  console.error(`  run ${r + 1}/${runs}: ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

export function notMeasurable(name: string, why: string): Figure {
  return { name, ours: NaN, reference: null, ratio: null, budget: '—', unit: '', pass: false, note: `not measurable: ${why}` };
}

export async function browserFigures(dist: string, runs: number, only?: string): Promise<Figure[][]> {
  if (only && !RUNS.some(([names]) => names.some((n) => n.includes(only)))) return []; // e.g. --only=Firefox
  // A blank page inside the bench build only (never in dist/): the reference for "popup open".
  copyFileSync(join(import.meta.dirname, 'blank.html'), join(dist, 'bench-blank.html'));
  // The same page with one tiny module script: the popup figure's floor (bench/browser/popup.ts).
  copyFileSync(join(import.meta.dirname, 'one-script.html'), join(dist, 'bench-one-script.html'));
  copyFileSync(join(import.meta.dirname, 'one-script.js'), join(dist, 'bench-one-script.js'));
  const emulator = await withTimeout(startEmulator({ quiet: true }), 20_000, 'starting the emulator');
  const handle = await launchExtension(emulator.hostResolverRules, { dist });
  const bench: BrowserBench = { ...handle, emulator };
  // tsx (esbuild, keepNames) wraps named inner functions of page.evaluate callbacks in __name(): define it in
  // every page before any of our code runs there.
  await handle.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  const out: Figure[][] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const figures: Figure[] = [];
      for (const [names, run] of RUNS) {
        if (only && !names.some((n) => n.includes(only))) continue;
        const t0 = performance.now();
        try {
          figures.push(...(await withTimeout(run(bench, r), 120_000, names.join(' + '))));
        } catch (e) {
          const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
          figures.push(...names.map((n) => notMeasurable(n, why)));
        }
        progress(r, runs, names[0]!, t0);
      }
      out.push(figures);
    }
  } finally {
    await handle.close();
    await emulator.close();
  }
  return out;
}
