// Every message handler of the background, one spread per feature folder (./X/handlers.ts), checked against the
// one message map by the `Handlers` type: a message without a handler does not compile. Runs in the background.
import type { Handlers } from './router';
import { coreHandlers } from './core/handlers';
import { mintHandlers } from './mint/handlers';
import { inspectHandlers } from './inspect/handlers';
import { terminateHandlers } from './terminate/handlers';
import { catalogHandlers } from './catalog/handlers';
import { verifyHmacHandlers } from './inspect/verify-hmac-handlers';
import { trayHandlers } from './tray/handlers';
import { grantInfoHandlers } from './mint/grant-info-handlers';
import { mintingAppHandlers } from './mint/minting-app-handlers';
import { scopesHandlers } from './scopes/handlers';
import { callHandlers } from './call/handlers';
import { clipboardHandlers } from './clipboard/handlers';

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
