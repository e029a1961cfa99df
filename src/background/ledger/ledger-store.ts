// Ledger metadata in storage.local (paged, see ledger-pages.ts) and minted tokens in storage.session (SECURITY
// B3.28). Listing the newest entries reads one or two pages; adding, blacklisting and capping touch only the
// pages they change; export and the terminate tools read every page (once per worker life, then cached). When
// `local.set` rejects for quota, the oldest pages are pruned and the user is told through `ledgerNotice`
// (SECURITY B7.57); session tokens are capped and expired ones dropped so `session` stays well under 1 MB.
// One lock serialises every ledger operation, so the cache is never read half-written. Runs in the background.
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import type { SessionToken } from '../../shared/storage-items/mint';
import { capPlan, exportLedger, ledgerTotal, locate, LEDGER_CAP, LEDGER_PAGE_SIZE, type BlacklistState, type LedgerEntry } from '../../lib/mint/ledger';
import { createLedgerPages, type LedgerCache, type LedgerChange } from './ledger-pages';
import { createLock } from '../lock';

export const SESSION_TOKEN_CAP = 200; // ~1–2 KB per JWT → well under Chrome's old 1 MB session quota

export function createLedgerStore(opts: { now?: () => number; cap?: number } = {}) {
  const lock = createLock();
  const pages = createLedgerPages();
  const now = opts.now ?? Date.now;
  const cap = opts.cap ?? LEDGER_CAP;
  const tokens = async (): Promise<Record<string, SessionToken>> => (await read(ITEMS.mintedTokens)) ?? {};
  const change = (c: LedgerCache): LedgerChange => ({ pages: c.index.pages.map((p) => ({ ...p })), next: c.index.next, writes: new Map() });

  async function commit(c: LedgerCache, ch: LedgerChange, alreadyPruned = 0): Promise<number> {
    const pruned = await pages.commit(c, ch);
    if (pruned) {
      const notice = `Storage was full: the ${pruned} oldest ledger entr${pruned === 1 ? 'y was' : 'ies were'} removed.`;
      await write(ITEMS.ledgerNotice, notice).catch(() => undefined);
    }
    return pruned + alreadyPruned;
  }

  /** The entry's page, searched newest page first (the entries acted on are usually recent). */
  async function find(c: LedgerCache, id: string): Promise<{ page: number; list: readonly LedgerEntry[]; at: number } | null> {
    for (let i = c.index.pages.length - 1; i >= 0; i--) {
      const pageId = c.index.pages[i]!.id;
      const list = await pages.page(c, pageId);
      const at = list.findIndex((e) => e.id === id);
      if (at >= 0) return { page: pageId, list, at };
    }
    return null;
  }

  /** Appends to the newest page (or starts one), then drops the oldest entries beyond the cap. */
  async function append(c: LedgerCache, entry: LedgerEntry): Promise<number> {
    const ch = change(c);
    const last = ch.pages[ch.pages.length - 1];
    if (last && last.count < LEDGER_PAGE_SIZE) {
      const list = [...(await pages.page(c, last.id)), entry];
      ch.writes.set(last.id, list);
      last.count = list.length;
    } else {
      ch.pages.push({ id: ch.next, count: 1 });
      ch.writes.set(ch.next++, [entry]);
    }
    const excess = ledgerTotal(ch.pages) - cap;
    if (excess <= 0) return commit(c, ch);
    const plan = capPlan(ch.pages, excess);
    ch.pages = ch.pages.filter((p) => !plan.drop.includes(p.id));
    for (const id of plan.drop) ch.writes.delete(id);
    if (plan.trim) {
      const { id, count } = plan.trim;
      const list = (ch.writes.get(id) ?? (await pages.page(c, id))).slice(count);
      ch.writes.set(id, list);
      ch.pages = ch.pages.map((p) => (p.id === id ? { id, count: list.length } : p));
    }
    return commit(c, ch, excess);
  }

  return {
    /** Every entry, oldest first. */
    entries: (): Promise<LedgerEntry[]> => lock(async () => pages.all(await pages.open())),
    tokens,
    /** Records a minted token: metadata to local, the token to session. Returns how many entries were pruned. */
    add(entry: LedgerEntry, token: SessionToken): Promise<number> {
      return lock(async () => {
        const pruned = await append(await pages.open(), entry);
        const nowS = Math.floor(now() / 1000);
        const live = Object.entries(await tokens()).filter(([, t]) => t.exp === null || t.exp > nowS);
        live.push([entry.id, token]);
        await write(ITEMS.mintedTokens, Object.fromEntries(live.slice(-SESSION_TOKEN_CAP)));
        return pruned;
      });
    },
    get(id: string): Promise<LedgerEntry | null> {
      return lock(async () => {
        const hit = await find(await pages.open(), id);
        return hit ? hit.list[hit.at]! : null;
      });
    },
    /** Newest first: reads only the pages that hold [offset, offset + limit). */
    list(offset = 0, limit = 100): Promise<{ entries: LedgerEntry[]; total: number; notice?: string }> {
      return lock(async () => {
        const [c, notice] = await Promise.all([pages.open(), read(ITEMS.ledgerNotice)]);
        const where = locate(c.index.pages, offset, limit);
        await pages.load(c, where.map((w) => w.id));
        const out: LedgerEntry[] = [];
        for (const w of where) {
          const list = c.pages.get(w.id)!;
          const newestFirst = list.slice(0, Math.max(0, list.length - w.skip)).reverse();
          out.push(...newestFirst.slice(0, limit - out.length));
        }
        return { entries: out, total: ledgerTotal(c.index.pages), ...(notice ? { notice } : {}) };
      });
    },
    async clearNotice(): Promise<void> {
      await write(ITEMS.ledgerNotice, null);
    },
    async reveal(id: string): Promise<{ token: string } | null> {
      const t = (await tokens())[id];
      return t ? { token: t.token } : null;
    },
    async exportJson(includeTokens: boolean): Promise<string> {
      const t = includeTokens ? Object.fromEntries(Object.entries(await tokens()).map(([k, v]) => [k, v.token])) : null;
      return exportLedger(await lock(async () => pages.all(await pages.open())), t, now());
    },
    /** Rewrites only the page that holds the entry. */
    setBlacklist(id: string, state: BlacklistState): Promise<boolean> {
      return lock(async () => {
        const c = await pages.open();
        const hit = await find(c, id);
        if (!hit) return false;
        const ch = change(c);
        ch.writes.set(hit.page, hit.list.map((e, i) => (i === hit.at ? { ...e, blacklist: { state, at: now() } } : e)));
        await commit(c, ch);
        return true;
      });
    },
    /** Rewrites the pages that hold the profile's entries; pages left empty are dropped. */
    removeProfile(profileId: string): Promise<void> {
      return lock(async () => {
        const c = await pages.open();
        await pages.all(c);
        const ch = change(c);
        const gone = new Set<string>();
        for (const p of c.index.pages) {
          const list = c.pages.get(p.id)!;
          const kept = list.filter((e) => e.profileId !== profileId);
          if (kept.length === list.length) continue;
          for (const e of list) if (e.profileId === profileId) gone.add(e.id);
          if (kept.length) ch.writes.set(p.id, kept);
          else ch.pages = ch.pages.filter((x) => x.id !== p.id);
        }
        if (gone.size) await commit(c, ch);
        const t = await tokens();
        await write(ITEMS.mintedTokens, Object.fromEntries(Object.entries(t).filter(([k]) => !gone.has(k))));
      });
    },
  };
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
