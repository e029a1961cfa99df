// Figures: gzipped size of the content script (≤ 15 KB) and of the popup with every chunk it can load
// (≤ 45 KB), from a fresh build (bench/build.ts). Runs in Node.
// What "the popup" counts: src/popup/index.html's <script> and <link rel=stylesheet>, then every chunk reachable
// through static `import … from "./x.js"` AND dynamic `import("./x.js")` (a lazy chunk is still bytes the popup
// can load), plus CSS files those chunks pull in via vite's preload list. Each file once, gzip level 9.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { round, type Figure } from '../harness';

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Files reachable from an HTML page of the build (paths relative to the dist root), in discovery order. */
export function pageClosure(dist: string, htmlPath: string): string[] {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = posix.dirname(file);
    // static `from"./x.js"`, bare `import"./x.js"`, dynamic `import("./x.js")`, and asset names in preload lists.
    // Rolldown writes dynamic imports with backticks (import(`./x.js`)): every quote kind counts.
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.(?:js|css))["'`]/g)) queue.push(posix.join(dir, m[1]!));
    for (const m of code.matchAll(/["'`](assets\/[^"'`]+\.(?:js|css))["'`]/g)) queue.push(m[1]!);
  }
  return [...seen];
}

export function sizeFigures(dist: string): Figure[] {
  const content = gz(join(dist, 'src/content/index.js')) / 1024;
  const popupFiles = pageClosure(dist, 'src/popup/index.html');
  const perFile = popupFiles.map((f) => [f, gz(join(dist, f))] as const).sort((a, b) => b[1] - a[1]);
  const popup = perFile.reduce((s, [, n]) => s + n, 0) / 1024;
  return [
    { name: 'content script, gzipped', ours: round(content), reference: null, ratio: null, budget: '≤ 15 KB', unit: 'KB', pass: content <= 15 },
    {
      name: 'popup + every chunk it can load, gzipped',
      ours: round(popup),
      reference: null,
      ratio: null,
      budget: '≤ 45 KB',
      unit: 'KB',
      pass: popup <= 45,
      note: `counted: ${perFile.map(([f, n]) => `${posix.basename(f).replace(/-[\w-]{8}\./, '.')} ${(n / 1024).toFixed(1)}`).join(', ')}`,
    },
  ];
}
