// The background entry (Chrome service worker / Firefox event page). Thin: registers every listener at the top
// level, synchronously, so a worker woken by an event finds them (SECURITY B7.56), and wires the router to the
// feature handlers in ./features/. Runs in the background.
import { ext, extensionOrigin } from '../shared/browser';
import { createRouter, type Handlers, type SenderInfo } from './router';
import { createContextMenus, handleMenuClick, listenToContextMenus } from './context-menu';
import { sweepHandoffs } from './handoff';
import { runMigrations } from './migrations';
import { isReadOnly, setReadOnly } from './read-only';
import { CONTENT_SCRIPT_PREFIXES } from './content-script-pages';
import { restrictToTrustedContexts } from './storage-access';
import { coreHandlers } from './features/core';
import { mintHandlers } from './features/mint';
import { inspectHandlers } from './features/inspect';
import { terminateHandlers } from './features/terminate';
import { catalogHandlers } from './features/catalog';
import { verifyHmacHandlers } from './features/verify-hmac';
import { trayHandlers } from './features/tray';
import { grantInfoHandlers } from './features/grant-info';
import { mintingAppHandlers } from './features/minting-app';
import { scopesHandlers } from './features/scopes';
import { callHandlers } from './features/call';
import { clipboardHandlers } from './features/clipboard';

const handlers: Handlers = {
  ...coreHandlers,
  ...mintHandlers,
  ...inspectHandlers,
  ...terminateHandlers,
  ...catalogHandlers,
  ...verifyHmacHandlers,
  ...trayHandlers,
  ...grantInfoHandlers,
  ...mintingAppHandlers,
  ...scopesHandlers,
  ...callHandlers,
  ...clipboardHandlers,
};

// First thing on every start: content scripts lose read access to storage.local (Chrome; issue 13 item 4).
void restrictToTrustedContexts(ext.storage.local);

const route = createRouter(handlers, { extensionId: ext.runtime.id, extensionOrigin: extensionOrigin(), contentScriptPrefixes: CONTENT_SCRIPT_PREFIXES, isReadOnly });

// Stored data is brought to the current version before any message is answered: a mint answered while
// migration 003 still rewrites the ledger could otherwise be overwritten by it (SECURITY B7.58). A failed
// migration does not block the extension: it runs again on the next start, and handlers read what is there.
// Data from a newer version puts the worker in read-only mode: writing messages get ERR_READ_ONLY.
const migrated = runMigrations(ext.storage.local).then(
  (outcome) => setReadOnly(outcome.status === 'read-only'),
  () => undefined,
);
ext.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => migrated.then(() => route(message, sender)));
listenToContextMenus();

ext.runtime.onInstalled.addListener((details) => {
  // Installs and extension updates (re)create the menu; a browser update leaves it as it was.
  const reason: string = details.reason;
  if (reason === 'browser_update' || reason === 'chrome_update') return;
  void createContextMenus();
});
// Firefox event pages lose menus across browser restarts; recreating them is idempotent.
ext.runtime.onStartup.addListener(() => void createContextMenus());

// Every start: drop stale hand-offs.
void sweepHandoffs();

// Browsers offer no way to click a native context menu from automation: the e2e tests call the same handler
// the menu listener calls. Reachable only from code already running inside this worker.
Object.defineProperty(globalThis, '__tokenWorkbenchMenuClick', { value: handleMenuClick });
