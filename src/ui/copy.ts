// The one copy helper of the extension pages (issue 13 item 3, SECURITY B5.48): every Copy button calls it.
// It writes the text in the click's user gesture, then tells the background the SHA-256 of what it wrote (never
// the text), and the background clears the clipboard 30 s later, also after this page has closed, unless a
// later copy replaced it. Runs in extension pages.
import { sha256Hex } from '../shared/clipboard-clear';
import { CLIPBOARD_CLEAR_SECONDS } from '../shared/messages/clipboard';

export { CLIPBOARD_CLEAR_SECONDS };

export type CopyOutcome = { ok: true; clearScheduled: boolean } | { ok: false };

export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    return { ok: false };
  }
  // Loaded on first copy: views that merely show a Copy button do not need the messaging module (nor, in unit
  // tests, a browser) until someone copies.
  const { send } = await import('../shared/rpc');
  const reply = await send('clipboard.written', { digest: await sha256Hex(text) }).catch(() => null);
  return { ok: true, clearScheduled: reply?.ok === true };
}
