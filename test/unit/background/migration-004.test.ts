// Migration 004 (issue #11): profiles get `mintingApps: []`; idempotent, keeps what is there, leaves junk alone,
// and a v3 store reaches v4 through the runner.
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../src/background/migrations';
import { migration004 } from '../../../src/background/migrations/004-minting-apps';
import { memoryArea } from './fixtures';

const P1 = { id: 'p1', label: 'Demo', domain: 'demo.us.auth0.com', environment: 'development', hs256: { customApi: null, legacy: null }, hasSecret: { client: true, customApi: false, legacy: false }, createdAt: 1, updatedAt: 1 };
const APP = { audience: 'https://demo.us.auth0.com/api/v2/', clientId: 'app1', grantId: 'cgr_1', name: 'm', created: true, hasSecret: true, setupAt: 2 };

describe('migration 004: minting apps', () => {
  it('adds an empty list to each profile and keeps an existing one', async () => {
    const area = memoryArea({ profiles: [P1, { ...P1, id: 'p2', mintingApps: [APP] }] });
    await migration004.up(area);
    expect(area.data.profiles).toEqual([{ ...P1, mintingApps: [] }, { ...P1, id: 'p2', mintingApps: [APP] }]);
  });
  it('is idempotent and leaves non-profiles and a missing item alone', async () => {
    const area = memoryArea({ profiles: [P1, 'junk', null] });
    await migration004.up(area);
    const once = structuredClone(area.data);
    await migration004.up(area);
    expect(area.data).toEqual(once);
    expect((area.data.profiles as unknown[]).slice(1)).toEqual(['junk', null]);
    const empty = memoryArea({});
    await migration004.up(empty);
    expect(empty.data).toEqual({});
  });
  it('B7.58 a v3 store reaches v4; a v5 store is read-only and untouched', async () => {
    const area = memoryArea({ stateVersion: 3, profiles: [P1] });
    expect(await runMigrations(area)).toEqual({ status: 'migrated', from: 3, to: 4 });
    expect(area.data).toMatchObject({ stateVersion: 4, profiles: [{ ...P1, mintingApps: [] }] });
    const newer = memoryArea({ stateVersion: 5, profiles: [P1] });
    expect(await runMigrations(newer)).toEqual({ status: 'read-only', from: 5, to: 4 });
    expect(newer.data.profiles).toEqual([P1]);
  });
});
