// Handler of the core message: ping (version, read-only state). Runs in the background.
import { ext } from '../../shared/browser';
import type { CoreResponses } from '../../shared/messages/core';
import type { Handler } from '../router';
import { isReadOnly } from '../read-only';

export const coreHandlers: { [T in keyof CoreResponses]: Handler<T> } = {
  ping: async () => ({ version: ext.runtime.getManifest().version, context: 'background', readOnly: isReadOnly() }),
};
