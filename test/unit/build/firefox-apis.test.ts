// strict_min_version against the APIs the code calls (issue 14, AMO readiness): the scan of src/ finds the APIs,
// every one is in the version table, the table agrees with MDN browser-compat-data, and the Firefox manifest's
// strict_min_version is at least every API's and manifest key's first version. The Firefox lane runs the same
// check on the built dist/firefox/manifest.json.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { manifestFor, type Manifest } from '../../../scripts/manifest-transform';
import { apisIn, FIREFOX_API_SINCE, FIREFOX_MANIFEST_SINCE, minVersionProblems, usedFirefoxApis } from '../../../scripts/firefox-apis';

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const firefox = manifestFor(source, 'firefox') as Record<string, unknown>;
const used = usedFirefoxApis(process.cwd());

type Compat = { __compat?: { support?: { firefox?: { version_added?: string | false; alternative_name?: string } | { version_added?: string | false; alternative_name?: string }[] } } };
// MDN's data as web-ext's linter has it (a dependency of web-ext, so no package of our own).
const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as { webextensions: { api: Record<string, unknown>; manifest: Record<string, unknown> } };
function bcdFirefox(tree: Record<string, unknown>, path: string): number | undefined {
  // contextMenus.x is listed as the alternative_name of menus.x.
  const alias = path.startsWith('contextMenus.') ? `contextMenus.${path.split('.').slice(1).join('.')}` : undefined;
  let node: unknown = tree;
  for (const p of (alias ? `menus.${path.slice('contextMenus.'.length)}` : path).split('.')) node = (node as Record<string, unknown> | undefined)?.[p];
  const support = (node as Compat | undefined)?.__compat?.support?.firefox;
  const entries = Array.isArray(support) ? support : support ? [support] : [];
  const entry = entries.find((e) => (alias ? e.alternative_name === alias : !e.alternative_name));
  return typeof entry?.version_added === 'string' ? Number.parseFloat(entry.version_added) : undefined;
}

describe('Firefox strict_min_version against the APIs the code uses', () => {
  it('the scan finds the APIs each feature is built on', () => {
    for (const api of ['storage.session', 'storage.local', 'permissions.request', 'contextMenus.create', 'alarms.create', 'action.setBadgeText', 'runtime.onMessage']) {
      expect(used).toContain(api);
    }
  });
  it('the scan reads member access, listeners and dynamic storage areas', () => {
    const code = "ext.tabs.create({}); ext.runtime.onMessage.addListener(f); await ext.storage[spec.area].get(k); ext.storage.onChanged.addListener(g);";
    expect([...apisIn(code, ['local', 'session'])].sort()).toEqual(['runtime.onMessage', 'storage.local', 'storage.onChanged', 'storage.session', 'tabs.create']);
  });
  it('every API the code uses has a Firefox version in the table', () => {
    expect(used.filter((api) => FIREFOX_API_SINCE[api] === undefined)).toEqual([]);
  });
  it('the table agrees with MDN browser-compat-data', () => {
    for (const [api, since] of Object.entries(FIREFOX_API_SINCE)) expect([api, bcdFirefox(bcd.webextensions.api, api)]).toEqual([api, since]);
    for (const [key, since] of Object.entries(FIREFOX_MANIFEST_SINCE)) expect([key, bcdFirefox(bcd.webextensions.manifest, key)]).toEqual([key, since]);
  });
  it("the Firefox manifest's strict_min_version covers every API and manifest key", () => {
    expect(minVersionProblems(firefox, used)).toEqual([]);
  });
  it('reports a strict_min_version below an API, an unknown API and a missing version', () => {
    const old = structuredClone(firefox) as { browser_specific_settings: { gecko: { strict_min_version: string } } };
    old.browser_specific_settings.gecko.strict_min_version = '109.0';
    expect(minVersionProblems(old as never, ['storage.session', 'tabs.query'])).toEqual([
      'storage.session needs Firefox 115, strict_min_version is 109',
      'manifest key optional_host_permissions needs Firefox 128, strict_min_version is 109',
      'manifest key background.type needs Firefox 112, strict_min_version is 109',
      'manifest key browser_specific_settings.gecko.data_collection_permissions needs Firefox 140, strict_min_version is 109',
    ]);
    expect(minVersionProblems(firefox, ['sidebarAction.open'])).toEqual(['sidebarAction.open: not in FIREFOX_API_SINCE (scripts/firefox-apis.ts); add its MDN version']);
    expect(minVersionProblems({}, [])).toEqual(['the manifest has no browser_specific_settings.gecko.strict_min_version']);
  });
});
