// @vitest-environment node
// The structure of src/ (issue #16): no import cycle anywhere (type-only imports included), and src/lib imports
// nothing outside src/lib. The per-context zones are in eslint.config.js; this test also proves the cycle check
// can fail, on a small graph with a cycle.
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../../scripts/import-graph';
import { resolve } from 'node:path';

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
