// Messages of the Terminate feature (issue #6): the plan for one token, blacklisting (FACTS §4), the ledger's
// bulk blacklist, the blacklist view, and the three levers for jti-less Auth0 access tokens (delete the client
// grant, rotate the client secret, shorten the API's token lifetime). Runs in every context. ALL privileged
// (SECURITY B4.34): they take a token or act on a tenant with the profile's credentials.
// `confirm` is the user's explicit confirmation: the tenant name on a production profile, else "yes".
import { v } from '../validate';
import { MAX_TOKEN_CHARS } from '../../lib/jwt/limits';
import type { BlacklistState } from '../../lib/mint/ledger';
import type { TokenKind } from '../../lib/jwt/kind';
import type { ScopeStatus, TerminateAction } from '../../lib/auth0/management-scopes';
import type { Environment } from '../../lib/profiles/profile';

const id = v.string({ min: 1, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });
const aud = v.string({ min: 1, max: 600 });
const jti = v.string({ min: 1, max: 256 });
const clientId = v.string({ min: 1, max: 128, pattern: /^[A-Za-z0-9_-]+$/ });
const confirm = v.string({ min: 1, max: 64 });

export const terminateMessages = {
  'terminate.plan': { privileged: true, request: v.object({ token: v.string({ min: 1, max: MAX_TOKEN_CHARS }) }) },
  'blacklist.add': { privileged: true, writes: true, request: v.object({ profileId: id, aud, jti, confirm }) },
  'blacklist.list': { privileged: true, request: v.object({ profileId: id, aud }) },
  /** Known `aud` values for a profile's blacklist view (ledger tokens with a jti, the legacy global client). */
  'blacklist.audiences': { privileged: true, request: v.object({ profileId: id }) },
  'blacklist.bulk': { privileged: true, writes: true, request: v.object({ profileId: id, confirm }) },
  'blacklist.bulkStatus': { privileged: true, request: v.object({ jobId: id }) },
  /** The `subject_type: client` grant of (client, API) with its scopes, shown before the delete (FACTS §9). */
  'lever.findGrant': { privileged: true, request: v.object({ profileId: id, clientId, audience: aud }) },
  /** `grantId`: the grant the user saw and confirmed; the delete refuses if the client grant is now another. */
  'lever.deleteGrant': { privileged: true, request: v.object({ profileId: id, clientId, audience: aud, confirm, grantId: v.optional(v.string({ min: 1, max: 128, pattern: /^[A-Za-z0-9_-]+$/ })) }) },
  'lever.rotateSecret': { privileged: true, writes: true, request: v.object({ profileId: id, clientId, confirm, storeInVault: v.boolean(), reveal: v.boolean() }) },
  /** Remember a legacy token's global client id on a profile, so its tokens find it (issue #12). */
  'terminate.rememberGlobalClient': { privileged: true, writes: true, request: v.object({ profileId: id, globalClientId: clientId }) },
  'lever.setLifetime': { privileged: true, request: v.object({ profileId: id, audience: aud, seconds: v.number({ integer: true, min: 1, max: 2_592_000 }), confirm }) },
} as const;

export interface PlanProfile {
  id: string;
  label: string;
  domain: string;
  environment: Environment;
  /** The name to type on a production profile (first label of the canonical domain). */
  tenant: string;
  /** Why this profile: minted the token (ledger), issuer host, the legacy global client id, or offered for the
   *  user to choose because nothing matched (`TerminatePlan.unmatched`). */
  reason: 'ledger' | 'issuer' | 'global-client' | 'chosen';
  /** How the management token is obtained; null: the profile has no usable credential. */
  credential: 'client-credentials' | 'hs256-legacy' | null;
  scopes: Record<TerminateAction, ScopeStatus>;
  /** The token's client is this profile's own client (rotating its secret breaks the profile). */
  sameClient: boolean;
  /** FACTS §6: https://manage.auth0.com/dashboard/{region}/{tenant} */
  dashboardBase: string | null;
}

export interface TerminatePlan {
  kind: TokenKind;
  jti: string | null;
  /** `aud` values to send with the blacklist (the user picks one when there are several). */
  audChoices: string[];
  exp: number | null;
  /** Why blacklisting is not offered (no jti, wrong kind: SECURITY B2.27, B3.31); null when it is. */
  blacklistRefusal: string | null;
  /** Levers for tokens without a jti; null when not applicable. */
  levers: { clientId: string | null; audiences: string[] } | null;
  profiles: PlanProfile[];
  ledger: { ledgerId: string; state: BlacklistState } | null;
  /** A legacy token without iss whose global client id no profile knows: every profile is offered (issue #12). */
  unmatched: { globalClientId: string } | null;
}

export interface BlacklistAddResult {
  /** blacklisted: listed by the re-check GET; unknown: the POST timed out and the pair is not listed: ask. */
  outcome: 'blacklisted' | 'unknown';
  listed: boolean;
  message: string;
  ledgerUpdated: number;
}

export interface BlacklistEntryView {
  aud?: string;
  jti: string;
  /** The ledger entry of a token this extension minted, if any. */
  ledgerId: string | null;
}

export type BulkItemOutcome = 'pending' | 'blacklisted' | 'unknown' | 'failed' | 'skipped';
export interface BulkItem {
  ledgerId: string;
  jti: string;
  aud: string;
  outcome: BulkItemOutcome;
  message: string;
}
export interface BulkStatus {
  jobId: string;
  done: boolean;
  total: number;
  processed: number;
  items: BulkItem[];
  error: string | null;
}

export interface TerminateResponses {
  'terminate.plan': TerminatePlan;
  'blacklist.add': BlacklistAddResult;
  'blacklist.list': { aud: string; entries: BlacklistEntryView[] };
  'blacklist.audiences': { audiences: string[] };
  'blacklist.bulk': BulkStatus;
  'blacklist.bulkStatus': BulkStatus;
  'lever.findGrant': { grantId: string; scope: string[]; subjectType: 'client' };
  'lever.deleteGrant': { grantId: string; deleted: true; scope: string[]; message: string };
  'lever.rotateSecret': { rotated: true; stored: boolean; secret?: string; settingsUrl: string | null; message: string };
  'terminate.rememberGlobalClient': { remembered: true; message: string };
  'lever.setLifetime': { id: string; name: string; previous: number | null; tokenLifetime: number; previousForWeb?: number | null; tokenLifetimeForWeb?: number | null; message: string };
}
