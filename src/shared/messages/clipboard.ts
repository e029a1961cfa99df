// Messages of the clipboard (issue 13 item 3, SECURITY B5.48). Runs in every context. See ../messages.ts.
// A page that copied token data tells the background the SHA-256 of what it wrote (never the text itself); the
// background clears the clipboard 30 s later, after the page may have closed, unless something else was copied.
import { v } from '../validate';

export const CLIPBOARD_CLEAR_SECONDS = 30;
/** Background → offscreen document messages carry this target; the offscreen document ignores everything else. */
export const OFFSCREEN_TARGET = 'token-workbench-offscreen';

export const clipboardMessages = {
  'clipboard.written': { privileged: true, request: v.object({ digest: v.string({ min: 64, max: 64, pattern: /^[0-9a-f]{64}$/ }) }) },
} as const;

export interface ClipboardResponses {
  /** When (epoch ms) the background will clear the clipboard if it still holds this text. */
  'clipboard.written': { clearAt: number };
}
