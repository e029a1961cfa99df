// What every Firefox-only check of the lane gets (Node): the browser, the emulator, the popup tab (an extension
// page, the privileged sender for typed messages), plus assert and screenshot helpers.
import type { Browser, Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Emulator } from '../../emulator/server';
import { withTimeout } from '../e2e/timeout';

export const SHOTS = join(resolve(import.meta.dirname, '../..'), 'test-results/screenshots');
export const DASH = 'https://manage.auth0.com/dashboard/us/demo';

export interface LaneContext {
  browser: Browser;
  emulator: Emulator;
  /** src/popup/index.html in a 440×600 tab. */
  popup: Page;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** test-results/screenshots/firefox-<name>.png */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await withTimeout(page.screenshot({ path: join(SHOTS, `firefox-${name}.png`) }), 10_000, `screenshot ${name}`);
}
