// Migration 1: a fresh install or a pre-versioned store gets the settings item, keeping any valid fields the
// user already has. Runs in the background. Like every numbered migration it imports only ./types: the key, the
// shape and the defaults are its own copies as of state v1 (issue #16), so a later change to the live schema
// cannot change what this step does.
import type { Migration } from './types';

/** `settings` at v1 (ITEMS.settings then). */
const SETTINGS_KEY = 'settings';
interface Settings {
  theme: 'system' | 'light' | 'dark';
  leewaySeconds: number;
  autoLockMinutes: number;
}
const DEFAULTS: Readonly<Settings> = { theme: 'system', leewaySeconds: 60, autoLockMinutes: 15 };

export const migration001: Migration = {
  version: 1,
  name: 'initial settings',
  async up(local) {
    const got = await local.get([SETTINGS_KEY]);
    const current = got[SETTINGS_KEY];
    const merged: Settings = { ...DEFAULTS };
    if (current && typeof current === 'object') {
      const c = current as Partial<Settings>;
      if (c.theme === 'light' || c.theme === 'dark' || c.theme === 'system') merged.theme = c.theme;
      if (typeof c.leewaySeconds === 'number' && c.leewaySeconds >= 0 && c.leewaySeconds <= 600) merged.leewaySeconds = c.leewaySeconds;
      if (typeof c.autoLockMinutes === 'number' && c.autoLockMinutes >= 1 && c.autoLockMinutes <= 1440) merged.autoLockMinutes = c.autoLockMinutes;
    }
    await local.set({ [SETTINGS_KEY]: merged });
  },
};
