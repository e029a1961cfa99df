// The background entry (Chrome service worker / Firefox event page). Thin: registers every listener at the top
// level, synchronously, so a worker woken by an event finds them (SECURITY B7.56), and wires the router to the
// feature handlers in ./features/. Runs in the background.
import { ext, extensionOrigin } from '../shared/browser';
import { createRouter, type Handlers, type SenderInfo } from './router';
import { createContextMenus, handleMenuClick, listenToContextMenus } from './context-menu';
import { sweepHandoffs } from './handoff';
import { runMigrations } from './migrations';
import { CONTENT_SCRIPT_PREFIXES } from './content-script-pages';
import { coreHandlers } from './features/core';
import { mintHandlers } from './features/mint';
import { inspectHandlers } from './features/inspect';
import { terminateHandlers } from './features/terminate';
import { catalogHandlers } from './features/catalog';
import { verifyHmacHandlers } from './features/verify-hmac';

const handlers: Handlers = {
  ...coreHandlers,
  ...mintHandlers,
  ...inspectHandlers,
  ...terminateHandlers,
  ...catalogHandlers,
  ...verifyHmacHandlers,
};

const route = createRouter(handlers, { extensionId: ext.runtime.id, extensionOrigin: extensionOrigin(), contentScriptPrefixes: CONTENT_SCRIPT_PREFIXES });

ext.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));
listenToContextMenus();

ext.runtime.onInstalled.addListener((details) => {
  // Browser updates need no migration (SECURITY B7.58); installs and extension updates do.
  const reason: string = details.reason;
  if (reason === 'browser_update' || reason === 'chrome_update') return;
  void createContextMenus();
});
// Firefox event pages lose menus across browser restarts; recreating them is idempotent.
ext.runtime.onStartup.addListener(() => void createContextMenus());

// Every start: bring stored data to the current version and drop stale hand-offs.
void runMigrations(ext.storage.local);
void sweepHandoffs();

// Browsers offer no way to click a native context menu from automation: the e2e tests call the same handler
// the menu listener calls. Reachable only from code already running inside this worker.
Object.defineProperty(globalThis, '__tokenWorkbenchMenuClick', { value: handleMenuClick });
