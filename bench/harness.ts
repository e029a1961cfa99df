// Benchmark plumbing for `npm run bench`: timing by median of repeated samples, the figure record that
// bench/run.ts prints and writes to bench/results.json, and the combination of several runs of one figure
// (issue 16 item 6: a figure is judged on the median of ≥ 5 runs, with the spread shown). Runs in Node.

export interface Figure {
  name: string;
  ours: number;
  reference: number | null;
  /** ours ÷ reference, in the direction the budget is written (see `better`). */
  ratio: number | null;
  budget: string;
  unit: string;
  pass: boolean;
  note?: string;
  /** The value the budget judges when it is neither `ratio` nor `ours` (e.g. "ms over the reference"). */
  key?: number;
  /** Set by combineRuns: how many runs were measurable, and the min and max of the judged value over them. */
  runs?: number;
  spread?: { min: number; max: number; of: string };
}

/** The value a figure's budget judges: `key`, else the ratio, else `ours`. NaN when not measurable. */
export const judged = (f: Figure): number => f.key ?? f.ratio ?? f.ours;

/**
 * Several runs of the same figures → one figure per name: the run whose judged value is the median of the
 * measurable runs (the lower middle for an even count), so ours, reference, ratio, note and pass all come from one
 * real run, with `runs` and the min–max `spread` of the judged value over all measurable runs. A figure no run
 * could measure stays "not measurable" (the first run's note).
 */
export function combineRuns(runs: Figure[][]): Figure[] {
  const byName = new Map<string, Figure[]>();
  for (const run of runs) for (const f of run) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  return [...byName.values()].map((all) => {
    const ok = all.filter((f) => Number.isFinite(judged(f))).sort((a, b) => judged(a) - judged(b));
    if (!ok.length) return { ...all[0]!, runs: 0 };
    const mid = ok[(ok.length - 1) >> 1]!;
    const of = mid.key !== undefined ? `${mid.unit} over` : mid.ratio !== null ? '×' : mid.unit;
    return { ...mid, runs: ok.length, spread: { min: round(judged(ok[0]!)), max: round(judged(ok.at(-1)!)), of } };
  });
}

/** Median time per call in microseconds: `samples` samples of calls batched to last ≥ `minSampleMs`. */
export function timePerCall(fn: () => unknown, { samples = 15, minSampleMs = 20 } = {}): number {
  let batch = 1;
  // Calibrate the batch size so one sample is long enough for the clock.
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t0 >= minSampleMs) break;
    batch *= 2;
  }
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push(((performance.now() - t0) * 1000) / batch);
  }
  return median(times);
}

/** Times several functions interleaved (A B C A B C …) so drift and GC hit them alike. */
export function timeInterleaved(fns: Record<string, () => unknown>, rounds = 7): Record<string, number> {
  const results: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) results[name]!.push(timePerCall(fn, { samples: 5, minSampleMs: 15 }));
  }
  return Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const round = (n: number, digits = 3) => Number(n.toPrecision(digits));
