// Vitest fixtures for the Chromium end-to-end tests (Node, playwright-core): `emulator` (the Auth0 tenant
// emulator, one per file, with its request log) and `extension` (a fresh persistent Chromium profile with
// dist/chrome loaded, resolving the emulated hosts to the emulator). `withTimeout` bounds every evaluate:
// Playwright's evaluate has no timeout of its own, and a test must never hang.
import { test as base } from 'vitest';
import type { Emulator } from '../../emulator/server';
import { startQuietEmulator } from '../support/emulator';
import { launchExtension, type ExtensionHandle } from './launch';
import { withTimeout } from './timeout';

export { withTimeout };
export { chromiumArgs, launchExtension, POPUP_SIZE, ROOT, SCREENSHOTS, type ExtensionHandle } from './launch';

export const test = base
  .extend('emulator', { scope: 'file' }, async ({}, { onCleanup }): Promise<Emulator> => {
    const emulator = await startQuietEmulator();
    onCleanup(() => emulator.close());
    return emulator;
  })
  // One fresh profile per test: extension storage never leaks from one test into the next.
  .extend('extension', async ({ emulator }, { onCleanup }): Promise<ExtensionHandle> => {
    const handle = await launchExtension(emulator.hostResolverRules);
    onCleanup(() => handle.close());
    return handle;
  });

export { expect } from 'vitest';
