// Handlers of the Inspect messages (issue #3): background JWKS verification, the pinned-token badge and the
// theme setting. Importing this module also registers the badge alarm listener at the top level (SECURITY
// B7.56: a worker woken by the alarm must find it) and brings the badge up to date on every worker start.
// Runs in the background.
import type { InspectResponses } from '../../shared/messages/inspect';
import { ITEMS } from '../../shared/storage-schema';
import { read, write } from '../../shared/storage';
import type { Handler } from '../router';
import { listenToBadgeAlarm, pin, pinStatus, refreshBadge, unpin } from '../inspect/badge';
import { verifyInBackground } from '../inspect/verify';

export const inspectHandlers: { [T in keyof InspectResponses]: Handler<T> } = {
  'verify.token': async ({ token, explicit }) => verifyInBackground(token, explicit === true),
  'inspect.pin': async ({ token }) => pin(token),
  'inspect.unpin': async () => unpin(),
  'inspect.pinned': async ({ token }) => pinStatus(token),
  'settings.setTheme': async ({ theme }) => {
    // The background is the one writer of settings: read-modify-write here cannot lose a concurrent field.
    const settings = await read(ITEMS.settings);
    await write(ITEMS.settings, { ...ITEMS.settings.default, ...settings, theme });
    return { theme };
  },
};

listenToBadgeAlarm();
void refreshBadge().catch(() => undefined);
