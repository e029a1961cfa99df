// Every message handler of the background, one spread per feature (./features/*), checked against the one message
// map by the `Handlers` type: a message without a handler does not compile. Runs in the background.
import type { Handlers } from './router';
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

export const handlers: Handlers = {
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
