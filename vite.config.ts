// Build of the extension for one browser at a time (TARGET=chrome|firefox, see scripts/build.mjs): crxjs bundles
// the pages, the background and the content script from the one manifest.json, adapted by manifestFor().
// The content script is a standalone IIFE (no loader, no chunks), so web_accessible_resources stays empty
// (SECURITY B4.40).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { manifestFor, type Browser, type Manifest } from './scripts/manifest-transform.ts';
import { noInnerHtml } from './scripts/no-inner-html.ts';
import { isPopupModule, popupOwnModules } from './scripts/popup-own-modules.ts';

const target = (process.env.TARGET ?? 'chrome') as Browser;
const source = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [
    noInnerHtml(), // web-ext lint: 0 warnings (preact's unused dangerouslySetInnerHTML path, issue 14)
    popupOwnModules(), // the popup: one script of its own, no shared chunk to wait for (issue #16 item 6)
    preact(),
    crx({
      manifest: manifestFor(source, target, pkg.version) as never,
      browser: target,
      contentScripts: { standaloneFiles: ['src/content/index.ts'], injectCss: false },
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: target === 'chrome' ? 'chrome116' : 'firefox140',
    sourcemap: false,
    // <link rel=modulepreload> for every chunk a page needs, so the browser fetches them in parallel instead of
    // discovering them import by import (the popup spent ~100 ms in a 3-level chain, issue #7). No polyfill:
    // Chrome 116+ and Firefox 115+ support modulepreload, and the polyfill would be an extra script.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The offscreen document (Chrome only) clears the clipboard for the worker (issue 13 item 3).
      input: { inspector: 'src/inspector/index.html', ...(target === 'chrome' ? { offscreen: 'src/offscreen/index.html' } : {}) },
      // Issue #7: two shared chunks instead of seven (each extension resource is its own round trip through the
      // browser process; the trace showed ~20 ms idle between the HTML parse and the last module). `core` is what
      // the background shares with the pages (it imports all of it anyway); `ui` is preact and src/ui, shared by
      // the inspector and options. Only modules used by 2+ entries are grouped, so entry-only code stays in its
      // entry. The popup's own copies (scripts/popup-own-modules.ts) are in neither: the popup fetches 1 script +
      // 1 stylesheet, and its later panels as one lazy chunk after the first paint (issue #16 item 6).
      output: {
        codeSplitting: {
          groups: [
            { name: 'core', test: (id) => !isPopupModule(id) && /[\\/]src[\\/](lib|shared)[\\/]|webextension-polyfill|rolldown[\\/]runtime/.test(id), minShareCount: 2, priority: 2 },
            { name: 'ui', test: (id) => !isPopupModule(id) && /[\\/]src[\\/]ui[\\/]|node_modules[\\/]preact/.test(id), minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
