// Messages of the Inspect feature (issue #3): background JWKS verification, the toolbar-badge pin and the theme
// setting. Runs in every context. See ../messages.ts for the rules.
// `verify.token` is NOT privileged: it carries no secret in or out (HS* tokens are checked with the user's
// secret through the separate, privileged `verify.hmac`), and the background fetches only the JWKS of a trusted
// issuer, with credentials omitted. A content script may therefore ask for it. Everything that writes state is privileged.
import { v } from '../validate';
import type { VerifyResult } from '../../lib/verify';
import { MAX_TOKEN_CHARS } from './core';

export type { VerifyResult } from '../../lib/verify';

const token = v.string({ min: 1, max: MAX_TOKEN_CHARS });

export const inspectMessages = {
  /** Verify an asymmetric (RS/PS/ES/EdDSA) token against its issuer's JWKS (SECURITY B2.23, B2.25). */
  'verify.token': { privileged: false, request: v.object({ token }) },
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
  'verify.token': VerifyResult;
  'inspect.pin': PinStatus;
  'inspect.unpin': PinStatus;
  'inspect.pinned': PinStatus;
  'settings.setTheme': { theme: 'system' | 'light' | 'dark' };
}
