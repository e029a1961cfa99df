// Unit and emulator tests (vitest). Browser-behaviour tests live in test/e2e and run in real browsers, not here.
// Two projects, one run: tests of DOM code (src/ui, the content script, every .tsx test, the emulator's HTML pages)
// get happy-dom; the rest (pure lib, background, messaging, the emulator's HTTPS server) run in plain Node, which
// spares ~60 files a DOM each (measured: about 30 s less of the unit step on a 2-core machine). A test
// elsewhere that needs a DOM says so with `// @vitest-environment happy-dom` at its top.
import { defineConfig } from 'vitest/config';

const DOM_TESTS = ['test/unit/ui/**/*.test.ts', 'test/unit/content/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/emulator/pages.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    // One worker per core. vitest's default leaves one core free, which on a 2-core CI machine meant a single
    // worker: 98 files one after the other (measured here: 116 s with 1 worker, 64 s with 2).
    maxWorkers: '100%',
    projects: [
      { extends: true, test: { name: 'dom', include: DOM_TESTS, environment: 'happy-dom' } },
      {
        extends: true,
        test: { name: 'node', include: ['test/unit/**/*.test.ts', 'test/emulator/**/*.test.ts'], exclude: DOM_TESTS, environment: 'node' },
      },
    ],
  },
});
