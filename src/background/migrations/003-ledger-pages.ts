// Migration 3: the v2 ledger (one `ledger` array of up to 10,000 entries, ~265 ms per read) becomes pages (issue
// #7): `ledger:page:<id>` holds ≤ 250 entries oldest first, and `ledger:index` lists page ids and counts. Order,
// so a run killed between any two writes resumes (SECURITY B7.58): quarantine, pages, the index, and only then
// the old key is removed; the runner writes stateVersion last. The pages are a pure function of the old array, so
// a rerun rewrites them identically; an index present next to the old key means every page was written, and
// only the removal is left. Entries that are not LedgerEntry go to `quarantine:003`, never dropped. If `set`
// rejects for quota while the old array still takes room (SECURITY B7.57), the pages are written newest first,
// the oldest ones that did not fit are left out and the user is told via ledgerNotice. Runs in the background.
//
// Frozen (issue #16): this step imports only ./types. The keys, the page size, the v3 shapes and checks and the
// page layout below are its own copies as of state v3, so a later change to the live ledger (a new mint mode, a
// new page size, a stricter index) cannot change what it does to a v2 store.
import type { Migration } from './types';

const OLD = 'ledger';
const INDEX = 'ledger:index';
const NOTICE = 'ledgerNotice';
const QUARANTINE = 'quarantine:003';
const pageKey = (id: number) => `ledger:page:${id}`;
const PAGE_SIZE = 250;
const isQuota = (err: unknown) => /quota/i.test(err instanceof Error ? err.message : String(err));

/** A ledger entry as states v2 and v3 store it. */
interface LedgerEntry {
  id: string;
  profileId: string;
  mode: 'client-credentials' | 'hs256-custom' | 'hs256-legacy';
  aud: string;
  scopes: string[];
  requestedScopes: string[];
  iat: number;
  exp: number | null;
  jti: string | null;
  createdAt: number;
  blacklist: { state: 'none' | 'pending' | 'blacklisted' | 'unknown' | 'failed'; at?: number };
  params: { audience?: string; scopes: string[]; lifetimeSeconds?: number };
}

/** `ledger:index` at v3: page ids and counts, oldest page first. */
interface LedgerIndex {
  rev: number;
  writer?: string;
  next: number;
  pages: { id: number; count: number }[];
  gone?: number[];
}

function isLedgerEntry(v: unknown): v is LedgerEntry {
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

function isLedgerIndex(v: unknown): v is LedgerIndex {
  if (typeof v !== 'object' || v === null) return false;
  const x = v as Record<string, unknown>;
  const int = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  const ref = (p: unknown) => typeof p === 'object' && p !== null && int((p as { id: unknown }).id) && int((p as { count: unknown }).count) && (p as { id: number }).id < (x.next as number);
  return (
    int(x.rev) &&
    int(x.next) &&
    (x.writer === undefined || typeof x.writer === 'string') &&
    Array.isArray(x.pages) &&
    x.pages.every(ref) &&
    (x.gone === undefined || (Array.isArray(x.gone) && x.gone.every(int)))
  );
}

/** Oldest-first entries in pages of ≤ PAGE_SIZE, ids 0, 1, 2… (the last page is the partial one). */
function toPages(list: readonly LedgerEntry[]): { id: number; entries: LedgerEntry[] }[] {
  const out: { id: number; entries: LedgerEntry[] }[] = [];
  for (let i = 0; i < list.length; i += PAGE_SIZE) out.push({ id: out.length, entries: list.slice(i, i + PAGE_SIZE) });
  return out;
}

export const migration003: Migration = {
  version: 3,
  name: 'ledger pages',
  async up(local) {
    const got = await local.get([OLD, INDEX, QUARANTINE]);
    if (!(OLD in got)) return; // a fresh install, or already converted
    if (isLedgerIndex(got[INDEX])) return void (await local.remove([OLD])); // killed after the index

    const old = got[OLD];
    const entries: LedgerEntry[] = [];
    const junk: unknown[] = [];
    if (Array.isArray(old)) for (const e of old) (isLedgerEntry(e) ? entries : junk).push(e);
    else junk.push(old); // not even an array: kept whole

    if (junk.length) {
      // De-duplicated against an earlier, killed run of this step, so a resume adds nothing twice.
      const prev: unknown[] = Array.isArray(got[QUARANTINE]) ? (got[QUARANTINE] as unknown[]) : [];
      const seen = new Set(prev.map((x) => JSON.stringify(x)));
      const add = junk.map((value) => ({ item: 'ledger', value })).filter((x) => !seen.has(JSON.stringify(x)));
      if (add.length) await local.set({ [QUARANTINE]: [...prev, ...add] });
    }

    const pages = toPages(entries);
    let kept = pages.length; // pages[pages.length - kept ...] are written
    for (let i = pages.length - 1; i >= 0; i--) {
      try {
        await local.set({ [pageKey(pages[i]!.id)]: pages[i]!.entries });
        kept = pages.length - i;
      } catch (err) {
        if (!isQuota(err) || i === pages.length - 1) throw err; // not even the newest page fits: retry later
        kept = pages.length - 1 - i;
        break;
      }
    }
    const live = pages.slice(pages.length - kept);
    const dropped = pages.slice(0, pages.length - kept).reduce((n, p) => n + p.entries.length, 0);
    const index: LedgerIndex = { rev: 1, next: pages.length, pages: live.map((p) => ({ id: p.id, count: p.entries.length })) };
    await local.set({ [INDEX]: index });
    await local.remove([OLD]);
    if (dropped) {
      const notice = `Storage was full while upgrading the ledger: the ${dropped} oldest entr${dropped === 1 ? 'y was' : 'ies were'} removed.`;
      await local.set({ [NOTICE]: notice }).catch(() => undefined); // the old key is gone: room again
    }
  },
};
