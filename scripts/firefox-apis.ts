// Which WebExtension APIs the product calls, and since which Firefox version each exists (Node, no browser):
// used by test/unit/build/firefox-apis.test.ts and by the Firefox lane's check on the built manifest, so that
// `strict_min_version` can never promise a Firefox that lacks an API we call (issue 14, AMO readiness).
//
// The scan reads src/ for `ext.<namespace>.<member>` (src/shared/browser.ts is the only module that imports
// `browser`, and exports it as `ext`); `ext.storage[area]` counts as every area of the `Area` type in
// src/shared/storage-item.ts. A new API that is not in the table below fails the test until it is added.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * First Firefox desktop version of each API, from MDN browser-compat-data 8.1.0 (the package web-ext's linter
 * ships; `webextensions.api.<ns>.<member>.__compat.support.firefox.version_added`; `contextMenus.*` is the
 * `alternative_name` entry under `menus.*`). The unit test re-reads BCD and fails if an entry disagrees.
 */
export const FIREFOX_API_SINCE: Record<string, number> = {
  'action.setBadgeBackgroundColor': 109,
  'action.setBadgeText': 109,
  'alarms.clear': 45,
  'alarms.create': 45,
  'alarms.onAlarm': 45,
  'contextMenus.create': 48,
  'contextMenus.onClicked': 48,
  'contextMenus.removeAll': 48,
  'permissions.contains': 55,
  'permissions.getAll': 55,
  'permissions.request': 55,
  'runtime.getManifest': 45,
  'runtime.getURL': 45,
  'runtime.id': 45,
  'runtime.onConnect': 45,
  'runtime.onInstalled': 52,
  'runtime.onMessage': 45,
  'runtime.onStartup': 52,
  'runtime.openOptionsPage': 48,
  'runtime.sendMessage': 45,
  'storage.local': 45,
  'storage.onChanged': 45,
  'storage.session': 115,
  'tabs.create': 45,
  'tabs.query': 45,
};

/** Manifest keys with a Firefox floor of their own (BCD `webextensions.manifest.*`, same release). */
export const FIREFOX_MANIFEST_SINCE: Record<string, number> = {
  action: 109,
  host_permissions: 109,
  optional_host_permissions: 128,
  'background.type': 112, // type: "module" event page
  'browser_specific_settings.gecko.data_collection_permissions': 140,
};

const STORAGE_AREAS = new Set(['local', 'session', 'sync', 'managed']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|tsx)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** The APIs named in `code` (`ns.member`; storage areas as `storage.<area>`); `areas` for `ext.storage[x]`. */
export function apisIn(code: string, areas: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const m of code.matchAll(/\bext\.([A-Za-z]+)\.([A-Za-z]+)/g)) found.add(`${m[1]}.${m[2]}`);
  if (/\bext\.storage\[/.test(code)) for (const a of areas) found.add(`storage.${a}`);
  for (const key of found) if (key.startsWith('storage.') && !STORAGE_AREAS.has(key.slice(8)) && key !== 'storage.onChanged') found.delete(key);
  return found;
}

/** Every API the product's source calls, sorted. `root` is the repository. */
export function usedFirefoxApis(root: string): string[] {
  const schema = readFileSync(join(root, 'src/shared/storage-item.ts'), 'utf8');
  const areaType = /export type Area = ([^;]+);/.exec(schema)?.[1] ?? '';
  const areas = [...areaType.matchAll(/'(\w+)'/g)].map((m) => m[1]!);
  if (!areas.length) throw new Error('src/shared/storage-item.ts: no `export type Area = ...` union found');
  const all = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) for (const api of apisIn(readFileSync(file, 'utf8'), areas)) all.add(api);
  return [...all].sort();
}

function has(manifest: Record<string, unknown>, path: string): boolean {
  let o: unknown = manifest;
  for (const p of path.split('.')) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[p] : undefined;
  return o !== undefined;
}

/** Problems with `manifest` (a built Firefox manifest) against `apis`: an empty list means it is consistent. */
export function minVersionProblems(manifest: Record<string, unknown>, apis: readonly string[]): string[] {
  const gecko = (manifest.browser_specific_settings as { gecko?: { strict_min_version?: string } } | undefined)?.gecko;
  const min = Number.parseFloat(gecko?.strict_min_version ?? '');
  if (!Number.isFinite(min)) return ['the manifest has no browser_specific_settings.gecko.strict_min_version'];
  const problems: string[] = [];
  for (const api of apis) {
    const since = FIREFOX_API_SINCE[api];
    if (since === undefined) problems.push(`${api}: not in FIREFOX_API_SINCE (scripts/firefox-apis.ts); add its MDN version`);
    else if (since > min) problems.push(`${api} needs Firefox ${since}, strict_min_version is ${min}`);
  }
  for (const [key, since] of Object.entries(FIREFOX_MANIFEST_SINCE)) {
    if (has(manifest, key) && since > min) problems.push(`manifest key ${key} needs Firefox ${since}, strict_min_version is ${min}`);
  }
  return problems;
}
