// Every storage item the extension keeps, declared in one place: its area, type, default and the schema version
// that introduced its current shape; keys made of a prefix and an id are declared as families (FAMILIES). Pure;
// runs everywhere. Rules (SECURITY B5): nothing secret or token-bearing in `sync` (we use no sync item at all); tokens and the unlocked key live only in `session`;
// `local` holds ciphertext and metadata. Shapes change only through a numbered migration in
// src/background/migrations/, which bumps STATE_VERSION.

import { MINT_FAMILIES, MINT_ITEMS } from './storage-items/mint';
import { INSPECT_FAMILIES, INSPECT_ITEMS } from './storage-items/inspect';
import { SCOPES_ITEMS } from './storage-items/scopes';
import { CALL_ITEMS } from './storage-items/call';
import { family, item } from './storage-item';

export type { Area, FamilySpec, ItemSpec } from './storage-item';

export interface Settings {
  theme: 'system' | 'light' | 'dark';
  /** Clock-skew leeway shown next to expiry (SECURITY B1.13: default 60 s, as in auth0-spa-js). */
  leewaySeconds: number;
  autoLockMinutes: number;
}

export const STATE_VERSION = 4;

export const ITEMS = {
  /** Written last by a migration run (SECURITY B7.58). */
  stateVersion: item<number>('local', 'stateVersion', 0, 1),
  settings: item<Settings>('local', 'settings', { theme: 'system', leewaySeconds: 60, autoLockMinutes: 15 }, 1),
  /** The token the user pinned to the toolbar badge (session only: it is a token). */
  pinnedToken: item<string | null>('session', 'pinnedToken', null, 1),
  ...MINT_ITEMS,
  ...INSPECT_ITEMS,
  ...SCOPES_ITEMS,
  ...CALL_ITEMS,
};

export type { Handoff } from './storage-items/inspect';

/** Every key that is not a single item: families of keys under one prefix. Nothing else is ever stored. */
export const FAMILIES = {
  ...MINT_FAMILIES,
  ...INSPECT_FAMILIES,
  /** `quarantine:<where>` → data a migration or a repair could not read, kept instead of dropped (SECURITY
   *  B7.58): `quarantine:002` and `quarantine:003` (lists of `{ item, id?, value }` the migration of that number
   *  set aside), `quarantine:ledger-index` (the last corrupt ledger index, as found). Read only by the step that
   *  writes it (so a resumed run adds nothing twice): the data is kept for a later fix or the user to recover. */
  quarantine: family<unknown>('local', 'quarantine:', undefined, 2),
};
