// Migration 4 (issue #11): every profile gets `mintingApps: []` (exact-scope minting), and state v4 marks data
// that may hold `exact` ledger entries and minting apps, so an older version opens it read-only instead of
// dropping what it does not know (SECURITY B7.58). Idempotent: a profile that has the field keeps it; anything
// that is not a profile object is left exactly as it was. Runs in the background.
import type { Migration } from './types';

const PROFILES_KEY = 'profiles'; // MINT_ITEMS.profiles.key at v4; a literal so later renames cannot change this step

export const migration004: Migration = {
  version: 4,
  name: 'profiles get minting apps',
  async up(local) {
    const got = await local.get([PROFILES_KEY]);
    const list = got[PROFILES_KEY];
    if (!Array.isArray(list)) return;
    let changed = false;
    const next = list.map((p: unknown) => {
      if (typeof p !== 'object' || p === null || Array.isArray(p) || Array.isArray((p as { mintingApps?: unknown }).mintingApps)) return p;
      changed = true;
      return { ...p, mintingApps: [] };
    });
    if (changed) await local.set({ [PROFILES_KEY]: next });
  },
};
