// Handlers of the "Try it" messages (issue 15), wired to the mint feature's profile store (one store per
// worker), the background's one fetch adapter (../net.ts, host-checked, cookies omitted) and the session
// history item. Runs in the background.
import { ext } from '../../shared/browser';
import { appError } from '../../lib/errors';
import type { CallResponses } from '../../shared/messages/call';
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import type { Handler } from '../router';
import { browserAuthFetch } from '../net';
import { inspectorUrl } from '../handoff';
import { createCallService } from '../call/service';
import { checkOpen, createOpenLimiter } from '../call/open';
import { tryFragment } from '../../lib/call/fragment';
import { profiles } from './mint';

const service = createCallService({
  profiles: () => profiles.all(),
  fetch: browserAuthFetch(() => profiles.customDomains()),
  readHistory: () => read(ITEMS.callHistory),
  writeHistory: (h) => write(ITEMS.callHistory, h),
});
const mayOpen = createOpenLimiter();

export const callHandlers: { [T in keyof CallResponses]: Handler<T> } = {
  'call.target': (p) => service.target(p),
  'call.send': (p) => service.send(p),
  'call.history': (p) => service.history(p),
  'call.open': async (p, sender) => {
    const req = checkOpen(p);
    const tabId = (sender.tab as { id?: number } | undefined)?.id ?? -1;
    if (!mayOpen(tabId)) throw appError('ERR_RATE_LIMITED', 'Too many "Try it" tabs from this page. Wait a minute.');
    await ext.tabs.create({ url: `${inspectorUrl()}#${tryFragment(req)}` });
    return { opened: true };
  },
};
