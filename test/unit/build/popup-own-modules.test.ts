// The build plugin that gives the popup its own copy of every module (issue #16 item 6): ids imported from the
// popup are marked `?popup` (so the shared chunks keep serving the other pages), vite's preload helper too, and
// the popup's copy of webextension-polyfill becomes an ES module that still hands out the `browser` API.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { isPopupModule, polyfillAsEsm, popupOwnModules } from '../../../scripts/popup-own-modules';
import { noInnerHtml } from '../../../scripts/no-inner-html';

const ROOT = resolve(import.meta.dirname, '../../..');
type Resolved = { id: string; external?: boolean } | null;
type ResolveId = (this: { resolve: (s: string, i: string) => Promise<Resolved> }, source: string, importer: string | undefined, options: object) => Promise<Resolved>;
const resolveId = popupOwnModules().resolveId as unknown as ResolveId;
const ctx = (answer: Resolved) => ({ resolve: async () => answer });

describe('popup-own-modules build plugin', () => {
  it('knows the popup graph: files under src/popup and copies made for it', () => {
    expect(isPopupModule('/repo/src/popup/PopupApp.tsx')).toBe(true);
    expect(isPopupModule('/repo/src/ui/hooks.ts?popup')).toBe(true);
    expect(isPopupModule('/repo/src/ui/theme.css?direct&popup')).toBe(true);
    expect(isPopupModule('/repo/src/ui/hooks.ts')).toBe(false);
    expect(isPopupModule('/repo/src/inspector/main.tsx')).toBe(false);
    expect(isPopupModule('/repo/src/ui/popupish.ts')).toBe(false);
  });
  it('marks what the popup imports, and nothing another page imports', async () => {
    const hooks = { id: '/repo/src/ui/hooks.ts' };
    expect(await resolveId.call(ctx(hooks), '../ui/hooks', '/repo/src/popup/PopupApp.tsx', {})).toEqual({ id: '/repo/src/ui/hooks.ts?popup' });
    expect(await resolveId.call(ctx({ id: '/repo/src/lib/jwt/index.ts' }), '../lib/jwt', '/repo/src/ui/hooks.ts?popup', {})).toEqual({ id: '/repo/src/lib/jwt/index.ts?popup' });
    expect(await resolveId.call(ctx({ id: '/repo/src/x.css?inline' }), './x.css?inline', '/repo/src/popup/main.tsx', {})).toEqual({ id: '/repo/src/x.css?inline&popup' });
    expect(await resolveId.call(ctx(hooks), '../ui/hooks', '/repo/src/inspector/InspectorApp.tsx', {})).toBeNull();
    expect(await resolveId.call(ctx(hooks), '../ui/hooks', undefined, {})).toBeNull();
    // Already the popup's own, external, or another plugin's virtual module: left as resolved.
    expect(await resolveId.call(ctx({ id: '/repo/src/popup/Tabs.tsx' }), './Tabs', '/repo/src/popup/PopupApp.tsx', {})).toEqual({ id: '/repo/src/popup/Tabs.tsx' });
    expect(await resolveId.call(ctx({ id: 'https://x/y.js', external: true }), 'https://x/y.js', '/repo/src/popup/main.tsx', {})).toEqual({ id: 'https://x/y.js', external: true });
    expect(await resolveId.call(ctx({ id: '\0virtual' }), 'virtual', '/repo/src/popup/main.tsx', {})).toEqual({ id: '\0virtual' });
    // vite's preload helper gets a popup copy too (it would otherwise be a shared chunk of its own).
    expect(await resolveId.call(ctx(null), '\0vite/preload-helper.js', '/repo/src/ui/inspect/DecodedView.tsx?popup', {})).toBe('\0vite/preload-helper.js?popup');
  });
  it("turns webextension-polyfill into an ES module that exports the browser's API", async () => {
    const file = createRequire(import.meta.url).resolve('webextension-polyfill');
    const esm = polyfillAsEsm(readFileSync(file, 'utf8'));
    expect(esm).not.toContain('sourceMappingURL');
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.tmp', 'polyfill-')); // inside the root: vitest loads it as a module
    const g = globalThis as { chrome?: unknown; browser?: unknown };
    const load = async (name: string) => {
      writeFileSync(join(dir, name), esm);
      return ((await import(/* @vite-ignore */ join(dir, name))) as { default: { runtime: { id: string } } }).default;
    };
    try {
      // Firefox: the native `browser` namespace as it is.
      const api = { runtime: { id: 'test-extension' } };
      g.chrome = api;
      g.browser = api;
      expect(await load('firefox.mjs')).toBe(api);
      // Chrome: the polyfill's promise wrapper around `chrome`.
      delete g.browser;
      const wrapped = await load('chrome.mjs');
      expect(wrapped).not.toBe(api);
      expect(wrapped.runtime.id).toBe('test-extension');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => polyfillAsEsm('module.exports = {}')).toThrow(/no longer the UMD build/);
  });
  it("strips preact's innerHTML from the popup's copy of preact as well", () => {
    const file = createRequire(import.meta.url).resolve('preact').replace(/preact\.js$/, 'preact.mjs');
    const transform = noInnerHtml().transform as (code: string, id: string) => { code: string } | null;
    expect(transform(readFileSync(file, 'utf8'), `${file}?popup`)?.code).toContain('dangerouslySetInnerHTML is disabled');
  });
});

afterEach(() => {
  const g = globalThis as { chrome?: unknown; browser?: unknown };
  delete g.chrome;
  delete g.browser;
});
