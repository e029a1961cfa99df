// Every storage item the extension keeps, declared in one place: its area, type, default and the schema version
// that introduced its current shape. Pure; runs everywhere. Rules (SECURITY B5): nothing secret or
// token-bearing in `sync` (we use no sync item at all); tokens and the unlocked key live only in `session`;
// `local` holds ciphertext and metadata. Shapes change only through a numbered migration in
// src/background/migrations/, which bumps STATE_VERSION.

import { MINT_ITEMS } from './storage-items/mint';
import { INSPECT_ITEMS } from './storage-items/inspect';
import { SCOPES_ITEMS } from './storage-items/scopes';
import { CALL_ITEMS } from './storage-items/call';
import { item } from './storage-item';

export type { Area, ItemSpec } from './storage-item';

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

/** Prefix of one-time inspector hand-offs in `session`: `handoff:<random id>` → token (SECURITY B4.39). */
export const HANDOFF_PREFIX = 'handoff:';
