// @vitest-environment node
// The structure of src/ (issue #16): no import cycle anywhere (type-only imports included), src/lib imports
// nothing outside src/lib, and each numbered migration imports ./types only (frozen: its own copies of the keys,
// shapes and checks of its version, so a later change to live code cannot change an old migration). The
// per-context zones are in eslint.config.js; this test also proves the cycle and import checks can fail.
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, importSpecifiers } from '../../../scripts/import-graph';
import { MIGRATIONS } from '../../../src/background/migrations';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('import graph of src/', () => {
  const graph = importGraph(ROOT);
  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/background/index.ts')).toContain('src/background/router.ts');
  });
  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });
  it('finds a cycle when there is one', () => {
    const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });
  it('keeps src/lib pure: it imports only src/lib', () => {
    const upward = [...graph].flatMap(([from, to]) => (from.startsWith('src/lib/') ? to.filter((t) => !t.startsWith('src/lib/')).map((t) => `${from} → ${t}`) : []));
    expect(upward).toEqual([]);
  });
});

describe('numbered migrations are frozen (issue #16)', () => {
  const dir = join(ROOT, 'src/background/migrations');
  const steps = readdirSync(dir).filter((f) => /^\d{3}-.+\.ts$/.test(f));
  const ALLOWED = ['./types'];
  it('finds every step of the runner', () => {
    expect(steps).toHaveLength(MIGRATIONS.length);
    expect(steps).toContain('002-profiles-and-ledger.ts');
  });
  it.each(steps)('%s imports ./types only', (file) => {
    expect(importSpecifiers(readFileSync(join(dir, file), 'utf8')).filter((s) => !ALLOWED.includes(s))).toEqual([]);
  });
  it('reads every kind of import, so a live import cannot slip through', () => {
    const text = [
      "import type { Migration } from './types';",
      "import { isLedgerEntry } from '../../lib/mint/ledger';",
      "import {\n  MINT_ITEMS,\n  ledgerPageKey,\n} from '../../shared/storage-items/mint';",
      "export { x } from './other';",
      "import './side-effect';",
      "const m = await import('../../shared/storage-schema');",
      "import { decodeJwt } from 'jose';",
    ].join('\n');
    const expected = ['./types', '../../lib/mint/ledger', '../../shared/storage-items/mint', './other', './side-effect', '../../shared/storage-schema', 'jose'];
    expect(importSpecifiers(text).sort()).toEqual(expected.sort());
  });
});
