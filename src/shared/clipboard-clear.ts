// Clearing the clipboard where a document exists: Chrome's offscreen document (reason CLIPBOARD) and Firefox's
// background page (issue 13 item 3, SECURITY B5.48). It first tries to read the clipboard and leaves it alone
// if it holds something else than what we wrote (compared by SHA-256). The extension has no clipboardRead
// permission (SECURITY B4.42), so in practice the read is refused; then the background's own record decides:
// it clears only if no later copy of ours replaced the text, and a copy made outside Token Workbench within
// those 30 s is overwritten (README). Runs in the offscreen document and the Firefox background page.

export type ClearOutcome = 'cleared' | 'changed' | 'failed';

const READ_TIMEOUT_MS = 1000;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

interface ClipboardLike {
  readText?: () => Promise<string>;
  writeText?: (text: string) => Promise<void>;
}
interface DocLike {
  addEventListener(type: 'copy', fn: (e: { clipboardData: { setData(t: string, v: string): void } | null; preventDefault(): void }) => void, o: { once: true }): void;
  execCommand(command: 'copy'): boolean;
}

/** Clears the clipboard unless it is readable and holds something other than the text with `digest`. */
export async function clearIfUnchanged(digest: string, clipboard: ClipboardLike | undefined, doc: DocLike | undefined): Promise<ClearOutcome> {
  try {
    // Bounded: Firefox may answer a read it does not allow with a paste prompt nobody can see here.
    const read = clipboard?.readText?.();
    const now = read ? await Promise.race([read, new Promise<undefined>((r) => setTimeout(() => r(undefined), READ_TIMEOUT_MS))]) : undefined;
    if (typeof now === 'string' && (await sha256Hex(now)) !== digest) return 'changed';
  } catch {
    // No clipboardRead permission: cannot look; the background already checked that no later copy of ours won.
  }
  try {
    if (!clipboard?.writeText) throw new Error('no async clipboard');
    await clipboard.writeText('');
    return 'cleared';
  } catch {
    // An offscreen document cannot take focus, so the async API refuses; execCommand('copy') still works there.
  }
  if (!doc) return 'failed';
  let wrote = false;
  doc.addEventListener(
    'copy',
    (e) => {
      e.clipboardData?.setData('text/plain', '');
      e.preventDefault();
      wrote = true;
    },
    { once: true },
  );
  return doc.execCommand('copy') && wrote ? 'cleared' : 'failed';
}
