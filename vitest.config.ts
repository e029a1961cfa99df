// Unit and emulator tests (vitest). Browser-behaviour tests live in test/e2e and run in real browsers, not here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/emulator/**/*.test.ts'],
    environment: 'happy-dom',
    // Emulator tests start a real HTTPS server; they opt into node with `// @vitest-environment node`.
    testTimeout: 20_000,
    pool: 'forks',
  },
});
