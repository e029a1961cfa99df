// Handlers of the Inspect messages (issue #3): the inspector tab's one-time hand-off, background JWKS
// verification, the pinned-token badge and the theme setting. Importing this module also registers the badge alarm listener at the top level (SECURITY
// B7.56: a worker woken by the alarm must find it) and brings the badge up to date on every worker start.
// Runs in the background.
import type { InspectResponses } from '../../shared/messages/inspect';
import { updateSettings } from '../settings-store';
import type { Handler } from '../router';
import { openInspectorWith, takeHandoff } from './handoff';
import { listenToBadgeAlarm, pin, pinStatus, refreshBadge, unpin } from './badge';
import { verifyInBackground } from './verify';

export const inspectHandlers: { [T in keyof InspectResponses]: Handler<T> } = {
  'inspector.open': async ({ token }) => {
    await openInspectorWith(token);
    return { opened: true };
  },
  'inspector.take': async ({ id }, sender) => takeHandoff(id, (sender.tab as { id?: number } | undefined)?.id),
  'verify.token': async ({ token, explicit }) => verifyInBackground(token, explicit === true),
  'inspect.pin': async ({ token }) => pin(token),
  'inspect.unpin': async () => unpin(),
  'inspect.pinned': async ({ token }) => pinStatus(token),
  // The background's one settings queue: a concurrent auto-lock change cannot be lost (SECURITY B7.59).
  'settings.setTheme': async ({ theme }) => ({ theme: (await updateSettings({ theme })).theme }),
};

listenToBadgeAlarm();
void refreshBadge().catch(() => undefined);
