// Storage items of profiles, the vault and the ledger (issue #4), spread into ITEMS in ../storage-schema.ts.
// Pure declarations. SECURITY B5: `local` holds profile metadata (no secrets), the vault's KDF params, verifier
// and AES-GCM ciphertexts, and ledger metadata; the unlocked key, session-mode secrets and every minted token live
// in `session` only; nothing here is in `sync`.
import { family, item } from '../storage-item';
import type { Profile, ProfileSecrets } from '../../lib/profiles/profile';
import type { KdfParams, Sealed } from '../../lib/vault/crypto';
import { EMPTY_LEDGER_INDEX, type LedgerEntry, type LedgerIndex } from '../../lib/mint/ledger';

export interface VaultRecord {
  mode: 'passphrase' | 'session' | 'none';
  /** Passphrase mode: PBKDF2 params incl. the iteration count (SECURITY B5.44) and a sealed known value. */
  kdf?: KdfParams;
  verifier?: Sealed;
  /** Passphrase mode: per-profile sealed JSON of ProfileSecrets; a fresh IV per write (SECURITY B5.43). */
  sealed: Record<string, Sealed>;
}

export interface UnlockedKey {
  key: string; // raw AES key, base64 — session area only (SECURITY B5.45)
  unlockedAt: number;
}

export interface SessionToken {
  token: string;
  exp: number | null; // epoch s
  /** profile|mode|aud|scopes — the cache key, so the cache rebuilds from session after a worker restart. */
  cacheKey: string;
  /** Granted scopes, so a cache hit after a worker restart still reports them. */
  granted: string[];
}

export const MINT_ITEMS = {
  /** v2: an array of Profile (v1 was a map keyed by id, see migration 002). */
  profiles: item<Profile[]>('local', 'profiles', [], 2),
  vault: item<VaultRecord>('local', 'vault', { mode: 'none', sealed: {} }, 2),
  /** v2 only: LedgerEntry[] oldest first (v1 had `revoked?: boolean`). Touched by migrations 002 and 003 alone
   *  (with their own literal of the key): since v3 the ledger is `ledgerIndex` plus MINT_FAMILIES.ledgerPages. */
  ledger: item<LedgerEntry[]>('local', 'ledger', [], 2),
  /** v3: page ids and counts, oldest page first; written after the pages it names (see LedgerIndex). */
  ledgerIndex: item<LedgerIndex>('local', 'ledger:index', EMPTY_LEDGER_INDEX, 3),
  /** Shown once in the ledger view after entries were pruned for quota (SECURITY B7.57). */
  ledgerNotice: item<string | null>('local', 'ledgerNotice', null, 2),
  vaultKey: item<UnlockedKey | null>('session', 'vaultKey', null, 2),
  /** Session mode: secrets kept only for the browser session, never written to disk. */
  sessionSecrets: item<Record<string, ProfileSecrets>>('session', 'sessionSecrets', {}, 2),
  /** Minted tokens by ledger id (masked in the UI until revealed). */
  mintedTokens: item<Record<string, SessionToken>>('session', 'mintedTokens', {}, 2),
  /** Ledger ids each tab minted through the tray (issue #11): `tray.open` hands over only a tab's own tokens,
   *  also after the worker restarted. Newest last, at most TRAY_MINTS_PER_TAB per tab. */
  trayMints: item<Record<string, string[]>>('session', 'trayMints', {}, 4),
  /** Last user activity (ms) for the idle auto-lock (SECURITY B5.46). */
  lastActivity: item<number>('session', 'lastActivity', 0, 2),
  /** `<profile id>|<audience>` → the scopes a client-credentials token carried when no particular scope was asked
   *  for (the client's whole grant), from the last such mint or test, so the Mint tab's picker lists them first
   *  (issue #4). Scope names, no secret; session only (no migration); written by the background alone (issue #16:
   *  it was the popup's own key). */
  grantedScopes: item<Record<string, string[]>>('session', 'grantedScopes', {}, 4),
};

export const TRAY_MINTS_PER_TAB = 20;

export const MINT_FAMILIES = {
  /** v3: `ledger:page:<id>` → LedgerEntry[] (≤ LEDGER_PAGE_SIZE, oldest first), one key per page of the index. */
  ledgerPages: family<LedgerEntry[]>('local', 'ledger:page:', [], 3),
};

export const ledgerPageKey = (id: number): string => MINT_FAMILIES.ledgerPages.member(id).key;
