// The background entry (Chrome service worker / Firefox event page). Thin: registers every listener at the top
// level, synchronously, so a worker woken by an event finds them (SECURITY B7.56), and wires the router to the
// handlers. Runs in the background.
import { ext, extensionOrigin } from '../shared/browser';
import { createRouter, type Handlers, type SenderInfo } from './router';
import { createContextMenus, listenToContextMenus } from './context-menu';
import { openInspectorWith, sweepHandoffs, takeHandoff } from './handoff';
import { runMigrations } from './migrations';

const handlers: Handlers = {
  ping: async () => ({ version: ext.runtime.getManifest().version, context: 'background' }),
  'inspector.open': async ({ token }) => {
    await openInspectorWith(token);
    return { opened: true };
  },
  'inspector.take': async ({ id }, sender) => takeHandoff(id, (sender.tab as { id?: number } | undefined)?.id),
};

const route = createRouter(handlers, { extensionId: ext.runtime.id, extensionOrigin: extensionOrigin() });

ext.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender as SenderInfo));
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
