// The background entry (Chrome service worker / Firefox event page). Thin: registers every listener at the top
// level, synchronously, so a worker woken by an event finds them (SECURITY B7.56): the start-up wiring
// (./lifecycle.ts), then the one message listener, which answers through the router once stored data is
// current. Feature handlers: ./handlers.ts. Runs in the background.
import { ext, extensionOrigin } from '../shared/browser';
import { createRouter, type SenderInfo } from './router';
import { CONTENT_SCRIPT_PREFIXES } from './content-script-pages';
import { handlers } from './handlers';
import { startBackground } from './lifecycle';
import { isReadOnly } from './read-only';

const migrated = startBackground();
const route = createRouter(handlers, { extensionId: ext.runtime.id, extensionOrigin: extensionOrigin(), contentScriptPrefixes: CONTENT_SCRIPT_PREFIXES, isReadOnly });
ext.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => migrated.then(() => route(message, sender)));
