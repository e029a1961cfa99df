// Migration 1: a fresh install or a pre-versioned store gets the settings item, keeping any valid fields the
// user already has. Runs in the background.
import { ITEMS, type Settings } from '../../shared/storage-schema';
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'initial settings',
  async up(local) {
    const got = await local.get([ITEMS.settings.key]);
    const current = got[ITEMS.settings.key];
    const merged: Settings = { ...ITEMS.settings.default };
    if (current && typeof current === 'object') {
      const c = current as Partial<Settings>;
      if (c.theme === 'light' || c.theme === 'dark' || c.theme === 'system') merged.theme = c.theme;
      if (typeof c.leewaySeconds === 'number' && c.leewaySeconds >= 0 && c.leewaySeconds <= 600) merged.leewaySeconds = c.leewaySeconds;
      if (typeof c.autoLockMinutes === 'number' && c.autoLockMinutes >= 1 && c.autoLockMinutes <= 1440) merged.autoLockMinutes = c.autoLockMinutes;
    }
    await local.set({ [ITEMS.settings.key]: merged });
  },
};
