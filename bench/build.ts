// One fresh Chromium build for the whole bench run, into .tmp/bench-dist/chrome (not dist/: other engineers'
// e2e runs may be reading dist/chrome at the same moment, and the bench must measure the current source).
// Runs in Node; the size and browser figures both use this directory.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const BENCH_DIST = join(ROOT, '.tmp/bench-dist/chrome');

let built = false;
export function buildForBench(): string {
  if (built) return BENCH_DIST;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--outDir', BENCH_DIST], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TARGET: 'chrome' },
  });
  if (!existsSync(join(BENCH_DIST, 'manifest.json'))) throw new Error(`bench build: ${BENCH_DIST}/manifest.json missing`);
  built = true;
  return BENCH_DIST;
}
