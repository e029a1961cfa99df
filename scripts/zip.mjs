// `npm run zip` (Node, after the build): store-ready archives dist/token-workbench-<browser>-<version>.zip for
// Chrome Web Store and AMO, made with fflate. Deterministic: entries sorted, one fixed timestamp, no
// directory entries, so the same dist/ always gives byte-identical zips. manifest.json sits at the root.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { ROOT } from './browsers.mjs';

// Built from local components: fflate writes DOS times from local getters, so this reads 2000-01-01 00:00
// in every time zone.
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);
const IGNORED = new Set(['.DS_Store', 'Thumbs.db', '.vite']);

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (IGNORED.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

for (const browser of ['chrome', 'firefox']) {
  const dist = join(ROOT, 'dist', browser);
  if (!existsSync(join(dist, 'manifest.json'))) {
    console.error(`zip: dist/${browser}/manifest.json missing: run \`npm run build\` first`);
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const entries = files(dist)
    .map((path) => relative(dist, path).split(sep).join('/')) // zip paths use '/' everywhere
    .sort();
  const tree = {};
  for (const name of entries) tree[name] = [readFileSync(join(dist, name)), { mtime: FIXED_MTIME, level: 9 }];
  const zip = zipSync(tree);
  const out = join(ROOT, 'dist', `token-workbench-${browser}-${version}.zip`);
  writeFileSync(out, zip);
  const sha = createHash('sha256').update(zip).digest('hex').slice(0, 16);
  console.log(`${relative(ROOT, out)}: ${entries.length} files, ${(zip.length / 1024).toFixed(1)} KiB, sha256 ${sha}…`);
}
