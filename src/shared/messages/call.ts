// Messages of "Try it" (issue 15): call a Management API endpoint with a token, see the answer, keep a short
// history. Runs in every context. See ../messages.ts for the rules.
// `call.send`, `call.target` and `call.history` are privileged: the token comes from an extension page (the
// inspector), never from a content script, and the background sends it only to the tenant it names.
// `call.open` is public: a reference page's content script may ask to open the inspector on an endpoint, with
// metadata only (method, path template, the page's tenant), never a token; the background validates it
// against the catalog and rate-limits it.
import { v } from '../validate';
import type { CallHistoryEntry } from '../../lib/call/history';
import type { ParsedBody, RateHeaders } from '../../lib/call/answer';
import { MAX_TOKEN_CHARS } from '../../lib/jwt/limits';

const token = v.string({ min: 1, max: MAX_TOKEN_CHARS });
const method = v.literal('GET', 'POST', 'PUT', 'PATCH', 'DELETE');
const row = v.object({ name: v.string({ max: 200 }), value: v.string({ max: 2000 }) });
const host = v.string({ min: 1, max: 253 });
const template = v.string({ min: 8, max: 300, pattern: /^\/api\/v2\/[A-Za-z0-9_{}/.-]+$/ });

export const callMessages = {
  /** Where a token's calls would go and which profile it came from (for the confirmation and the 403 fix). */
  'call.target': { privileged: true, request: v.object({ token }) },
  /** One Management API call with `token`, to the token's own tenant. Writes need `confirm` ("yes", or the
   *  tenant name on a production profile). */
  'call.send': {
    privileged: true,
    request: v.object({
      token,
      method,
      path: v.string({ min: 8, max: 2048 }),
      query: v.array(row, { max: 50 }),
      headers: v.array(row, { max: 30 }),
      body: v.optional(v.string({ max: 100_000 })),
      confirm: v.optional(v.string({ max: 200 })),
    }),
  },
  /** The last calls to a tenant (method, path, status, time). */
  'call.history': { privileged: true, request: v.object({ tenant: host }) },
  /** From a reference page: open the inspector on this endpoint (metadata only). */
  'call.open': { privileged: false, request: v.object({ method, template, tenant: v.optional(host) }) },
} as const;

export interface CallTargetInfo {
  host: string;
  canonical: string;
  production: boolean;
  /** The profile the token was minted from (same tenant and client), if saved. */
  profileId: string | null;
  profileLabel: string | null;
  canRemint: boolean;
  /** The profile has an exact-mode minting app for the Management API (issue #11): the re-mint uses it. */
  exact: boolean;
}

export interface CallAnswer {
  status: number;
  durationMs: number;
  host: string;
  contentType: string | null;
  rate: RateHeaders;
  body: ParsedBody;
  /** A 403 "Insufficient scope" names these (any of, FACTS §5). */
  expectedScopes: string[] | null;
  at: number;
}

export interface CallResponses {
  'call.target': CallTargetInfo;
  'call.send': CallAnswer;
  'call.history': { entries: CallHistoryEntry[] };
  'call.open': { opened: true };
}
