// The only module that imports the WebExtension API (webextension-polyfill: promise-based `browser` on
// Chrome and Firefox alike). Every context (background, popup, inspector, options, content script) goes
// through here, so the rest of the code can be reasoned about, linted and tested without a browser.
import browser from 'webextension-polyfill';
import { originOf } from './origin';

export type { Runtime, Storage, Menus, Tabs, Alarms } from 'webextension-polyfill';
export const ext = browser;

/** The extension's own origin, e.g. `chrome-extension://abc…/` or `moz-extension://…/`. */
export function extensionOrigin(): string {
  return originOf(browser.runtime.getURL('/')) ?? '';
}
