// The mint ledger (issue #4): one metadata entry per minted token — profile, mode, aud, scopes, iat, exp, jti and
// its blacklist state — kept in storage.local. The token itself never lives here: it is in storage.session only
// (SECURITY B3.28). Pure functions: add with a cap, prune oldest, page, export as JSON.

export type MintMode = 'client-credentials' | 'hs256-custom' | 'hs256-legacy';
export type BlacklistState = 'none' | 'pending' | 'blacklisted' | 'unknown' | 'failed';

export interface MintParams {
  audience?: string;
  scopes: string[];
  lifetimeSeconds?: number;
  noExpiry?: boolean;
}

export interface LedgerEntry {
  id: string;
  profileId: string;
  mode: MintMode;
  aud: string;
  /** Scopes the token carries (granted). */
  scopes: string[];
  requestedScopes: string[];
  iat: number;
  exp: number | null;
  /** FACTS §2: Auth0 client-credentials tokens carry no jti → null. */
  jti: string | null;
  createdAt: number; // ms
  blacklist: { state: BlacklistState; at?: number };
  /** What was asked for, so "re-mint" repeats it exactly. */
  params: MintParams;
}

export const LEDGER_CAP = 10_000;

/** Appends (oldest first), dropping the oldest beyond `cap`. */
export function addEntry(list: readonly LedgerEntry[], entry: LedgerEntry, cap = LEDGER_CAP): { list: LedgerEntry[]; pruned: number } {
  const next = [...list, entry];
  const pruned = Math.max(0, next.length - cap);
  return { list: pruned ? next.slice(pruned) : next, pruned };
}

/** Drops the oldest `count` entries (at least one), for the quota path (SECURITY B7.57). */
export function pruneOldest(list: readonly LedgerEntry[], count: number): LedgerEntry[] {
  return list.slice(Math.max(1, Math.floor(count)));
}

/** Newest first, paged. */
export function page(list: readonly LedgerEntry[], offset = 0, limit = 100): LedgerEntry[] {
  const newestFirst = [...list].reverse();
  return newestFirst.slice(offset, offset + limit);
}

export function setBlacklist(list: readonly LedgerEntry[], id: string, state: BlacklistState, at: number): LedgerEntry[] {
  return list.map((e) => (e.id === id ? { ...e, blacklist: { state, at } } : e));
}

export function removeProfileEntries(list: readonly LedgerEntry[], profileId: string): LedgerEntry[] {
  return list.filter((e) => e.profileId !== profileId);
}

/** JSON export; tokens only when asked for and present (SECURITY B3.28: masked/omitted by default). */
export function exportLedger(list: readonly LedgerEntry[], tokens: Readonly<Record<string, string>> | null, exportedAt: number): string {
  const entries = list.map((e) => {
    const t = tokens ? tokens[e.id] : undefined;
    return t ? { ...e, token: t } : { ...e };
  });
  return JSON.stringify({ format: 'token-workbench-ledger', version: 1, exportedAt: new Date(exportedAt).toISOString(), includesTokens: tokens !== null, entries }, null, 2);
}

/** A structurally valid entry (used by the migration and when reading storage: corrupt entries are skipped). */
export function isLedgerEntry(v: unknown): v is LedgerEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  const strs = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return (
    typeof e.id === 'string' &&
    typeof e.profileId === 'string' &&
    (e.mode === 'client-credentials' || e.mode === 'hs256-custom' || e.mode === 'hs256-legacy') &&
    typeof e.aud === 'string' &&
    strs(e.scopes) &&
    strs(e.requestedScopes) &&
    typeof e.iat === 'number' &&
    (e.exp === null || typeof e.exp === 'number') &&
    (e.jti === null || typeof e.jti === 'string') &&
    typeof e.createdAt === 'number' &&
    typeof e.blacklist === 'object' &&
    e.blacklist !== null &&
    typeof e.params === 'object' &&
    e.params !== null
  );
}
