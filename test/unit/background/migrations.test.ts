// Numbered migrations (SECURITY B7.58): each migration tested on fixtures; the runner's resume, idempotence and
// downgrade rules.
import { describe, expect, it } from 'vitest';
import { runMigrations, MIGRATIONS } from '../../../src/background/migrations';
import { migration001 } from '../../../src/background/migrations/001-initial-settings';
import type { Migration } from '../../../src/background/migrations/types';
import { STATE_VERSION } from '../../../src/shared/storage-schema';
import { memoryArea } from './fixtures';

describe('migration 001: initial settings', () => {
  it('writes defaults on a fresh install', async () => {
    const area = memoryArea();
    await migration001.up(area);
    expect(area.data.settings).toEqual({ theme: 'system', leewaySeconds: 60, autoLockMinutes: 15 });
  });
  it('keeps valid user choices and drops invalid ones', async () => {
    const area = memoryArea({ settings: { theme: 'dark', leewaySeconds: -5, autoLockMinutes: 30, junk: true } });
    await migration001.up(area);
    expect(area.data.settings).toEqual({ theme: 'dark', leewaySeconds: 60, autoLockMinutes: 30 });
  });
  it('is idempotent', async () => {
    const area = memoryArea({ settings: { theme: 'light' } });
    await migration001.up(area);
    const once = structuredClone(area.data);
    await migration001.up(area);
    expect(area.data).toEqual(once);
  });
});

describe('runMigrations', () => {
  it('brings a fresh store to the current version and writes stateVersion', async () => {
    const area = memoryArea();
    expect(await runMigrations(area)).toEqual({ status: 'migrated', from: 0, to: STATE_VERSION });
    expect(area.data.stateVersion).toBe(STATE_VERSION);
  });
  it('does nothing when current', async () => {
    const area = memoryArea({ stateVersion: STATE_VERSION, settings: { theme: 'dark' } });
    expect((await runMigrations(area)).status).toBe('current');
    expect(area.data.settings).toEqual({ theme: 'dark' });
  });
  it('goes read-only on a newer stateVersion and wipes nothing', async () => {
    const area = memoryArea({ stateVersion: 99, settings: { theme: 'dark' }, ledger: [1, 2] });
    expect((await runMigrations(area)).status).toBe('read-only');
    expect(area.data).toEqual({ stateVersion: 99, settings: { theme: 'dark' }, ledger: [1, 2] });
  });
  it('resumes after a run killed midway', async () => {
    const calls: number[] = [];
    const m = (version: number, fail = false): Migration => ({
      version,
      name: `m${version}`,
      async up() {
        calls.push(version);
        if (fail) throw new Error('killed');
      },
    });
    const area = memoryArea();
    await expect(runMigrations(area, [m(1), m(2, true)], 2)).rejects.toThrow('killed');
    expect(area.data.stateVersion).toBe(1);
    await runMigrations(area, [m(1), m(2)], 2);
    expect(calls).toEqual([1, 2, 2]);
    expect(area.data.stateVersion).toBe(2);
  });
  it('has migrations numbered 1..STATE_VERSION without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: STATE_VERSION }, (_, i) => i + 1));
  });
});
