// Clipboard clearing (issue 13 item 3, SECURITY B5.48): every copy goes through one helper that tells the
// background the SHA-256 of what it wrote; the background clears 30 s later from an alarm (so after the popup
// closed), the latest copy replaces an earlier pending clear, and the clearing code leaves a clipboard alone
// when it can see that it holds something else.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => ({ ext: (await import('./fake-ext')).ext, extensionOrigin: () => 'chrome-extension://testextensionid' }));
const send = vi.fn();
vi.mock('../../../src/shared/rpc', () => ({ send: (...args: unknown[]) => send(...args) }));
import { fake } from './fake-ext';
import { clearIfUnchanged, sha256Hex } from '../../../src/shared/clipboard-clear';
import { CLIPBOARD_ALARM, clipboardWritten, runClipboardClear } from '../../../src/background/clipboard/clipboard';
import { copyText } from '../../../src/ui/copy';
import { ITEMS } from '../../../src/shared/storage-schema';
import { read } from '../../../src/shared/storage';

beforeEach(() => {
  fake.reset();
  send.mockReset();
  send.mockResolvedValue({ ok: true, data: { clearAt: 0 } });
});

function fakeClipboard(initial = '', readable = false) {
  const c = {
    text: initial,
    readText: vi.fn(async () => {
      if (!readable) throw new DOMException('Read permission denied.', 'NotAllowedError');
      return c.text;
    }),
    writeText: vi.fn(async (t: string) => void (c.text = t)),
  };
  return c;
}

describe('the one copy helper', () => {
  it('writes the text and sends only its SHA-256 to the background', async () => {
    const clipboard = fakeClipboard();
    vi.stubGlobal('navigator', { clipboard });
    expect(await copyText('eyJ.token.sig')).toEqual({ ok: true, clearScheduled: true });
    expect(clipboard.text).toBe('eyJ.token.sig');
    expect(send).toHaveBeenCalledWith('clipboard.written', { digest: await sha256Hex('eyJ.token.sig') });
    expect(JSON.stringify(send.mock.calls)).not.toContain('eyJ.token.sig');
    vi.unstubAllGlobals();
  });
});

describe('background clearing (issue 13 item 3)', () => {
  it('schedules a 30 s alarm that survives the page, and clears once due', async () => {
    const now = 1_000_000;
    const { clearAt } = await clipboardWritten(await sha256Hex('tok'), now);
    expect(clearAt).toBe(now + 30_000);
    expect(fake.alarms.get(CLIPBOARD_ALARM)).toEqual({ when: now + 30_000 });
    expect(await runClipboardClear(now + 5_000)).toBe('nothing'); // not due: re-armed, nothing cleared
    expect(await read(ITEMS.clipboardPending)).not.toBeNull();
    const clipboard = fakeClipboard('tok');
    vi.stubGlobal('navigator', { clipboard });
    expect(await runClipboardClear(now + 30_000)).toBe('cleared');
    expect(clipboard.text).toBe('');
    expect(await read(ITEMS.clipboardPending)).toBeNull();
    expect(await runClipboardClear(now + 60_000)).toBe('nothing'); // handled once
    vi.unstubAllGlobals();
  });
  it('a later copy replaces the pending clear: the earlier token\'s alarm cannot wipe it early', async () => {
    await clipboardWritten(await sha256Hex('first'), 1_000);
    await clipboardWritten(await sha256Hex('second'), 20_000);
    expect(fake.alarms.get(CLIPBOARD_ALARM)).toEqual({ when: 50_000 });
    expect(await runClipboardClear(31_000)).toBe('nothing'); // the first copy's time: the second is not due
    expect(await read(ITEMS.clipboardPending)).toMatchObject({ digest: await sha256Hex('second') });
  });
});

describe('clearIfUnchanged', () => {
  it('leaves a readable clipboard alone when it holds something else', async () => {
    const clipboard = fakeClipboard('the user copied this later', true);
    expect(await clearIfUnchanged(await sha256Hex('tok'), clipboard, undefined)).toBe('changed');
    expect(clipboard.text).toBe('the user copied this later');
  });
  it('clears a readable clipboard that still holds our text', async () => {
    const clipboard = fakeClipboard('tok', true);
    expect(await clearIfUnchanged(await sha256Hex('tok'), clipboard, undefined)).toBe('cleared');
    expect(clipboard.text).toBe('');
  });
  it('falls back to execCommand("copy") with an empty text where the async API is refused (offscreen)', async () => {
    const clipboard = { readText: async () => Promise.reject(new Error('denied')), writeText: async () => Promise.reject(new Error('not focused')) };
    const set = vi.fn();
    let listener: ((e: { clipboardData: { setData: typeof set }; preventDefault(): void }) => void) | undefined;
    const doc = { addEventListener: (_t: 'copy', fn: typeof listener) => void (listener = fn), execCommand: () => (listener?.({ clipboardData: { setData: set }, preventDefault() {} }), true) };
    expect(await clearIfUnchanged(await sha256Hex('tok'), clipboard, doc as never)).toBe('cleared');
    expect(set).toHaveBeenCalledWith('text/plain', '');
  });
});

describe('clearIfUnchanged with a read that never answers', () => {
  it('gives up looking after a second and clears', async () => {
    vi.useFakeTimers();
    try {
      const clipboard = { text: 'tok', readText: () => new Promise<string>(() => undefined), writeText: vi.fn(async () => undefined) };
      const done = clearIfUnchanged(await sha256Hex('tok'), clipboard, undefined);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await done).toBe('cleared');
      expect(clipboard.writeText).toHaveBeenCalledWith('');
    } finally {
      vi.useRealTimers();
    }
  });
});
