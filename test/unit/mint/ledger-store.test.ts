// The paged ledger store (issue #7) through a fake `ext`: listing the newest entries reads one or two pages and
// is cached; writes touch only the pages they change; the cap and quota pruning drop the oldest pages (SECURITY
// B7.57, the user is told); a write by someone else (a migration, the bench) drops the cache; a corrupt index is
// quarantined and rebuilt; the store reads what migration 003 wrote.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => {
  const m = await import('./fake-ext');
  return { ext: m.ext, extensionOrigin: () => 'chrome-extension://testextensionid' };
});
import { fake } from './fake-ext';
import { createLedgerStore } from '../../../src/background/ledger/ledger-store';
import { migration003 } from '../../../src/background/migrations/003-ledger-pages';
import type { KeyValueArea } from '../../../src/background/migrations/types';
import type { LedgerEntry } from '../../../src/lib/mint/ledger';

const entry = (i: number, profileId = 'p1'): LedgerEntry => ({ id: `e${i}`, profileId, mode: 'hs256-legacy', aud: 'x', scopes: [], requestedScopes: [], iat: i, exp: null, jti: `j${i}`, createdAt: i, blacklist: { state: 'none' }, params: { scopes: [] } });
const tok = (i: number) => ({ token: `t${i}`, exp: null, cacheKey: 'k', granted: [] });
const ids = (list: LedgerEntry[]) => list.map((e) => e.id);

/** Records the keys of every local get/set/remove from now on. */
function spy() {
  const log = { get: [] as string[], set: [] as string[], remove: [] as string[] };
  const { get, set, remove } = fake.local;
  vi.spyOn(fake.local, 'get').mockImplementation((k) => (log.get.push(...(k === null ? ['*'] : [k].flat())), get(k)));
  vi.spyOn(fake.local, 'set').mockImplementation((items) => (log.set.push(...Object.keys(items)), set(items)));
  vi.spyOn(fake.local, 'remove').mockImplementation((k) => (log.remove.push(...[k].flat()), remove(k)));
  return log;
}
/** Fills the store through the v2 → v3 migration (fast: one write per page). */
async function seed(n: number, profile: (i: number) => string = (i) => (i % 2 ? 'p1' : 'p2')) {
  fake.local.data.ledger = Array.from({ length: n }, (_, i) => entry(i, profile(i)));
  await migration003.up(fake.local as unknown as KeyValueArea);
}

beforeEach(() => {
  vi.restoreAllMocks();
  fake.reset();
});

