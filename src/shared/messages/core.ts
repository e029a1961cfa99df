// Messages of the core and the inspector hand-off. Runs in every context. See ../messages.ts for the rules.
import { v } from '../validate';
import { MAX_TOKEN_CHARS } from '../../lib/jwt/limits';

export { MAX_TOKEN_CHARS }; // SECURITY B1.16: the decoder's cap; larger input is refused before decoding

export const coreMessages = {
  /** Liveness and version; any context may ask. */
  ping: { privileged: false, request: v.object({}) },
  /** A content script's "Decode" control, or the popup's "Open in tab": show a token in the inspector tab.
   *  The token goes to storage.session under a random one-time id, never into a URL (SECURITY B4.39).
   *  Each call opens a tab, so a page may ask at most 10 times a minute (issue 13 item 7). */
  'inspector.open': { privileged: false, rate: { max: 10, perSeconds: 60 }, request: v.object({ token: v.string({ min: 1, max: MAX_TOKEN_CHARS }) }) },
  /** The inspector tab collects a handed-over token once; the entry is deleted on read. */
  'inspector.take': { privileged: true, request: v.object({ id: v.string({ min: 16, max: 64, pattern: /^[A-Za-z0-9_-]+$/ }) }) },
} as const;

export interface CoreResponses {
  ping: { version: string; context: 'background'; readOnly: boolean };
  'inspector.open': { opened: true };
  'inspector.take': { token: string } | null;
}
