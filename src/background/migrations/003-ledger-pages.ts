// Migration 3: the v2 ledger (one `ledger` array of up to 10,000 entries, ~265 ms per read) becomes pages (issue
// #7): `ledger:page:<id>` holds ≤ LEDGER_PAGE_SIZE entries oldest first, and `ledger:index` lists page ids and
// counts. Order, so a run killed between any two writes resumes (SECURITY B7.58): quarantine, pages, the index,
// and only then the old key is removed; the runner writes stateVersion last. The pages are a pure function of
// the old array, so a rerun rewrites them identically; an index present next to the old key means every page
// was written, and only the removal is left. Entries that are not LedgerEntry go to `quarantine:003`, never
// dropped. If `set` rejects for quota while the old array still takes room (SECURITY B7.57), the pages are
// written newest first, the oldest ones that did not fit are left out and the user is told via ledgerNotice.
// Runs in the background.
import { ledgerPageKey, MINT_ITEMS } from '../../shared/storage-items/mint';
import { isLedgerEntry, isLedgerIndex, toPages, type LedgerEntry, type LedgerIndex } from '../../lib/mint/ledger';
import type { Migration } from './types';

const QUARANTINE = 'quarantine:003';
const OLD = MINT_ITEMS.ledger.key;
const INDEX = MINT_ITEMS.ledgerIndex.key;
const NOTICE = MINT_ITEMS.ledgerNotice.key;
const isQuota = (err: unknown) => /quota/i.test(err instanceof Error ? err.message : String(err));

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
        await local.set({ [ledgerPageKey(pages[i]!.id)]: pages[i]!.entries });
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