describe('paged ledger store', () => {
  it('lists the newest 50 of 10,000 from one page, the next 50 across two, and caches them', async () => {
    await seed(10_000);
    const store = createLedgerStore();
    const log = spy();
    const first = await store.list(0, 50);
    expect(first.total).toBe(10_000);
    expect(ids(first.entries)).toEqual(Array.from({ length: 50 }, (_, i) => `e${9999 - i}`));
    expect(log.get.filter((k) => k.startsWith('ledger:page:'))).toEqual(['ledger:page:39']);
    const across = await store.list(200, 100); // 9799 … 9700: the end of page 39 and the start of page 38
    expect(ids(across.entries)).toEqual(Array.from({ length: 100 }, (_, i) => `e${9799 - i}`));
    expect(log.get.filter((k) => k.startsWith('ledger:page:'))).toEqual(['ledger:page:39', 'ledger:page:38']);
    await store.list(0, 50); // cached: only the index is read again
    expect(log.get.filter((k) => k.startsWith('ledger:page:'))).toHaveLength(2);
    const oldest = await store.list(9_950, 50);
    expect(ids(oldest.entries)).toEqual(Array.from({ length: 50 }, (_, i) => `e${49 - i}`));
  });
  it('appends to the newest page, starts a new one at 250, and writes only that page and the index', async () => {
    await seed(500);
    const store = createLedgerStore();
    const log = spy();
    await store.add(entry(500), tok(500));
    expect(log.set.filter((k) => k.startsWith('ledger'))).toEqual(['ledger:page:2', 'ledger:index']);
    expect(fake.local.data['ledger:index']).toMatchObject({ next: 3, pages: [{ id: 0, count: 250 }, { id: 1, count: 250 }, { id: 2, count: 1 }] });
    expect((await store.list(0, 2)).entries.map((e) => e.id)).toEqual(['e500', 'e499']);
    expect(fake.session.data.mintedTokens).toMatchObject({ e500: { token: 't500' } });
  });
  it('setBlacklist rewrites only the page holding the entry', async () => {
    await seed(600);
    const store = createLedgerStore();
    const log = spy();
    expect(await store.setBlacklist('e300', 'blacklisted')).toBe(true);
    expect(log.set).toEqual(['ledger:page:1', 'ledger:index']);
    expect((await store.get('e300'))?.blacklist.state).toBe('blacklisted');
    expect(await store.setBlacklist('nope', 'blacklisted')).toBe(false);
  });
  it('caps at `cap`: whole oldest pages are removed, the next one trimmed', async () => {
    await seed(600);
    const store = createLedgerStore({ cap: 300 });
    const pruned = await store.add(entry(600), tok(600));
    expect(pruned).toBe(301);
    const { total, entries } = await store.list(0, 1000);
    expect(total).toBe(300);
    expect(entries[0]!.id).toBe('e600');
    expect(entries.at(-1)!.id).toBe('e301');
    expect(fake.local.data['ledger:page:0']).toBeUndefined();
    // The index that dropped page 0 names it under `gone` (removed after the commit); the next write clears it.
    expect(fake.local.data['ledger:index']).toHaveProperty('gone', [0]);
    await store.add(entry(601), tok(601));
    expect(fake.local.data['ledger:index']).not.toHaveProperty('gone');
  });
  it('B7.57 on a quota rejection drops the oldest page, retries, and tells the user', async () => {
    await seed(600);
    const store = createLedgerStore();
    await store.list(0, 10);
    const limit = JSON.stringify(fake.local.data).length + 10; // full: the next entry does not fit
    fake.local.failSet = (items) => JSON.stringify({ ...fake.local.data, ...items }).length > limit;
    const pruned = await store.add(entry(600), tok(600));
    expect(pruned).toBe(250);
    expect(fake.local.data['ledger:page:0']).toBeUndefined();
    const { total, entries, notice } = await store.list(0, 5);
    expect(total).toBe(351);
    expect(entries[0]!.id).toBe('e600');
    expect(notice).toMatch(/the 250 oldest ledger entries were removed/);
  });
  it('rethrows a write error that is not about quota and re-reads storage afterwards', async () => {
    await seed(10);
    const store = createLedgerStore();
    fake.local.failSet = () => true;
    const set = fake.local.set;
    vi.spyOn(fake.local, 'set').mockImplementation(async (items) => (fake.local.failSet?.(items) ? Promise.reject(new Error('IO error')) : set(items)));
    await expect(store.add(entry(10), tok(10))).rejects.toThrow('IO error');
    fake.local.failSet = null;
    expect((await store.list()).total).toBe(10); // nothing pruned
  });
  it('removeProfile rewrites the pages holding its entries, drops pages left empty, and forgets its tokens', async () => {
    await seed(600, (i) => (i < 250 ? 'gone' : i % 2 ? 'p1' : 'p2'));
    const store = createLedgerStore();
    await store.add(entry(600, 'gone'), tok(600));
    await store.removeProfile('gone');
    expect(fake.local.data['ledger:page:0']).toBeUndefined(); // it held only that profile
    const all = await store.entries();
    expect(all).toHaveLength(350);
    expect(all.every((e) => e.profileId !== 'gone')).toBe(true);
    expect(fake.session.data.mintedTokens).toEqual({});
  });
  it('export reads every page, oldest first', async () => {
    await seed(600);
    const json = JSON.parse(await createLedgerStore().exportJson(false)) as { entries: LedgerEntry[] };
    expect(json.entries).toHaveLength(600);
    expect(json.entries[0]!.id).toBe('e0');
    expect(json.entries[599]!.id).toBe('e599');
  });
  it('drops its cache when someone else writes the index (the bench, a migration, another context)', async () => {
    await seed(10);
    const store = createLedgerStore();
    expect((await store.list()).total).toBe(10);
    await fake.local.set({ 'ledger:page:0': [entry(1), entry(2)], 'ledger:index': { rev: 1, next: 1, pages: [{ id: 0, count: 2 }] } });
    expect(ids((await store.list()).entries)).toEqual(['e2', 'e1']);
  });
  it('a fresh worker (a new store) rebuilds the cache lazily from storage', async () => {
    await seed(300);
    await createLedgerStore().add(entry(300), tok(300));
    expect(ids((await createLedgerStore().list(0, 2)).entries)).toEqual(['e300', 'e299']);
  });
  it('quarantines a corrupt index and rebuilds it from the pages, losing nothing', async () => {
    await seed(300);
    fake.local.data['ledger:index'] = '{"rev":';
    const store = createLedgerStore();
    expect((await store.list()).total).toBe(300);
    expect(fake.local.data['quarantine:ledger-index']).toBe('{"rev":');
    await store.add(entry(300), tok(300)); // appends to the rebuilt index's newest page
    expect(fake.local.data['ledger:index']).toMatchObject({ next: 2, pages: [{ id: 0, count: 250 }, { id: 1, count: 51 }] });
  });
  it('removes pages a killed write left listed under `gone`', async () => {
    await seed(300);
    fake.local.data['ledger:index'] = { rev: 5, next: 2, pages: [{ id: 1, count: 50 }], gone: [0] };
    expect((await createLedgerStore().list()).total).toBe(50);
    expect(fake.local.data['ledger:page:0']).toBeUndefined();
  });
});
