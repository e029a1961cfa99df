// Handlers of the core messages: ping and the inspector hand-off. Runs in the background.
import { ext } from '../../shared/browser';
import type { CoreResponses } from '../../shared/messages/core';
import type { Handler } from '../router';
import { openInspectorWith, takeHandoff } from '../inspect/handoff';
import { isReadOnly } from '../read-only';

export const coreHandlers: { [T in keyof CoreResponses]: Handler<T> } = {
  ping: async () => ({ version: ext.runtime.getManifest().version, context: 'background', readOnly: isReadOnly() }),
  'inspector.open': async ({ token }) => {
    await openInspectorWith(token);
    return { opened: true };
  },
  'inspector.take': async ({ id }, sender) => takeHandoff(id, (sender.tab as { id?: number } | undefined)?.id),
};
