// Vite plugin (build time, Node): the popup gets its own copy of every module it imports, so its entry chunk is
// self-contained: one script, no shared chunk to fetch first (issue #16 item 6). Each extension resource is a
// round trip through the browser process, and on a busy machine the popup-open figure (bench/browser/popup.ts)
// was mostly those waits: 3 scripts + 1 stylesheet, 150 KB, of which the popup used 125 KB.
// A module id imported from the popup gets a `?popup` suffix, which makes it a different module for the
// bundler: the shared `core`/`ui` chunks (vite.config.ts) keep serving the other pages and the background
// unchanged, and tree-shaking keeps only what the popup uses. The popup's lazy chunks import from its entry.
// Two shared helpers would still pull in a chunk of their own, so the popup gets its own of those too:
// - vite's preload helper (`__vitePreload`, wrapped around every dynamic `import()`): same code, popup id;
// - rolldown's runtime, which the CommonJS/UMD webextension-polyfill needs (`__commonJS`): the popup's copy of
//   the polyfill is wrapped as an ES module instead (its UMD header takes the `module` branch), so the popup
//   needs no runtime. Other contexts keep the polyfill as it is.
import type { Plugin } from 'vite';

const MARK = 'popup';
const MARKED = new RegExp(`[?&]${MARK}(?:&|$)`);
const POPUP_DIR = /[\\/]src[\\/]popup[\\/]/;
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const POLYFILL = /[\\/]node_modules[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js\?/;

/** True for a module of the popup's own graph: a file under src/popup, or a copy made for it. */
export const isPopupModule = (id: string): boolean => POPUP_DIR.test(id) || MARKED.test(id);

const mark = (id: string): string => `${id}${id.includes('?') ? '&' : '?'}${MARK}`;

/** The UMD polyfill as an ES module: `module`/`exports` are its own, its export is the default export. */
export function polyfillAsEsm(code: string): string {
  if (!code.includes('typeof exports !== "undefined"') || !code.includes('factory(module)')) {
    throw new Error('popup-own-modules: webextension-polyfill is no longer the UMD build this plugin wraps');
  }
  // Its source map comment goes: the wrapper's first line would shift every mapping.
  const body = code.replace(/^\/\/# sourceMappingURL=.*$/m, '');
  return `var module = { exports: {} }, exports = module.exports;\n${body}\nexport default module.exports;\n`;
}

export function popupOwnModules(): Plugin {
  return {
    name: 'token-workbench:popup-own-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !isPopupModule(importer)) return null;
      if (source === PRELOAD_HELPER) return mark(PRELOAD_HELPER);
      if (source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith('\0') || isPopupModule(resolved.id)) return resolved;
      return { ...resolved, id: mark(resolved.id) };
    },
    async load(id) {
      if (id !== mark(PRELOAD_HELPER)) return null;
      const helper = await this.load({ id: PRELOAD_HELPER });
      if (!helper.code) throw new Error('popup-own-modules: no code for vite\'s preload helper');
      return helper.code;
    },
    transform(code, id) {
      return POLYFILL.test(id) && MARKED.test(id) ? { code: polyfillAsEsm(code), map: null } : null;
    },
    // src/ui/copy.ts imports the messaging module on first copy; the popup has it in its one script anyway, so
    // the bundler's "dynamic import will not move module into another chunk" is expected there.
    onLog(_level, log) {
      if (log.message.includes('INEFFECTIVE_DYNAMIC_IMPORT') && /\S+\?popup is dynamically imported by /.test(log.message)) return false;
    },
  };
}
