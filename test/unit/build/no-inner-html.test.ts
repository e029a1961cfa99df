// The build plugin that takes preact's dangerouslySetInnerHTML path out of the bundle (issue 14: web-ext lint
// 0 warnings): on the preact that is installed it leaves no innerHTML assignment and a throw in its place;
// on code of another shape it fails the build instead of passing it through.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { noInnerHtml, stripInnerHtml } from '../../../scripts/no-inner-html';

const preactFile = createRequire(import.meta.url).resolve('preact').replace(/preact\.js$/, 'preact.mjs');
const preact = readFileSync(preactFile, 'utf8');

describe('no-inner-html build plugin', () => {
  it("removes preact's innerHTML assignment and throws in its place", () => {
    expect(preact).toMatch(/\.innerHTML=\w+\.__html/);
    const out = stripInnerHtml(preact);
    expect(out).not.toMatch(/\.innerHTML\s*=(?!=)/);
    expect(out).toContain('dangerouslySetInnerHTML is disabled');
    expect(out.length).toBeGreaterThan(preact.length - 100); // nothing else went
  });
  it('fails when the shape is not found, instead of letting the assignment through', () => {
    expect(() => stripInnerHtml('el.innerHTML = x.__html')).toThrow(/found 0/);
    expect(() => stripInnerHtml('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/);
  });
  it("transforms preact's module only", () => {
    const transform = noInnerHtml().transform as (code: string, id: string) => { code: string } | null;
    expect(transform(preact, preactFile)?.code).toContain('dangerouslySetInnerHTML is disabled');
    expect(transform('x.innerHTML=y.__html', '/repo/src/popup/App.tsx')).toBeNull();
  });
});
