// `npm run test:firefox` (Node): the Firefox lane. Packs the AMO zip from dist/ with scripts/zip.mjs (what
// `npm run zip` does after its build), then runs test/firefox/lane.ts on that very zip in-process through tsx, prints one
// line per check (✓ passed, ✗ failed, - skipped with its reason), writes test-results/firefox-lane.json (read by scripts/test-all.mjs for the totals) and exits
// non-zero on any failure. Skips (exit 0, SKIP line) only when Firefox itself is missing. Runs as a normal user:
// the Auth0 hosts reach the emulator through a forward proxy on a random loopback port (test/firefox/proxy.ts).
// Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { ROOT, findBrowser } from './browsers.mjs';

const DIST = join(ROOT, 'dist/firefox');
const REPORT = join(ROOT, 'test-results/firefox-lane.json');
// Backstop: every wait inside the lane is bounded, this bounds the sum (puppeteer kills Firefox on exit).
const HARD_LIMIT_MS = 450_000;

function report(data) {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(REPORT, JSON.stringify(data, null, 2) + '\n');
}

const timer = setTimeout(() => {
  console.error(`firefox lane: FAIL, still running after ${HARD_LIMIT_MS / 1000} s`);
  report({ passed: 0, failed: 1, checks: [{ name: 'lane finished in time', ok: false }] });
  process.exit(1);
}, HARD_LIMIT_MS);
timer.unref();

try {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/firefox/manifest.json missing: run `npm run build` first');
  const firefox = findBrowser('firefox');
  if (!firefox) {
    const why = 'Firefox not found (install firefox-esr or set FIREFOX_PATH)';
    console.log(`SKIP firefox lane: ${why}`);
    report({ passed: 0, failed: 0, skipped: why, checks: [] });
    process.exit(0);
  }
  const t0 = Date.now();
  const zipped = spawnSync(process.execPath, [join(ROOT, 'scripts/zip.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (zipped.status !== 0) throw new Error(`scripts/zip.mjs failed: ${zipped.stderr || zipped.stdout}`);
  const { version } = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const zip = join(ROOT, 'dist', `token-workbench-firefox-${version}.zip`);
  console.log(`  AMO package: ${zipped.stdout.split('\n').find((l) => l.includes('firefox')) ?? zip}`);
  register();
  const { runFirefoxLane } = await import('../test/firefox/lane.ts');
  const result = await runFirefoxLane(firefox, zip);
  for (const c of result.checks) {
    const mark = c.skipped ? '-' : c.ok ? '✓' : '✗';
    console.log(`  ${mark} ${c.name} (${c.ms} ms)${c.skipped ? ` SKIPPED: ${c.skipped}` : ''}${c.error ? `\n      ${c.error}` : ''}`);
  }
  const passed = result.checks.filter((c) => c.ok).length;
  const skipped = result.checks.filter((c) => c.skipped).length;
  const failed = result.checks.length - passed - skipped;
  report({ passed, failed, skippedChecks: skipped, checks: result.checks });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`firefox lane: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} in ${secs} s`);
  process.exit(failed ? 1 : 0);
} catch (e) {
  console.error(`firefox lane: FAIL, ${e instanceof Error ? e.message : e}`);
  report({ passed: 0, failed: 1, checks: [{ name: 'lane setup', ok: false, error: String(e) }] });
  process.exit(1);
}
