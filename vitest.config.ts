// Unit and emulator tests (vitest). Browser-behaviour tests live in test/e2e and run in real browsers, not here.
// Two projects, one run: tests of DOM code (src/ui, the content script, every .tsx test, the emulator's HTML pages)
// get happy-dom; the rest (pure lib, background, messaging, the emulator's HTTPS server) run in plain Node, which
// spares ~60 files a DOM each (measured: the unit step went from 127 s to about 90 s on a 2-core machine). A test
// elsewhere that needs a DOM says so with `// @vitest-environment happy-dom` at its top.
import { defineConfig } from 'vitest/config';

const DOM_TESTS = ['test/unit/ui/**/*.test.ts', 'test/unit/content/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/emulator/pages.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'dom', include: DOM_TESTS, environment: 'happy-dom' } },
      {
        extends: true,
        test: { name: 'node', include: ['test/unit/**/*.test.ts', 'test/emulator/**/*.test.ts'], exclude: DOM_TESTS, environment: 'node' },
      },
    ],
  },
});
