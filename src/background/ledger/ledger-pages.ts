// The paged ledger in storage.local (issue #7, state v3): `ledger:index` (page ids and counts) plus
// `ledger:page:<id>` (≤ LEDGER_PAGE_SIZE entries, oldest first), and an in-memory cache of the index and of the
// pages read so far. The cache lives as long as the worker and is rebuilt lazily after a restart; the index is
// read on every open (a few hundred bytes) and compared with the cached one, so a write by anyone else (a
// migration, the bench, a second context) drops the cache instead of serving stale pages. Writes touch only the pages that
// changed: pages first, then the index (the commit point), then removal of dropped pages. When `set` rejects for
// quota, the oldest pages are dropped and the write retried (SECURITY B7.57); the caller tells the user.
// Callers serialise access with one lock (ledger-store.ts). Runs in the background.
import { ext } from '../../shared/browser';
import { readFamily } from '../../shared/storage';
import { FAMILIES, ITEMS } from '../../shared/storage-schema';
import { ledgerPageKey } from '../../shared/storage-items/mint';
import { EMPTY_LEDGER_INDEX, isLedgerEntry, isLedgerIndex, ledgerTotal, type LedgerEntry, type LedgerIndex, type LedgerPageRef } from '../../lib/mint/ledger';

const INDEX = ITEMS.ledgerIndex.key;
const PAGES = FAMILIES.ledgerPages;
/** Where a corrupt index is kept, as found (the last one). */
const QUARANTINED_INDEX = FAMILIES.quarantine.member('ledger-index').key;
const QUOTA_RETRIES = 12;
export const isQuotaError = (err: unknown): boolean => /quota/i.test(err instanceof Error ? err.message : String(err));

export interface LedgerCache {
  index: LedgerIndex;
  pages: Map<number, LedgerEntry[]>;
}

/** A write: the new page list (oldest first; pages left out are dropped), the next page id, and the full new
 *  content of every page that changed. Mutated by quota pruning. */
export interface LedgerChange {
  pages: LedgerPageRef[];
  next: number;
  writes: Map<number, LedgerEntry[]>;
}

const valid = (v: unknown): LedgerEntry[] => (Array.isArray(v) ? v.filter(isLedgerEntry) : []);

