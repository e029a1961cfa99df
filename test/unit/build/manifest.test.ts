// Pins the manifest's permissions and the per-browser transform (issue 2, SECURITY B4.36, B4.40–42): a widened
// permission fails CI here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor, FIREFOX_ID, type Manifest } from '../../../scripts/manifest-transform';
import { CONTENT_SCRIPT_PREFIXES } from '../../../src/background/content-script-pages';

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;

describe('manifest.json', () => {
  it('asks for exactly the permissions the product needs', () => {
    // offscreen + clipboardWrite: the worker clears a copied token after 30 s (issue 13 item 3); never clipboardRead.
    expect(source.permissions).toEqual(['storage', 'contextMenus', 'alarms', 'offscreen', 'clipboardWrite']);
    expect(source.host_permissions).toEqual(['https://*.auth0.com/*', 'https://auth0.com/docs/*']);
    expect(source.optional_host_permissions).toEqual(['https://*/*']);
  });
  it('has no broad or forbidden permission anywhere', () => {
    const text = JSON.stringify(source);
    for (const bad of ['<all_urls>', '"cookies"', '"tabs"', 'webRequest', 'clipboardRead', '"scripting"', '"activeTab"']) expect(text).not.toContain(bad);
    expect(text).not.toContain('unsafe-eval');
    expect(text).not.toContain('unsafe-inline');
  });
  it('admits no extension and no page through externally_connectable and exposes no resources', () => {
    expect(source.externally_connectable).toEqual({ ids: [], matches: [] });
    expect(source.web_accessible_resources).toBeUndefined();
  });
  it('pins the whole security-relevant surface (snapshot)', () => {
    const { permissions, host_permissions, optional_host_permissions, content_scripts, content_security_policy, externally_connectable, minimum_chrome_version } = source;
    expect({ permissions, host_permissions, optional_host_permissions, content_scripts, content_security_policy, externally_connectable, minimum_chrome_version }).toMatchInlineSnapshot(`
      {
        "content_scripts": [
          {
            "all_frames": false,
            "js": [
              "src/content/index.ts",
            ],
            "matches": [
              "https://manage.auth0.com/*",
              "https://auth0.com/docs/*",
            ],
            "run_at": "document_idle",
          },
        ],
        "content_security_policy": {
          "extension_pages": "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src https:",
        },
        "externally_connectable": {
          "ids": [],
          "matches": [],
        },
        "host_permissions": [
          "https://*.auth0.com/*",
          "https://auth0.com/docs/*",
        ],
        "minimum_chrome_version": "116",
        "optional_host_permissions": [
          "https://*/*",
        ],
        "permissions": [
          "storage",
          "contextMenus",
          "alarms",
          "offscreen",
          "clipboardWrite",
        ],
      }
    `);
  });
});

describe('content-script pages', () => {
  it('the router admits exactly the pages the manifest injects the content script into', () => {
    const matches = (source.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches);
    expect(matches.map((m) => m.replace(/\*$/, ''))).toEqual([...CONTENT_SCRIPT_PREFIXES]);
  });
});

describe('manifestFor', () => {
  it('keeps the Chrome manifest as written, with the package version', () => {
    const chrome = manifestFor(source, 'chrome', '9.9.9');
    expect(chrome.version).toBe('9.9.9');
    expect(chrome.background).toEqual(source.background);
    expect(chrome.minimum_chrome_version).toBe('116');
  });
  it('turns the service worker into a Firefox event page with gecko settings', () => {
    const firefox = manifestFor(source, 'firefox');
    expect(firefox.background).toEqual({ scripts: [source.background!.service_worker], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: FIREFOX_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['authenticationInfo'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.externally_connectable).toBeUndefined();
    // Firefox has no offscreen documents; its event page clears the clipboard itself.
    expect(firefox.permissions).toEqual(['storage', 'contextMenus', 'alarms', 'clipboardWrite']);
  });
  it('never mutates its input', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'firefox');
    expect(JSON.stringify(source)).toBe(before);
  });
  it('refuses a manifest without a background worker', () => {
    expect(() => manifestFor({ manifest_version: 3, version: '1' }, 'firefox')).toThrow(/service_worker/);
  });
});
