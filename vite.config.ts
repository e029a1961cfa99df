// Build of the extension for one browser at a time (TARGET=chrome|firefox, see scripts/build.mjs): crxjs bundles
// the pages, the background and the content script from the one manifest.json, adapted by manifestFor().
// The content script is a standalone IIFE (no loader, no chunks), so web_accessible_resources stays empty
// (SECURITY B4.40).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { manifestFor, type Browser, type Manifest } from './scripts/manifest-transform.ts';

const target = (process.env.TARGET ?? 'chrome') as Browser;
const source = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [
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
      input: { inspector: 'src/inspector/index.html' },
    },
  },
});
