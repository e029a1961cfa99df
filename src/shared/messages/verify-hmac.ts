// The HS256/384/512 check with the user's secret, done by the background (issue #7): the popup no longer
// bundles jose for it. Runs in every context. See ../messages.ts for the rules.
// PRIVILEGED (SECURITY B4.34): the request carries the secret the user typed, so only our own pages may send
// it. The background uses it for this one check and keeps nothing: never stored, never logged, never sent on.
import { v } from '../validate';
import type { VerifyResult } from '../../lib/verify';
import { MAX_TOKEN_CHARS } from '../../lib/jwt/limits';

export const verifyHmacMessages = {
  'verify.hmac': {
    privileged: true,
    request: v.object({
      token: v.string({ min: 1, max: MAX_TOKEN_CHARS }),
      secret: v.string({ min: 1, max: 8192 }),
      encoding: v.literal('utf8', 'base64', 'base64url'),
    }),
  },
} as const;

export interface VerifyHmacResponses {
  'verify.hmac': VerifyResult;
}
