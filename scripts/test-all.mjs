// `npm test` (after scripts/setup.mjs): the whole chain, in order, stopping at the first failure: typecheck and
// lint (side by side), unit, build, dist hosts, web-ext lint, Chromium e2e, Firefox lane. Prints each step's time and ends with one line
// "N passed, N failed" (test cases of every vitest run plus the Firefox lane's checks). Node built-ins only.
// `--skip=typecheck,lint`: leave named steps out (said so in the output), e.g. while a teammate's change is
// mid-flight; `npm test` never passes it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browsers.mjs';

const RESULTS = join(ROOT, 'test-results');
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);
const totals = { passed: 0, failed: 0 };

/** Runs a command in its own process group, streaming its output; kills the whole group after `limitMs`. */
function run(args, { limitMs = 300_000, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      console.error(`  killed after ${limitMs / 1000} s`);
      try {
        process.kill(-child.pid, 'SIGKILL'); // the group: browsers started by the step go too
      } catch {
        // already gone
      }
    }, limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, code: code ?? signal, out });
    });
  });
}

/** Adds a vitest JSON report's counts; a missing report means the run died before reporting. */
function countVitest(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    return `${r.numPassedTests} passed, ${r.numFailedTests} failed`;
  } catch {
    totals.failed += 1;
    return 'no report';
  }
}

const vitest = (name, extra) => {
  const report = join(RESULTS, `${name}.json`);
  rmSync(report, { force: true });
  return {
    args: [bin('vitest', 'vitest.mjs'), 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    after: () => countVitest(report),
  };
};

const unit = vitest('vitest-unit', []);
const e2e = vitest('vitest-e2e', ['-c', 'vitest.e2e.config.ts']);


const steps = [
  // typecheck and lint run side by side (`with`): each is one process waiting on the other core half the time, and
  // together they were 38 s of a CI run one after the other. Each is still reported, and judged, on its own.
  {
    name: 'typecheck',
    args: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json'],
    with: {
      name: 'lint',
      skip: existsSync(join(ROOT, 'eslint.config.js')) ? null : 'eslint.config.js is absent',
      args: [bin('eslint', 'bin/eslint.js'), '.'],
    },
  },
  { name: 'unit', ...unit },
  { name: 'build', args: ['scripts/build.mjs'] },
  // SECURITY B4.42: the built files name only Auth0 hosts and expose no resources.
  { name: 'dist hosts', args: [bin('tsx', 'dist/cli.mjs'), 'scripts/dist-hosts.ts'] },
  {
    name: 'web-ext lint',
    capture: true,
    args: [bin('web-ext', 'bin/web-ext.js'), 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
    // AMO readiness (issue 14): 0 errors and 0 warnings; judged by the parsed summary, every message printed.
    judge: (res) => {
      const json = JSON.parse(res.out.slice(res.out.indexOf('{')));
      for (const m of [...json.errors, ...json.warnings]) console.log(`  ${m._type} ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
      const { errors, warnings, notices } = json.summary;
      return { ok: errors === 0 && warnings === 0, note: `${errors} errors, ${warnings} warnings, ${notices} notices` };
    },
  },
  // A backstop, not a budget: ~300 s on a quiet 2-core machine since the shared journeys (test/journeys) run here
  // too; the whole of npm test must stay under 15 minutes.
  { name: 'e2e chromium', ...e2e, limitMs: 600_000 },
  {
    name: 'firefox lane',
    args: ['scripts/e2e-firefox.mjs'],
    // Above the lane's own backstop (450 s in scripts/e2e-firefox.mjs), so the lane reports before it is killed.
    limitMs: 480_000,
    after: () => {
      try {
        const r = JSON.parse(readFileSync(join(RESULTS, 'firefox-lane.json'), 'utf8'));
        totals.passed += r.passed;
        totals.failed += r.failed;
        return r.skipped ? 'skipped' : `${r.passed} passed, ${r.failed} failed`;
      } catch {
        totals.failed += 1;
        return 'no report';
      }
    },
  },
];

const skipArg = process.argv.find((a) => a.startsWith('--skip='));
const allSteps = steps.flatMap((s) => (s.with ? [s, s.with] : [s]));
for (const name of skipArg ? skipArg.slice('--skip='.length).split(',') : []) {
  const step = allSteps.find((s) => s.name === name.trim());
  if (!step) {
    console.error(`test-all: no step named "${name}" (steps: ${allSteps.map((s) => s.name).join(', ')})`);
    process.exit(2);
  }
  step.skip = 'skipped by --skip';
}

mkdirSync(RESULTS, { recursive: true });
rmSync(join(RESULTS, 'firefox-lane.json'), { force: true });
const started = Date.now();
let failedStep = null;

/** Runs one step (its output streamed, or captured and printed when it ends if it runs beside another) and reports it. */
async function runStep(step, { together = false } = {}) {
  if (step.skip) {
    console.log(`\n▶ ${step.name}: skipped (${step.skip})`);
    return true;
  }
  console.log(`\n▶ ${step.name}${together ? ' (side by side with another step; its output when it ends)' : ''}`);
  const t0 = Date.now();
  const res = await run(step.args, { limitMs: step.limitMs, capture: step.capture || together });
  if (together && !step.capture && res.out) process.stdout.write(`── ${step.name} output ──\n${res.out}`);
  let ok = res.ok;
  let note = '';
  if (step.judge) {
    try {
      ({ ok, note } = step.judge(res));
    } catch (e) {
      ok = false;
      note = `could not parse its output: ${e.message}`;
    }
  }
  if (step.after) note = [note, step.after()].filter(Boolean).join('; ');
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${ok ? '✓' : '✗'} ${step.name} ${ok ? 'ok' : `FAILED (exit ${res.code})`} in ${secs} s${note ? ` (${note})` : ''}`);
  return ok;
}

for (const step of steps) {
  const group = step.with ? [step, step.with] : [step];
  const results = await Promise.all(group.map((s) => runStep(s, { together: group.length > 1 })));
  const failed = group.find((_, i) => !results[i]);
  if (failed) {
    failedStep = failed.name;
    break;
  }
}
console.log(`\n${failedStep ? `stopped at: ${failedStep}` : 'all steps passed'}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStep ? 1 : 0);
