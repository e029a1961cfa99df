// Handler of the clipboard message (issue 13 item 3) and the top-level alarm listener. Runs in the background.
import type { ClipboardResponses } from '../../shared/messages/clipboard';
import type { Handler } from '../router';
import { clipboardWritten, listenToClipboardAlarm } from './clipboard';

export const clipboardHandlers: { [T in keyof ClipboardResponses]: Handler<T> } = {
  'clipboard.written': async ({ digest }) => clipboardWritten(digest),
};

listenToClipboardAlarm();
