// The mint ledger (issue #4): one metadata entry per minted token — profile, mode, aud, scopes, iat, exp, jti and
// its blacklist state — kept in storage.local. The token itself never lives here: it is in storage.session only
// (SECURITY B3.28). Since state v3 the entries are stored in pages (issue #7: one 10,000-entry array cost ~265 ms
// per read): an index of page ids and counts plus pages of ≤ LEDGER_PAGE_SIZE entries, oldest first, so the
// newest 50 are one or two small reads. Pure functions: page layout, cap, export as JSON, shape checks.

/** `exact`: client credentials with a minting app whose grant was first set to exactly the picked scopes. */
export type MintMode = 'client-credentials' | 'exact' | 'hs256-custom' | 'hs256-legacy';
export const MINT_MODES: readonly MintMode[] = ['client-credentials', 'exact', 'hs256-custom', 'hs256-legacy'];
export type BlacklistState = 'none' | 'pending' | 'blacklisted' | 'unknown' | 'failed';

export interface MintParams {
  audience?: string;
  scopes: string[];
  lifetimeSeconds?: number;
  /** FACTS §1: the `organization` sent with a client-credentials request (issue #12 item 7). */
  organization?: string;
}

/** Exact mode: the client grant was set to these scopes just before the token was asked for (issue #11). */
export interface GrantChange {
  grantId: string;
  clientId: string;
  scopes: string[];
  at: number; // ms
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
  /** Exact mode only: the grant change made for this mint. */
  grantChange?: GrantChange;
}

export const LEDGER_CAP = 10_000;

/** Entries per stored page: small enough that a page reads in a few ms, large enough that 10,000 entries are
 *  40 keys. */
export const LEDGER_PAGE_SIZE = 250;

export interface LedgerPageRef {
  id: number;
  count: number;
}

/** `ledger:index`, the commit point of every ledger write: pages are written first, then this. */
export interface LedgerIndex {
  /** Bumped on every write, with `writer` (per worker): a cache that finds any other index knows it is stale. */
  rev: number;
  writer?: string;
  /** The next page id; ids are never reused, so a page left behind by a killed write is never read as live. */
  next: number;
  /** Oldest page first. */
  pages: LedgerPageRef[];
  /** Pages dropped by this write whose keys may still exist (removal comes after the index): removed on load. */
  gone?: number[];
}

export const EMPTY_LEDGER_INDEX: LedgerIndex = { rev: 0, next: 0, pages: [] };

/** Splits oldest-first entries into pages of ≤ `size`, ids counting up from `firstId` (the last page is the
 *  partial one, so new entries fill it). */
export function toPages(list: readonly LedgerEntry[], size = LEDGER_PAGE_SIZE, firstId = 0): { id: number; entries: LedgerEntry[] }[] {
  const out: { id: number; entries: LedgerEntry[] }[] = [];
  for (let i = 0; i < list.length; i += size) out.push({ id: firstId + out.length, entries: list.slice(i, i + size) });
  return out;
}

export const ledgerTotal = (pages: readonly LedgerPageRef[]): number => pages.reduce((n, p) => n + p.count, 0);

/** Which pages hold the window [offset, offset + limit) counted newest first, newest page first, and how many of
 *  each page's newest entries to skip. Pages before the window are never read. */
export function locate(pages: readonly LedgerPageRef[], offset: number, limit: number): { id: number; skip: number }[] {
  const out: { id: number; skip: number }[] = [];
  let skip = offset;
  let need = limit;
  for (let i = pages.length - 1; i >= 0 && need > 0; i--) {
    const p = pages[i]!;
    if (skip >= p.count) {
      skip -= p.count;
      continue;
    }
    out.push({ id: p.id, skip });
    need -= p.count - skip;
    skip = 0;
  }
  return out;
}

/** To drop the `excess` oldest entries: whole oldest pages, then the oldest entries of the next page. */
export function capPlan(pages: readonly LedgerPageRef[], excess: number): { drop: number[]; trim: { id: number; count: number } | null } {
  const drop: number[] = [];
  let left = excess;
  for (const p of pages) {
    if (left <= 0) break;
    if (p.count <= left) {
      drop.push(p.id);
      left -= p.count;
    } else return { drop, trim: { id: p.id, count: left } };
  }
  return { drop, trim: null };
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
    (MINT_MODES as readonly unknown[]).includes(e.mode) &&
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

export function isLedgerIndex(v: unknown): v is LedgerIndex {
  if (typeof v !== 'object' || v === null) return false;
  const x = v as Record<string, unknown>;
  const int = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return (
    int(x.rev) &&
    int(x.next) &&
    (x.writer === undefined || typeof x.writer === 'string') &&
    Array.isArray(x.pages) &&
    x.pages.every((p) => typeof p === 'object' && p !== null && int((p as LedgerPageRef).id) && int((p as LedgerPageRef).count) && (p as LedgerPageRef).id < (x.next as number)) &&
    (x.gone === undefined || (Array.isArray(x.gone) && x.gone.every(int)))
  );
}
