// `npm start` (Node, after scripts/setup.mjs): builds, starts the Auth0 tenant emulator (prints its JSON line),
// then launches Chromium with dist/chrome in a fresh profile on the emulated dashboard. With a display
// (DISPLAY / WAYLAND_DISPLAY): a real window until Ctrl-C, with the demo profile already saved (scripts/tour/
// seed.mjs). Without: a headless tour (scripts/tour/steps.mjs), one screenshot per step in test-results/tour/,
// one summary line per step, exit 0 (1 if a step failed).
// Flag --no-build: skip the build and use dist/chrome as it is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { ROOT } from './browsers.mjs';

const START_URL = 'https://manage.auth0.com/dashboard/us/demo/apis/management/authorized-clients';
const TOUR_DIR = join(ROOT, 'test-results/tour');
const STEP_LIMIT_MS = 30_000;

// --no-build: reuse dist/chrome as is (e.g. right after `npm run build`).
if (!process.argv.includes('--no-build')) {
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    console.error('start: the build failed (see above)');
    process.exit(1);
  }
}
register(); // from here on, TypeScript (emulator, launcher, page objects) imports directly
const { startEmulator } = await import('../emulator/server.ts');
const { launchExtension } = await import('../test/e2e/launch.ts');
const { withTimeout } = await import('../test/e2e/timeout.ts');

const emulator = await startEmulator({ quiet: true });
const { seed } = emulator;
// Same shape as `npm run emulator`: demo data only, safe to print.
console.log(
  JSON.stringify({
    port: emulator.port,
    url: emulator.url,
    hostResolverRules: emulator.hostResolverRules,
    hosts: emulator.hosts,
    tenant: { domain: seed.domain, customDomain: seed.customDomain, managementAudience: seed.managementAudience, clients: seed.clients },
  }),
);

const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const extension = await launchExtension(emulator.hostResolverRules, { headless: !display, screenshotDir: TOUR_DIR });
let closing = false;
async function shutdown(code) {
  if (closing) return;
  closing = true;
  await extension.close();
  await emulator.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (display) {
  // The window opens with the demo profile already saved (the tour's first step does the same).
  const { seedDemoProfile } = await import('./tour/seed.mjs');
  try {
    const seeded = await withTimeout(seedDemoProfile({ emulator, extension }), STEP_LIMIT_MS, 'seeding the demo profile');
    await seeded.page.close();
    console.log(`Demo profile: ${seeded.summary}`);
  } catch (e) {
    console.error(`start: could not seed the demo profile (${e instanceof Error ? e.message.split('\n')[0] : e}); add it in the options page`);
  }
  const page = extension.context.pages()[0] ?? (await extension.context.newPage());
  await page.goto(START_URL);
  console.log(`Chromium is open with Token Workbench (id ${extension.extensionId}). Ctrl-C to stop.`);
  extension.context.on('close', () => void shutdown(0)); // the user closed the window
} else {
  const { steps } = await import('./tour/steps.mjs');
  rmSync(TOUR_DIR, { recursive: true, force: true });
  mkdirSync(TOUR_DIR, { recursive: true });
  const first = await extension.context.newPage();
  await first.goto(START_URL);
  let failures = 0;
  const tour = { emulator, extension, withTimeout }; // one context: steps leave things for later ones
  for (const [i, step] of steps.entries()) {
    const label = `${String(i + 1).padStart(2, '0')}-${step.name}`;
    const t0 = Date.now();
    try {
      const { page, summary } = await withTimeout(step.run(tour), STEP_LIMIT_MS, step.name);
      if (page) await extension.screenshot(label, page);
      console.log(`✓ ${label}: ${summary} (${Date.now() - t0} ms)${page ? ` → test-results/tour/${label}.png` : ''}`);
      if (page && page !== first) await page.close();
    } catch (e) {
      failures += 1;
      console.log(`✗ ${label}: ${e instanceof Error ? e.message.split('\n')[0] : e} (${Date.now() - t0} ms)`);
    }
  }
  console.log(`tour: ${steps.length - failures}/${steps.length} steps ok`);
  await shutdown(failures ? 1 : 0);
}
