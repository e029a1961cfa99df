// Every storage key is declared (issue #16): a single item of ITEMS or a member of one of FAMILIES
// (`ledger:page:<id>`, `handoff:<id>`, `quarantine:<where>`), and no declaration overlaps another. The migrations
// keep their own key literals (so a later rename cannot change them), so this checks that what they write, junk
// quarantined included, still lands on declared keys.
import { describe, expect, it } from 'vitest';
import { FAMILIES, ITEMS, STATE_VERSION, type Area } from '../../../src/shared/storage-schema';
import { MIGRATIONS, runMigrations } from '../../../src/background/migrations';
import { memoryArea, V1_FIXTURE } from './fixtures';

const items = Object.values(ITEMS);
const families = Object.values(FAMILIES);
const declared = (area: Area, key: string) => items.some((i) => i.area === area && i.key === key) || families.some((f) => f.area === area && f.idOf(key) !== null);
const undeclared = (area: Area, data: Record<string, unknown>) => Object.keys(data).filter((k) => !declared(area, k));

describe('declared storage keys', () => {
  it('no two declarations share a key, and no item key falls inside a family', () => {
    const keys = items.map((i) => `${i.area}:${i.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(items.filter((i) => families.some((f) => f.area === i.area && f.idOf(i.key) !== null)).map((i) => i.key)).toEqual([]);
    expect(families.filter((f) => families.some((g) => g !== f && g.area === f.area && (f.prefix.startsWith(g.prefix) || g.prefix.startsWith(f.prefix))))).toEqual([]);
  });

  it('a family member is its prefix and its id, and only such keys belong to it', () => {
    expect(FAMILIES.ledgerPages.member(3)).toEqual({ area: 'local', key: 'ledger:page:3', default: [], since: 3 });
    expect(FAMILIES.quarantine.member('002').key).toBe('quarantine:002');
    expect(FAMILIES.handoffs.member('abc')).toMatchObject({ area: 'session', key: 'handoff:abc' });
    expect(FAMILIES.ledgerPages.idOf('ledger:page:12')).toBe('12');
    expect(FAMILIES.ledgerPages.idOf('ledger:index')).toBeNull();
    expect(FAMILIES.quarantine.idOf('ledger:page:1')).toBeNull();
  });

  it('the granted-scope memory is declared in session (scope names only; never on disk)', () => {
    expect(ITEMS.grantedScopes).toEqual({ area: 'session', key: 'grantedScopes', default: {}, since: 4 });
  });

  it('the migrations write only declared keys: a v1 store with junk reaches the current version', async () => {
    const area = memoryArea({ ...V1_FIXTURE, 'quarantine:002': [{ item: 'ledger', value: 'from an earlier run' }] });
    expect(await runMigrations(area)).toMatchObject({ status: 'migrated', to: STATE_VERSION });
    expect(undeclared('local', area.data)).toEqual([]);
    expect(Object.keys(area.data).filter((k) => FAMILIES.quarantine.idOf(k) !== null)).toEqual(['quarantine:002']);
    expect(Object.keys(area.data).filter((k) => FAMILIES.ledgerPages.idOf(k) !== null)).toEqual(['ledger:page:0']);
  });

  it('migration 003 quarantines a v2 ledger it cannot read under a declared key', async () => {
    const area = memoryArea({ stateVersion: 2, ledger: '{"truncated' });
    await runMigrations(area, MIGRATIONS);
    expect(area.data['quarantine:003']).toEqual([{ item: 'ledger', value: '{"truncated' }]);
    expect(undeclared('local', area.data)).toEqual([]);
  });
});
