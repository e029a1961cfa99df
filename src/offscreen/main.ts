// Chrome's offscreen document (reason CLIPBOARD), opened by the background only to clear the clipboard 30 s
// after a copy (issue 13 item 3): a service worker has no clipboard. It answers only messages addressed to it,
// and only from our own background, and closes when done. Runs in the offscreen document.
import { ext } from '../shared/browser';
import { clearIfUnchanged } from '../shared/clipboard-clear';
import { OFFSCREEN_TARGET } from '../shared/messages/clipboard';

ext.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
  const m = message as { target?: unknown; type?: unknown; digest?: unknown } | null;
  if (!m || m.target !== OFFSCREEN_TARGET || m.type !== 'clear' || typeof m.digest !== 'string') return undefined;
  if (sender.id !== ext.runtime.id || sender.tab) return undefined;
  return clearIfUnchanged(m.digest, navigator.clipboard, document);
});
