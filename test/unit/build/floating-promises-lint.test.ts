// Lint rejects a promise nobody handles in shipped code (issue #16: `no-floating-promises`, type-aware, src only).
// Lints new text under the path of a real src file (the TypeScript project service needs a file it knows) with the
// repository's own config.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
async function ruleIds(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId);
}
const head = 'export async function save(): Promise<void> {}\n';

describe('no floating promises in src (issue #16)', () => {
  it.each(['src/lib/ids.ts', 'src/background/router.ts', 'src/ui/hooks.ts'])('%s: an unhandled promise is a lint error; `void` or await is not', async (file) => {
    expect(await ruleIds(file, `${head}export function f(): void {\n  save();\n}\n`)).toContain('@typescript-eslint/no-floating-promises');
    expect(await ruleIds(file, `${head}export function f(): void {\n  void save();\n}\nexport async function g(): Promise<void> {\n  await save();\n}\n`)).toEqual([]);
  }, 60_000);
});
