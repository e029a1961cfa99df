// Migration 002 (SECURITY B7.58): a v1 store with a profile map, a vault without `mode` and ledger entries
// without blacklist state reaches v2 intact; idempotent; resumable; junk is quarantined, never dropped.
import { describe, expect, it } from 'vitest';
import { migration002 } from '../../../src/background/migrations/002-profiles-and-ledger';
import { MIGRATIONS, runMigrations } from '../../../src/background/migrations';
import { isLedgerEntry } from '../../../src/lib/mint/ledger';
import type { KeyValueArea } from '../../../src/background/migrations/types';
import { memoryArea, V1_FIXTURE } from './fixtures';

describe('migration 002: profiles and ledger', () => {
  it('B7.58 upgrades the v1 fixture intact', async () => {
    const area = memoryArea(V1_FIXTURE);
    await migration002.up(area);
    const d = area.data as Record<string, any>;
    expect(d.profiles).toHaveLength(2);
    expect(d.profiles[0]).toEqual({
      id: 'p1', label: 'Demo prod', domain: 'demo.us.auth0.com', customDomain: 'login.demo.test', environment: 'production', clientId: 'm2mGrantedDemoClient0000000000001',
      hs256: { customApi: null, legacy: { globalClientId: 'GlobalDemoClientId00000000000005', secretEncoding: 'base64url' } },
      hasSecret: { client: true, customApi: false, legacy: true }, createdAt: Date.parse('2025-01-02T03:04:05.000Z'), updatedAt: Date.parse('2025-01-02T03:04:05.000Z'),
    });
    expect(d.profiles[1]).toMatchObject({ id: 'p2', environment: 'development', hs256: { customApi: { audience: 'urn:demo:billing', secretEncoding: 'utf8' }, legacy: null }, hasSecret: { client: false, customApi: false, legacy: false } });
    expect(d.vault).toEqual({ ...V1_FIXTURE.vault, mode: 'passphrase' }); // ciphertext untouched
    expect(d.ledger).toHaveLength(2);
    expect(d.ledger.every(isLedgerEntry)).toBe(true);
    expect(d.ledger[0]).toMatchObject({ id: 'l1', mode: 'client-credentials', scopes: ['read:users', 'read:clients'], iat: 1735700000, exp: 1735786400, jti: null, blacklist: { state: 'none' } });
    expect(d.ledger[1]).toMatchObject({ id: 'l2', mode: 'hs256-legacy', exp: null, jti: 'aa'.repeat(16), blacklist: { state: 'blacklisted' } });
    expect(d['quarantine:002']).toEqual([{ item: 'profiles', id: 'broken', value: { name: 42 } }, { item: 'ledger', value: 'garbage' }]);
    expect(d.settings).toEqual(V1_FIXTURE.settings);
  });
  it('B7.58 is idempotent', async () => {
    const area = memoryArea(V1_FIXTURE);
    await migration002.up(area);
    const once = structuredClone(area.data);
    await migration002.up(area);
    expect(area.data).toEqual(once);
  });
  it('B7.58 resumes after being killed between writes, with the same result', async () => {
    const reference = memoryArea(V1_FIXTURE);
    await migration002.up(reference);
    for (let killAt = 1; killAt <= 3; killAt++) {
      const area = memoryArea(V1_FIXTURE);
      let writes = 0;
      const dying: KeyValueArea = {
        get: (k) => area.get(k),
        remove: (k) => area.remove(k),
        async set(items) {
          if (++writes > killAt) throw new Error('killed');
          await area.set(items);
        },
      };
      await expect(migration002.up(dying)).rejects.toThrow('killed');
      await migration002.up(area);
      expect(area.data).toEqual(reference.data);
    }
  });
  it('runs through the runner from v1 to v2 and leaves a fresh store valid', async () => {
    const area = memoryArea(V1_FIXTURE);
    expect(await runMigrations(area, MIGRATIONS, 2)).toMatchObject({ status: 'migrated', from: 1, to: 2 }); // v3: migration-003.test.ts
    expect(area.data.stateVersion).toBe(2);
    const fresh = memoryArea();
    await runMigrations(fresh, MIGRATIONS, 2);
    expect(fresh.data.stateVersion).toBe(2);
    expect(fresh.data.profiles).toBeUndefined(); // defaults come from the schema
  });
});
