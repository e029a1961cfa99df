// The background's start-up and browser-event wiring besides messages: storage access level, migrations (and
// read-only mode after a downgrade), the context menu, stale hand-offs. Called synchronously from ./index.ts so
// every listener is registered at the top level (SECURITY B7.56). Runs in the background.
import { ext } from '../shared/browser';
import { createContextMenus, handleMenuClick, listenToContextMenus } from './context-menu';
import { sweepHandoffs } from './handoff';
import { runMigrations } from './migrations';
import { setReadOnly } from './read-only';
import { restrictToTrustedContexts } from './storage-access';

/** Registers the listeners and starts the start-up work; resolves once stored data is current. */
export function startBackground(): Promise<void> {
  // First thing on every start: content scripts lose read access to storage.local (Chrome; issue 13 item 4).
  void restrictToTrustedContexts(ext.storage.local);
  // Stored data is brought to the current version before any message is answered: a mint answered while
  // migration 003 still rewrites the ledger could otherwise be overwritten by it (SECURITY B7.58). A failed
  // migration does not block the extension: it runs again on the next start, and handlers read what is there.
  // Data from a newer version puts the worker in read-only mode: writing messages get ERR_READ_ONLY.
  const migrated = runMigrations(ext.storage.local).then(
    (outcome) => setReadOnly(outcome.status === 'read-only'),
    () => undefined,
  );
  listenToContextMenus();
  ext.runtime.onInstalled.addListener((details) => {
    // Installs and extension updates (re)create the menu; a browser update leaves it as it was.
    const reason: string = details.reason;
    if (reason === 'browser_update' || reason === 'chrome_update') return;
    void createContextMenus();
  });
  // Firefox event pages lose menus across browser restarts; recreating them is idempotent.
  ext.runtime.onStartup.addListener(() => void createContextMenus());
  void sweepHandoffs(); // every start: drop stale hand-offs
  // Browsers offer no way to click a native context menu from automation: the e2e tests call the same handler
  // the menu listener calls. Reachable only from code already running inside this worker.
  Object.defineProperty(globalThis, '__tokenWorkbenchMenuClick', { value: handleMenuClick });
  return migrated;
}