export function createLedgerPages() {
  const local = ext.storage.local;
  // Tags this worker's index writes: an index with another writer (or rev) was written by someone else.
  const writer = Math.random().toString(36).slice(2, 12);
  let cache: LedgerCache | null = null;

  /** A corrupt index is quarantined and rebuilt from the page keys, never treated as an empty ledger. */
  async function rebuild(raw: unknown): Promise<LedgerIndex> {
    const found = (await readFamily(PAGES))
      .filter((m) => /^\d+$/.test(m.id))
      .map((m) => ({ id: Number(m.id), count: valid(m.value).length }))
      .sort((a, b) => a.id - b.id);
    const ids = found.map((p) => p.id);
    const pages = found.filter((p) => p.count > 0);
    const index: LedgerIndex = { rev: 0, next: ids.length ? ids[ids.length - 1]! + 1 : 0, pages };
    await local.set({ [QUARANTINED_INDEX]: raw, [INDEX]: index });
    return index;
  }

  /** The current index, with the cache kept if it is still ours. */
  async function open(): Promise<LedgerCache> {
    const raw = (await local.get(INDEX))[INDEX];
    const index = raw === undefined ? EMPTY_LEDGER_INDEX : isLedgerIndex(raw) ? raw : await rebuild(raw);
    // Every write of ours bumps rev and carries `writer`: an index that differs in anything is someone else's.
    if (!cache || JSON.stringify(cache.index) !== JSON.stringify(index)) {
      cache = { index, pages: new Map() };
      // Pages an earlier write dropped after committing its index, if it died before removing them.
      if (index.gone?.length) await local.remove(index.gone.map(ledgerPageKey)).catch(() => undefined);
    }
    return cache;
  }

  /** Reads the pages not cached yet, in one `get`. */
  async function load(c: LedgerCache, ids: number[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !c.pages.has(id));
    if (!missing.length) return;
    const got = await local.get(missing.map(ledgerPageKey));
    for (const id of missing) c.pages.set(id, valid(got[ledgerPageKey(id)]));
  }

  async function page(c: LedgerCache, id: number): Promise<readonly LedgerEntry[]> {
    await load(c, [id]);
    return c.pages.get(id)!;
  }

  /** Every entry, oldest first (export, terminate): reads each page once per worker life. */
  async function all(c: LedgerCache): Promise<LedgerEntry[]> {
    await load(c, c.index.pages.map((p) => p.id));
    return c.index.pages.flatMap((p) => c.pages.get(p.id)!);
  }

  /** Frees room: drops the oldest pages (≥ 10 % of the entries, never `keep`). An interim index without them is
   *  committed before their keys are removed, so no index ever names a removed page. Returns entries dropped. */
  async function pruneOldest(c: LedgerCache, change: LedgerChange, keep: number): Promise<number> {
    const want = Math.max(1, Math.floor(ledgerTotal(change.pages) / 10));
    const drop = new Set<number>();
    let n = 0;
    for (const p of change.pages) {
      if (n >= want) break;
      if (p.id === keep) continue;
      drop.add(p.id);
      n += p.count;
    }
    if (!drop.size) return 0;
    const interim: LedgerIndex = { rev: c.index.rev + 1, writer, next: c.index.next, pages: c.index.pages.filter((p) => !drop.has(p.id)), gone: [...drop] };
    await local.set({ [INDEX]: interim }).catch(() => undefined); // smaller than before; the final write fixes it
    await local.remove([...drop].map(ledgerPageKey));
    c.index = interim;
    for (const id of drop) {
      c.pages.delete(id);
      change.writes.delete(id);
    }
    change.pages = change.pages.filter((p) => !drop.has(p.id));
    return n;
  }

  /** Writes one key; on quota, prunes the oldest pages (or, with nothing else left, the oldest 10 % of this
   *  page) and retries. Returns the body written and how many entries were pruned. */
  async function setPruning(c: LedgerCache, change: LedgerChange, key: string, id: number, body: LedgerEntry[] | (() => LedgerIndex)) {
    let pruned = 0;
    let list = Array.isArray(body) ? body : [];
    for (let attempt = 0; ; attempt++) {
      try {
        await local.set({ [key]: Array.isArray(body) ? list : body() });
        return { list, pruned };
      } catch (err) {
        if (!isQuotaError(err) || attempt >= QUOTA_RETRIES) throw err;
        const freed = await pruneOldest(c, change, id);
        if (freed) pruned += freed;
        else if (Array.isArray(body) && list.length > 1) {
          const n = Math.max(1, Math.floor(list.length / 10));
          list = list.slice(n);
          pruned += n;
        } else throw err;
      }
    }
  }

  /** Applies a change: changed pages, then the index, then removal of dropped pages. Returns how many entries
   *  quota pruning removed. On any failure the cache is dropped (the next open re-reads storage). */
  async function commit(c: LedgerCache, change: LedgerChange): Promise<number> {
    try {
      let pruned = 0;
      for (const [id, body] of change.writes) {
        const r = await setPruning(c, change, ledgerPageKey(id), id, body);
        pruned += r.pruned;
        change.writes.set(id, r.list);
        change.pages = change.pages.map((p) => (p.id === id ? { id, count: r.list.length } : p));
      }
      // Built when it is written, so pages pruned while writing it are left out (they are removed already).
      let written: LedgerIndex | null = null;
      const index = (): LedgerIndex => {
        const gone = c.index.pages.map((p) => p.id).filter((id) => !change.pages.some((p) => p.id === id));
        return (written = { rev: c.index.rev + 1, writer, next: change.next, pages: change.pages, ...(gone.length ? { gone } : {}) });
      };
      const newest = change.pages[change.pages.length - 1]?.id ?? -1;
      pruned += (await setPruning(c, change, INDEX, newest, index)).pruned;
      c.index = written!;
      const dropped = c.index.gone ?? [];
      for (const [id, list] of change.writes) c.pages.set(id, list);
      if (dropped.length) {
        await local.remove(dropped.map(ledgerPageKey));
        for (const id of dropped) c.pages.delete(id);
      }
      return pruned;
    } catch (err) {
      cache = null;
      throw err;
    }
  }

  return { open, load, page, all, commit };
}

export type LedgerPages = ReturnType<typeof createLedgerPages>;
