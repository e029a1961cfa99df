// Clears the clipboard 30 s after a page copied token data, from the background, so it also happens after the
// popup closed (issue 13 item 3, SECURITY B5.48). Pages write; they send only the SHA-256 of the text. The
// latest copy replaces the pending clear (same alarm name), so an earlier token's clear never wipes a later
// copy of ours. The alarm survives a stopped worker; the pending record lives in storage.session. Chrome: an
// offscreen document (reason CLIPBOARD) does the clearing, as a worker has no clipboard; Firefox: the event
// page itself. Runs in the background.
import { ext } from '../../shared/browser';
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import { CLIPBOARD_CLEAR_SECONDS, OFFSCREEN_TARGET } from '../../shared/messages/clipboard';
import { clearIfUnchanged, type ClearOutcome } from '../../shared/clipboard-clear';

export const CLIPBOARD_ALARM = 'clipboard-clear';
export const OFFSCREEN_PATH = 'src/offscreen/index.html';

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
const offscreen = (): OffscreenApi | undefined => (ext as unknown as { offscreen?: OffscreenApi }).offscreen;

export async function clipboardWritten(digest: string, now = Date.now()): Promise<{ clearAt: number }> {
  const clearAt = now + CLIPBOARD_CLEAR_SECONDS * 1000;
  await write(ITEMS.clipboardPending, { digest, clearAt });
  await ext.alarms.create(CLIPBOARD_ALARM, { when: clearAt });
  return { clearAt };
}

async function clearInOffscreen(api: OffscreenApi, digest: string): Promise<ClearOutcome> {
  await api
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['CLIPBOARD'], justification: 'Clear a copied token from the clipboard after 30 seconds.' })
    .catch(() => undefined); // already open
  try {
    const outcome = (await ext.runtime.sendMessage({ target: OFFSCREEN_TARGET, type: 'clear', digest })) as ClearOutcome | undefined;
    return outcome ?? 'failed';
  } finally {
    await api.closeDocument().catch(() => undefined);
  }
}

/** The alarm: clears if the pending copy is due; a record already handled or replaced does nothing. */
export async function runClipboardClear(now = Date.now()): Promise<ClearOutcome | 'nothing'> {
  const pending = await read(ITEMS.clipboardPending).catch(() => null);
  if (!pending) return 'nothing';
  if (now < pending.clearAt - 1000) {
    await ext.alarms.create(CLIPBOARD_ALARM, { when: pending.clearAt });
    return 'nothing';
  }
  await write(ITEMS.clipboardPending, null);
  const api = offscreen();
  if (api?.createDocument) return clearInOffscreen(api, pending.digest);
  const g = globalThis as unknown as { navigator?: { clipboard?: Parameters<typeof clearIfUnchanged>[1] }; document?: Parameters<typeof clearIfUnchanged>[2] };
  return clearIfUnchanged(pending.digest, g.navigator?.clipboard, g.document);
}

/** Registered at the top level, so a worker woken by the alarm finds it (SECURITY B7.56). */
export function listenToClipboardAlarm(): void {
  ext.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CLIPBOARD_ALARM) void runClipboardClear().catch(() => undefined);
  });
}
