// Runs the numbered migrations in order on install, update and every worker start (SECURITY B7.58): the data
// reaches STATE_VERSION, `stateVersion` is written after each step (so a killed run resumes), a newer
// stateVersion (a downgrade) puts the extension in read-only mode and never wipes. Runs in the background.
import { ITEMS, STATE_VERSION } from '../../shared/storage-schema';
import { migration001 } from './001-initial-settings';
import { migration002 } from './002-profiles-and-ledger';
import { migration003 } from './003-ledger-pages';
import { migration004 } from './004-minting-apps';
import type { KeyValueArea, Migration } from './types';

export const MIGRATIONS: Migration[] = [migration001, migration002, migration003, migration004];

export type MigrationOutcome = { status: 'current' | 'migrated'; from: number; to: number } | { status: 'read-only'; from: number; to: number };

export async function runMigrations(local: KeyValueArea, migrations: Migration[] = MIGRATIONS, latest = STATE_VERSION): Promise<MigrationOutcome> {
  const got = await local.get([ITEMS.stateVersion.key]);
  const raw = got[ITEMS.stateVersion.key];
  const from = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
  if (from > latest) return { status: 'read-only', from, to: latest };
  if (from === latest) return { status: 'current', from, to: latest };
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= from || m.version > latest) continue;
    await m.up(local);
    await local.set({ [ITEMS.stateVersion.key]: m.version });
  }
  return { status: 'migrated', from, to: latest };
}
