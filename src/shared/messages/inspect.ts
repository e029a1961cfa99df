// Messages of the Inspect feature (issue #3): opening a token in the inspector tab (the one-time hand-off),
// background JWKS verification, the toolbar-badge pin and the theme setting. Runs in every context. See ../messages.ts for the rules.
// `verify.token` is privileged (issue 13 item 2): it may make the background fetch a JWKS, and no page may
// trigger network requests. Everything that writes state is privileged too.
import { v } from '../validate';
import type { VerifyResult } from '../../lib/verify';
import { MAX_TOKEN_CHARS } from '../../lib/jwt/limits';

export type { VerifyResult } from '../../lib/verify';

const token = v.string({ min: 1, max: MAX_TOKEN_CHARS });

export const inspectMessages = {
  /** A content script's "Decode" control, or the popup's "Open in tab": show a token in the inspector tab.
   *  The token goes to storage.session under a random one-time id, never into a URL (SECURITY B4.39).
   *  Each call opens a tab, so a page may ask at most 10 times a minute (issue 13 item 7). */
  'inspector.open': { privileged: false, rate: { max: 10, perSeconds: 60 }, request: v.object({ token }) },
  /** The inspector tab collects a handed-over token once; the entry is deleted on read. */
  'inspector.take': { privileged: true, request: v.object({ id: v.string({ min: 16, max: 64, pattern: /^[A-Za-z0-9_-]+$/ }) }) },
  /** Verify an asymmetric (RS/PS/ES/EdDSA) token against its issuer's JWKS (SECURITY B2.23, B2.25). `explicit`:
   *  the user pressed "Verify", so an Auth0 tenant without a profile may be fetched (issue 13 item 2). */
  'verify.token': { privileged: true, request: v.object({ token, explicit: v.optional(v.boolean()) }) },
  /** Pin a token to the toolbar badge (minutes left); kept in storage.session only. */
  'inspect.pin': { privileged: true, request: v.object({ token }) },
  'inspect.unpin': { privileged: true, request: v.object({}) },
  /** Whether a token is pinned, and whether it is `token` (when given). */
  'inspect.pinned': { privileged: true, request: v.object({ token: v.optional(token) }) },
  /** The theme switch: the background is the one writer of settings (SECURITY B7.59). */
  'settings.setTheme': { privileged: true, writes: true, request: v.object({ theme: v.literal('system', 'light', 'dark') }) },
} as const;

export interface PinStatus {
  pinned: boolean;
  /** The pinned token's exp (epoch s), null when none or not a number. */
  exp: number | null;
  /** True when the request's token is the pinned one. */
  matches: boolean;
}

export interface InspectResponses {
  'inspector.open': { opened: true };
  'inspector.take': { token: string } | null;
  'verify.token': VerifyResult;
  'inspect.pin': PinStatus;
  'inspect.unpin': PinStatus;
  'inspect.pinned': PinStatus;
  'settings.setTheme': { theme: 'system' | 'light' | 'dark' };
}
