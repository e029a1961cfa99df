// Figure: decode throughput of our one parser against jwt-decode 4 and jose's decodeJwt (+ decodeProtectedHeader)
// on the same tokens, and against the floor (base64url → TextDecoder → JSON.parse of header and payload).
// Budgets (issue 7): ≥ 1.0× jwt-decode's speed, ≤ 1.3× the floor's time. Runs in Node; the same figure measured
// in Chromium is bench/browser/decode.ts, which bundles `timePaired` below into the page (so it must stay
// self-contained: no imports, no module state, nothing Node-only).
import { jwtDecode } from 'jwt-decode';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { decodeToken } from '../../src/lib/jwt';
import { median, round, type Figure } from '../harness';
import { SMALL, MANAGEMENT_FULL, LARGE_64K } from '../tokens';

export const DECODE_TOKENS = [
  ['300 B', SMALL],
  ['10 KB', MANAGEMENT_FULL],
  ['64 KB', LARGE_64K],
] as const;

/**
 * Per-round times (µs per call) of several functions in steady state (each is warmed up alone first), measured
 * so that a busy machine (2 cores, load 6–7 while others build and test) moves the ratios as little as possible:
 * - each round runs every function in 3 short batches (~batchMs each), interleaved A B C D A B C D …, with the
 *   order rotated every batch, so ours and the reference are never more than a few ms apart;
 * - within a round each function keeps its fastest batch: preemption and GC by other processes only ever add
 *   time, so the minimum of close-together batches is the best estimate of the uncontended cost;
 * - callers then take the median over rounds of the per-round RATIO (not the ratio of medians, not the min of
 *   medians): a load burst that slows a whole round cancels out in that round's ratio, and a burst that hits only
 *   one side in one round is an outlier the median ignores. The min over all rounds would reward whichever side
 *   got the luckiest quiet moment, which is exactly what differs between sides under load.
 */
export function timePaired(fns: Record<string, () => unknown>, rounds = 11, batchMs = 4): Record<string, number[]> {
  const names = Object.keys(fns);
  const calls = names.map(() => 1);
  const batch = (fn: () => unknown, n: number): number => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    return ((performance.now() - t0) * 1000) / n;
  };
  names.forEach((name, k) => {
    const fn = fns[name]!;
    let n = 1;
    while (batch(fn, n) * n < batchMs * 1000) n *= 2; // first guess of the calls per batch
    // Warm up alone until the JIT has settled: a fresh process runs a large function in the interpreter and
    // baseline tiers for thousands of calls (measured here: ours 15–30 µs per 300 B token for the first ~4,000
    // calls, then 4.5 µs), and, under load, the optimising tier arrives late. Stop once 6 batches in a row bring
    // no new best (within 3 %), or after 3 s.
    const end = performance.now() + 3000;
    let best = Infinity;
    for (let still = 0; still < 6 && performance.now() < end; still++) {
      const us = batch(fn, n);
      if (us < best * 0.97) still = -1;
      best = Math.min(best, us);
    }
    calls[k] = Math.max(1, Math.ceil((batchMs * 1000) / best)); // warm code is faster: recalibrate
  });
  const out: Record<string, number[]> = {};
  for (const name of names) out[name] = [];
  for (let r = 0; r < rounds; r++) {
    const best = names.map(() => Infinity);
    for (let rep = 0; rep < 3; rep++) {
      for (let j = 0; j < names.length; j++) {
        const k = (j + r + rep) % names.length;
        const fn = fns[names[k]!]!;
        const us = batch(fn, calls[k]!);
        if (us < best[k]!) best[k] = us;
      }
    }
    names.forEach((name, k) => out[name]!.push(best[k]!));
  }
  return out;
}

/** Median over rounds of a[r] / b[r], with the interquartile range for the note (how noisy the run was). */
export function pairedRatio(a: number[], b: number[]): { ratio: number; iqr: string } {
  const q = a.map((x, i) => x / b[i]!).sort((x, y) => x - y);
  const at = (p: number) => round(q[Math.min(q.length - 1, Math.floor(p * q.length))]!);
  return { ratio: median(q), iqr: `${at(0.25)}–${at(0.75)}` };
}

/** The two figures (vs jwt-decode, vs the floor) of one token, from per-round times; shared with the Chromium run. */
export function decodeRows(where: string, label: string, bytes: number, t: Record<string, number[]>, floorName: string): Figure[] {
  const ours = median(t.ours!);
  const vsLib = pairedRatio(t.jwtDecode!, t.ours!); // speed: how many times faster than jwt-decode
  const vsJose = pairedRatio(t.jose!, t.ours!);
  const vsFloor = pairedRatio(t.ours!, t.floor!); // time: how many times the floor's time
  const rounds = t.ours!.length;
  return [
    {
      name: `decode ${label} (${(bytes / 1024).toFixed(1)} KB), ${where}: speed vs jwt-decode`,
      ours: round(ours),
      reference: round(median(t.jwtDecode!)),
      ratio: round(vsLib.ratio),
      budget: '≥ 1.0×',
      unit: 'µs/token',
      pass: vsLib.ratio >= 1.0,
      note: `jose decodeJwt: ${round(median(t.jose!))} µs (ours is ${round(vsJose.ratio)}× its speed); median of ${rounds} per-round ratios, IQR ${vsLib.iqr}`,
    },
    {
      name: `decode ${label}, ${where}: time vs floor (${floorName})`,
      ours: round(ours),
      reference: round(median(t.floor!)),
      ratio: round(vsFloor.ratio),
      budget: '≤ 1.3×',
      unit: 'µs/token',
      pass: vsFloor.ratio <= 1.3,
      note: `median of ${rounds} per-round ratios, IQR ${vsFloor.iqr}`,
    },
  ];
}

// Node's floor: the native Buffer base64url decoder (extension code cannot use Buffer; see the Chromium figure).
const utf8 = new TextDecoder();
function floor(token: string) {
  const a = token.indexOf('.');
  const b = token.indexOf('.', a + 1);
  return [JSON.parse(utf8.decode(Buffer.from(token.slice(0, a), 'base64url'))), JSON.parse(utf8.decode(Buffer.from(token.slice(a + 1, b), 'base64url')))];
}

export function decodeFigures(): Figure[] {
  const figures: Figure[] = [];
  for (const [label, token] of DECODE_TOKENS) {
    const ok = decodeToken(token);
    if (!ok.ok) throw new Error(`bench token ${label} does not decode: ${ok.error.message}`);
    const t = timePaired({
      ours: () => decodeToken(token),
      jwtDecode: () => [jwtDecode(token, { header: true }), jwtDecode(token)],
      jose: () => [decodeProtectedHeader(token), decodeJwt(token)],
      floor: () => floor(token),
    });
    figures.push(...decodeRows('Node', label, token.length, t, 'Buffer base64url→TextDecoder→JSON.parse'));
  }
  return figures;
}
