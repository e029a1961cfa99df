// Ledger metadata in storage.local and minted tokens in storage.session (SECURITY B3.28). When `local.set`
// rejects (quota), the oldest entries are pruned and the user is told through `ledgerNotice` (SECURITY B7.57);
// session tokens are capped and expired ones dropped so `session` stays well under 1 MB. Runs in the background.
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import type { SessionToken } from '../../shared/storage-items/mint';
import { addEntry, exportLedger, isLedgerEntry, page, pruneOldest, removeProfileEntries, setBlacklist, LEDGER_CAP, type BlacklistState, type LedgerEntry } from '../../lib/mint/ledger';
import { createLock } from './lock';

export const SESSION_TOKEN_CAP = 200; // ~1–2 KB per JWT → well under Chrome's old 1 MB session quota
const QUOTA_RETRIES = 6;

export function createLedgerStore(opts: { now?: () => number; cap?: number } = {}) {
  const lock = createLock();
  const now = opts.now ?? Date.now;
  const entries = async (): Promise<LedgerEntry[]> => {
    const list = await read(ITEMS.ledger);
    return Array.isArray(list) ? list.filter(isLedgerEntry) : [];
  };
  const tokens = async (): Promise<Record<string, SessionToken>> => (await read(ITEMS.mintedTokens)) ?? {};

  /** Writes the list; on a quota rejection prunes the oldest 10 % (at least one) and tries again. */
  async function writeList(list: LedgerEntry[]): Promise<number> {
    let current = list;
    let pruned = 0;
    for (let i = 0; ; i++) {
      try {
        await write(ITEMS.ledger, current);
        break;
      } catch (err) {
        if (i >= QUOTA_RETRIES || current.length <= 1) throw err;
        const n = Math.max(1, Math.floor(current.length / 10));
        current = pruneOldest(current, n);
        pruned += n;
      }
    }
    if (pruned) {
      await write(ITEMS.ledgerNotice, `Storage was full: the ${pruned} oldest ledger entr${pruned === 1 ? 'y was' : 'ies were'} removed.`).catch(() => undefined);
    }
    return pruned;
  }

  return {
    entries,
    tokens,
    /** Records a minted token: metadata to local, the token to session. Returns how many entries were pruned. */
    add(entry: LedgerEntry, token: SessionToken): Promise<number> {
      return lock(async () => {
        const { list, pruned: capped } = addEntry(await entries(), entry, opts.cap ?? LEDGER_CAP);
        const pruned = capped + (await writeList(list));
        const nowS = Math.floor(now() / 1000);
        const live = Object.entries(await tokens()).filter(([, t]) => t.exp === null || t.exp > nowS);
        live.push([entry.id, token]);
        await write(ITEMS.mintedTokens, Object.fromEntries(live.slice(-SESSION_TOKEN_CAP)));
        return pruned;
      });
    },
    async get(id: string): Promise<LedgerEntry | null> {
      return (await entries()).find((e) => e.id === id) ?? null;
    },
    async list(offset = 0, limit = 100): Promise<{ entries: LedgerEntry[]; total: number; notice?: string }> {
      const all = await entries();
      const notice = await read(ITEMS.ledgerNotice);
      return { entries: page(all, offset, limit), total: all.length, ...(notice ? { notice } : {}) };
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
      return exportLedger(await entries(), t, now());
    },
    setBlacklist(id: string, state: BlacklistState): Promise<boolean> {
      return lock(async () => {
        const all = await entries();
        if (!all.some((e) => e.id === id)) return false;
        await writeList(setBlacklist(all, id, state, now()));
        return true;
      });
    },
    removeProfile(profileId: string): Promise<void> {
      return lock(async () => {
        const all = await entries();
        const gone = new Set(all.filter((e) => e.profileId === profileId).map((e) => e.id));
        await writeList(removeProfileEntries(all, profileId));
        const t = await tokens();
        await write(ITEMS.mintedTokens, Object.fromEntries(Object.entries(t).filter(([k]) => !gone.has(k))));
      });
    },
  };
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
