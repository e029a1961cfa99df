// Benchmark plumbing for `npm run bench`: timing by median of repeated samples, and the figure record that
// bench/run.ts prints and writes to bench/results.json. Runs in Node.

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
