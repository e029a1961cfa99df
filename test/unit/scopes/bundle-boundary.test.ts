// The content script imports scope-syntax.ts and scope-names.ts; neither may pull in catalog.json
// (276 scopes + 452 endpoints) or anything that does. Checked statically on the source text.
// (vitest runs from the repo root; import.meta.url is not a file: URL under happy-dom.)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(process.cwd(), 'src/lib');
const read = (rel: string) => readFileSync(join(LIB, rel), 'utf8');
const imports = (text: string) => [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);

describe('content-script boundary', () => {
  it('scope-syntax.ts imports nothing', () => {
    expect(imports(read('scopes/scope-syntax.ts'))).toEqual([]);
  });
  it('scope-names.ts imports only scope-names.json', () => {
    expect(imports(read('scopes/scope-names.ts'))).toEqual(['./scope-names.json']);
  });
  it('no extension API, DOM global, clock or direct fetch in src/lib/{scopes,verify,domain}', () => {
    let checked = 0;
    for (const dir of ['scopes', 'verify', 'domain']) {
      for (const f of readdirSync(join(LIB, dir)).filter((n) => n.endsWith('.ts'))) {
        const text = read(`${dir}/${f}`).replace(/^\s*\/\/.*$/gm, '');
        expect(text, `${dir}/${f}`).not.toMatch(/\b(chrome|browser)\.\w|\bdocument\.|\bwindow\.|\blocalStorage\b|\bDate\.now\(|(?<![.\w])fetch\(/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(18);
  });
});
