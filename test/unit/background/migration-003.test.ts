// Migration 003 (issue #7, SECURITY B7.57/58): the v2 `ledger` array becomes `ledger:page:<id>` pages of ≤ 250
// plus `ledger:index`, intact; idempotent; resumable after a kill between any two writes; junk quarantined; a
// quota rejection keeps the newest pages and tells the user. And a v1 fixture goes all the way to v3.
import { describe, expect, it } from 'vitest';
import { migration003 } from '../../../src/background/migrations/003-ledger-pages';
import { MIGRATIONS, runMigrations } from '../../../src/background/migrations';
import { isLedgerEntry, LEDGER_PAGE_SIZE, type LedgerEntry } from '../../../src/lib/mint/ledger';
import { STATE_VERSION } from '../../../src/shared/storage-schema';
import type { KeyValueArea } from '../../../src/background/migrations/types';
import { dyingArea, memoryArea, V1_FIXTURE } from './fixtures';

const entry = (i: number): LedgerEntry => ({
  id: `e${i}`, profileId: 'p1', mode: 'hs256-legacy', aud: 'urn:x', scopes: ['read:users'], requestedScopes: ['read:users'], iat: 1_700_000_000 + i, exp: null,
  jti: `j${i}`, createdAt: 1_700_000_000_000 + i, blacklist: { state: i % 7 ? 'none' : 'blacklisted', at: 5 }, params: { scopes: ['read:users'] },
});
const LIST = Array.from({ length: 600 }, (_, i) => entry(i));
const V2_FIXTURE = { stateVersion: 2, settings: { theme: 'dark', leewaySeconds: 60, autoLockMinutes: 10 }, ledger: [...LIST.slice(0, 300), { id: 'broken' }, ...LIST.slice(300)] };

/** Every entry the paged store holds, oldest first, following the index. */
function pagedEntries(data: Record<string, unknown>): unknown[] {
  const index = data['ledger:index'] as { pages: { id: number; count: number }[] };
  return index.pages.flatMap((p) => data[`ledger:page:${p.id}`] as unknown[]);
}

describe('migration 003: ledger pages', () => {
  it('converts the v2 array into pages of ≤ 250 and an index, then removes the old key', async () => {
    const area = memoryArea(V2_FIXTURE);
    await migration003.up(area);
    const d = area.data;
    expect(d['ledger:index']).toEqual({ rev: 1, next: 3, pages: [{ id: 0, count: 250 }, { id: 1, count: 250 }, { id: 2, count: 100 }] });
    expect((d['ledger:page:0'] as unknown[]).length).toBe(LEDGER_PAGE_SIZE);
    expect(pagedEntries(d)).toEqual(LIST); // every entry, in order, unchanged
    expect(d.ledger).toBeUndefined();
    expect(d['quarantine:003']).toEqual([{ item: 'ledger', value: { id: 'broken' } }]);
    expect(d.settings).toEqual(V2_FIXTURE.settings);
    expect(d.ledgerNotice).toBeUndefined();
  });
  it('does nothing on a fresh install or an empty ledger beyond an empty index', async () => {
    const fresh = memoryArea({ stateVersion: 2 });
    await migration003.up(fresh);
    expect(fresh.data).toEqual({ stateVersion: 2 });
    const empty = memoryArea({ ledger: [] });
    await migration003.up(empty);
    expect(empty.data).toEqual({ 'ledger:index': { rev: 1, next: 0, pages: [] } });
  });
  it('quarantines a ledger that is not even an array, never drops it', async () => {
    const area = memoryArea({ ledger: '{"truncated' });
    await migration003.up(area);
    expect(area.data['quarantine:003']).toEqual([{ item: 'ledger', value: '{"truncated' }]);
    expect(area.data['ledger:index']).toEqual({ rev: 1, next: 0, pages: [] });
    expect(area.data.ledger).toBeUndefined();
  });
  it('B7.58 is idempotent', async () => {
    const area = memoryArea(V2_FIXTURE);
    await migration003.up(area);
    const once = structuredClone(area.data);
    await migration003.up(area);
    expect(area.data).toEqual(once);
  });
  it('B7.58 resumes after being killed between any two writes, with the same result', async () => {
    const reference = memoryArea(V2_FIXTURE);
    await migration003.up(reference);
    // 1 quarantine + 3 pages + index + remove = 6 writes: die after each of the first 5.
    for (let killAt = 0; killAt <= 5; killAt++) {
      const area = memoryArea(V2_FIXTURE);
      await expect(migration003.up(dyingArea(area, killAt))).rejects.toThrow('killed');
      if (killAt >= 1) expect(area.data.ledger).toEqual(V2_FIXTURE.ledger); // the old key goes last
      await migration003.up(area);
      expect(area.data).toEqual(reference.data);
    }
  });
  it('B7.57 when set rejects for quota, keeps the newest pages, drops the oldest and tells the user', async () => {
    const area = memoryArea({ ledger: LIST });
    const bytes = (d: Record<string, unknown>) => JSON.stringify(d).length;
    const limit = bytes(area.data) + bytes({ x: LIST.slice(0, 400) }); // room for ~400 more entries, not 600
    const full: KeyValueArea = { ...area, set: async (items) => (bytes({ ...area.data, ...items }) > limit ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : area.set(items)) };
    await migration003.up(full);
    expect(area.data['ledger:index']).toEqual({ rev: 1, next: 3, pages: [{ id: 1, count: 250 }, { id: 2, count: 100 }] });
    expect(pagedEntries(area.data)).toEqual(LIST.slice(250));
    expect(area.data['ledger:page:0']).toBeUndefined();
    expect(area.data.ledger).toBeUndefined();
    expect(area.data.ledgerNotice).toMatch(/the 250 oldest entries were removed/);
  });
  it('rethrows an error that is not about quota (nothing dropped)', async () => {
    const area = memoryArea({ ledger: LIST });
    const broken: KeyValueArea = { ...area, set: async () => Promise.reject(new Error('IO error')) };
    await expect(migration003.up(broken)).rejects.toThrow('IO error');
    expect(area.data).toEqual({ ledger: LIST });
  });
});

