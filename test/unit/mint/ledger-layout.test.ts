// The pure page layout of the v3 ledger (src/lib/mint/ledger.ts, issue #7): splitting into pages, finding the
// pages of a newest-first window without reading the others, the cap plan, and the index shape check.
import { describe, expect, it } from 'vitest';
import { capPlan, isLedgerIndex, ledgerTotal, locate, toPages, type LedgerEntry } from '../../../src/lib/mint/ledger';

const e = (i: number) => ({ id: `e${i}` }) as LedgerEntry;
const pages = [{ id: 3, count: 250 }, { id: 4, count: 250 }, { id: 5, count: 40 }];

describe('ledger page layout', () => {
  it('toPages: ≤ size each, oldest first, the last one partial', () => {
    const out = toPages(Array.from({ length: 600 }, (_, i) => e(i)), 250, 7);
    expect(out.map((p) => [p.id, p.entries.length])).toEqual([[7, 250], [8, 250], [9, 100]]);
    expect(out[2]!.entries[0]!.id).toBe('e500');
    expect(toPages([])).toEqual([]);
  });
  it('locate: the newest 50 need the newest page and the one before it when that holds fewer', () => {
    expect(locate(pages, 0, 30)).toEqual([{ id: 5, skip: 0 }]);
    expect(locate(pages, 0, 50)).toEqual([{ id: 5, skip: 0 }, { id: 4, skip: 0 }]);
    expect(locate(pages, 100, 50)).toEqual([{ id: 4, skip: 60 }]);
    expect(locate(pages, 530, 50)).toEqual([{ id: 3, skip: 240 }]);
    expect(locate(pages, 540, 50)).toEqual([]);
    expect(ledgerTotal(pages)).toBe(540);
  });
  it('capPlan: whole oldest pages first, then a trim', () => {
    expect(capPlan(pages, 1)).toEqual({ drop: [], trim: { id: 3, count: 1 } });
    expect(capPlan(pages, 250)).toEqual({ drop: [3], trim: null });
    expect(capPlan(pages, 260)).toEqual({ drop: [3], trim: { id: 4, count: 10 } });
  });
  it('isLedgerIndex accepts the v3 index and refuses junk', () => {
    expect(isLedgerIndex({ rev: 0, next: 0, pages: [] })).toBe(true);
    expect(isLedgerIndex({ rev: 2, writer: 'w', next: 6, pages, gone: [1, 2] })).toBe(true);
    expect(isLedgerIndex({ rev: 2, next: 5, pages })).toBe(false); // a page id ≥ next
    expect(isLedgerIndex({ rev: -1, next: 0, pages: [] })).toBe(false);
    expect(isLedgerIndex([])).toBe(false);
    expect(isLedgerIndex('{"rev":')).toBe(false);
  });
});
