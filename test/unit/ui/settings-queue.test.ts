// One write queue for settings in the background (issue 13 item 9, SECURITY B7.59): a theme change and an
// auto-lock change that arrive at the same moment both survive; neither read-modify-write loses the other.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => ({ ext: (await import('./fake-ext')).ext, extensionOrigin: () => 'chrome-extension://testextensionid' }));
import { fake } from './fake-ext';
import { inspectHandlers } from '../../../src/background/inspect/handlers';
import { updateSettings } from '../../../src/background/settings-store';
import { ITEMS } from '../../../src/shared/storage-schema';
import { read } from '../../../src/shared/storage';

beforeEach(() => fake.reset());

describe('settings write queue (issue 13 item 9)', () => {
  it('keeps both fields when the theme and the auto-lock change at the same time', async () => {
    await Promise.all([
      inspectHandlers['settings.setTheme']({ theme: 'dark' }, {}),
      updateSettings({ autoLockMinutes: 5 }),
      inspectHandlers['settings.setTheme']({ theme: 'light' }, {}),
      updateSettings({ leewaySeconds: 30 }),
    ]);
    expect(await read(ITEMS.settings)).toEqual({ theme: 'light', autoLockMinutes: 5, leewaySeconds: 30 });
  });
  it('applies updates in the order they were queued', async () => {
    const written = await Promise.all([1, 2, 3, 4, 5].map((m) => updateSettings({ autoLockMinutes: m })));
    expect(written.map((s) => s.autoLockMinutes)).toEqual([1, 2, 3, 4, 5]);
    expect((await read(ITEMS.settings)).autoLockMinutes).toBe(5);
  });
});
