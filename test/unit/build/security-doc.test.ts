// docs/security.md names, for each of the 60 security cases (B1.1 … B7.60), its status and the tests that prove
// it (issue 13 item 11). This fails when a case is missing or doubled, names no test, names a file that does
// not exist, or names a test title that does not start a string literal in that file. Only B3.29, B4.34 and
// B4.38 may be "owned by issue 11".
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

const doc = readFileSync('docs/security.md', 'utf8');
const SECTIONS: [string, number, number][] = [
  ['B1', 1, 19],
  ['B2', 20, 27],
  ['B3', 28, 33],
  ['B4', 34, 42],
  ['B5', 43, 49],
  ['B6', 50, 55],
  ['B7', 56, 60],
];
const EXPECTED = SECTIONS.flatMap(([s, from, to]) => Array.from({ length: to - from + 1 }, (_, i) => `${s}.${from + i}`));
const OWNED_BY_ISSUE_11 = ['B3.29', 'B4.34', 'B4.38'];
const STATUSES = ['tested', 'partial', 'owned by issue 11'];

interface Row {
  id: string;
  status: string;
  proofs: { file: string; title: string }[];
  note: string;
}

function rows(): Row[] {
  return doc
    .split('\n')
    .filter((line) => /^\| B\d\.\d+ \|/.test(line))
    .map((line) => {
      const cells = line.split(' | ');
      const id = cells[0]!.replace(/^\|\s*/, '').trim();
      const status = (cells[2] ?? '').trim();
      const proofCell = cells[3] ?? '';
      const proofs = [...proofCell.matchAll(/`([^`\s]+\.(?:ts|tsx|mjs))` › `([^`]+)`/g)].map((m) => ({ file: m[1]!, title: m[2]! }));
      return { id, status, proofs, note: (cells[4] ?? '').replace(/\|\s*$/, '').trim() };
    });
}

const sources = new Map<string, string>();
const source = (file: string) => {
  if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8'));
  return sources.get(file)!;
};
/** The title starts a string literal (quote, double quote or backtick) in the file. */
const named = (file: string, title: string) => ["'", '"', '`'].some((q) => source(file).includes(q + title));

describe('docs/security.md (issue 13 item 11)', () => {
  it('lists each of the 60 cases exactly once, in order', () => {
    expect(rows().map((r) => r.id)).toEqual(EXPECTED);
  });
  it.each(EXPECTED)('%s has a known status and names at least one test that exists', (id) => {
    const row = rows().find((r) => r.id === id)!;
    expect(STATUSES, `${id}: status "${row.status}"`).toContain(row.status);
    if (row.status === 'owned by issue 11') expect(OWNED_BY_ISSUE_11, `${id} may not be left to issue 11`).toContain(id);
    if (row.status === 'partial') expect(row.note, `${id}: a partial case says what is missing`).not.toBe('');
    expect(row.proofs.length, `${id} names no test`).toBeGreaterThan(0);
    for (const { file, title } of row.proofs) {
      expect(existsSync(file), `${id}: ${file} does not exist`).toBe(true);
      expect(named(file, title), `${id}: no test titled "${title}" in ${file}`).toBe(true);
    }
  });
  it('detects a test title that does not exist', () => {
    expect(named('test/unit/shared/router.test.ts', 'refuses privileged messages from a tab')).toBe(true);
    expect(named('test/unit/shared/router.test.ts', 'a test nobody wrote')).toBe(false);
  });
});
