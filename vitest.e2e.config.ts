// Browser end-to-end tests (test/e2e/**/*.e2e.ts): real Chromium with dist/chrome loaded, driven by
// playwright-core, against the Auth0 tenant emulator. Runs in Node; one file at a time because each test
// launches its own browser and 2-core CI machines choke on parallel Chromiums. Build first (npm run build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    // A browser launch alone can take seconds on a loaded machine; every wait inside a test is bounded
    // separately (withTimeout, locator timeouts), these are the backstops.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // A rendered count or text is polled, never read once: a page that has just loaded or reloaded renders
    // its lists after a background round-trip (a single read after reload flaked in CI on a busy machine).
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