describe('runner: v1 → current', () => {
  it('B7.58 a v1 fixture reaches the current version intact through 002, 003 and 004; stateVersion written last', async () => {
    const area = memoryArea(V1_FIXTURE);
    expect(STATE_VERSION).toBe(4);
    expect(await runMigrations(area)).toEqual({ status: 'migrated', from: 1, to: 4 });
    const d = area.data as Record<string, any>;
    expect(d.stateVersion).toBe(4);
    expect(d.profiles.every((p: { mintingApps?: unknown }) => Array.isArray(p.mintingApps))).toBe(true);
    expect(d.ledger).toBeUndefined();
    expect(d['ledger:index']).toEqual({ rev: 1, next: 1, pages: [{ id: 0, count: 2 }] });
    const entries = pagedEntries(d);
    expect(entries.every(isLedgerEntry)).toBe(true);
    expect(entries[0]).toMatchObject({ id: 'l1', mode: 'client-credentials', scopes: ['read:users', 'read:clients'], iat: 1735700000, exp: 1735786400, jti: null, blacklist: { state: 'none' } });
    expect(entries[1]).toMatchObject({ id: 'l2', mode: 'hs256-legacy', exp: null, jti: 'aa'.repeat(16), blacklist: { state: 'blacklisted' } });
    expect(d['quarantine:002']).toEqual([{ item: 'profiles', id: 'broken', value: { name: 42 } }, { item: 'ledger', value: 'garbage' }]);
    expect(d['quarantine:003']).toBeUndefined(); // 002 already set the junk aside
    expect(d.profiles.map((p: { id: string }) => p.id)).toEqual(['p1', 'p2']);
    expect(d.vault).toEqual({ ...V1_FIXTURE.vault, mode: 'passphrase' });
    expect(d.settings).toEqual(V1_FIXTURE.settings);
  });
  it('B7.58 a run killed anywhere from v1 resumes to the same current store, and stateVersion never runs ahead', async () => {
    const reference = memoryArea(V1_FIXTURE);
    await runMigrations(reference);
    // 002: quarantine, vault, profiles, ledger + stateVersion; 003: page, index, remove + stateVersion;
    // 004: profiles + stateVersion = 11 writes.
    for (let killAt = 0; killAt < 11; killAt++) {
      const area = memoryArea(V1_FIXTURE);
      await expect(runMigrations(dyingArea(area, killAt))).rejects.toThrow('killed');
      expect(area.data.stateVersion).toBeLessThan(4); // written only after 004 completed
      await runMigrations(area);
      expect(area.data).toEqual(reference.data);
    }
    await expect(runMigrations(dyingArea(memoryArea(V1_FIXTURE), 11))).resolves.toMatchObject({ to: 4 }); // all counted
  });
  it('goes read-only on a newer stateVersion: the ledger is not touched', async () => {
    const area = memoryArea({ stateVersion: 5, ledger: LIST });
    expect((await runMigrations(area, MIGRATIONS)).status).toBe('read-only');
    expect(area.data).toEqual({ stateVersion: 5, ledger: LIST });
  });
});
