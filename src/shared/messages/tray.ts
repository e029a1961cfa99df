// Messages of the content script's generator tray (issue #11). Runs in every context. These are the only mint
// paths open to a content script, and they are narrow on purpose (SECURITY B4.34, B4.38): `tray.mint` takes a
// profile id, an audience, a non-empty scope list and client credentials or exact mode only, and answers with
// metadata (never the token); `tray.open` hands a token the same tab minted to the inspector tab through the
// one-time hand-off; `tray.setupExact` opens the options page at the exact-minting set-up. The background
// also allows one `tray.mint` in flight per tab.
import { v } from '../validate';
import type { MintMode } from '../../lib/mint/ledger';
import type { QuotaView } from '../../lib/auth0/quota';
import type { TokenOrganization } from '../../lib/auth0/organizations';

const id = v.string({ min: 1, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });
const scope = v.string({ min: 1, max: 200, pattern: /^[^\s]+$/ });
const audience = v.string({ min: 1, max: 600 });

export const trayMessages = {
  'tray.mint': {
    privileged: false,
    writes: true, // the ledger, and in exact mode the tenant's grant
    request: v.object({ profileId: id, mode: v.literal('client-credentials', 'exact'), audience: v.optional(audience), scopes: v.array(scope, { min: 1, max: 300 }), organization: v.optional(v.string({ min: 1, max: 100 })) }),
  },
  // Both open a tab: at most 10 a minute per page, like inspector.open (issue 13 item 7).
  'tray.open': { privileged: false, rate: { max: 10, perSeconds: 60 }, request: v.object({ ledgerId: id }) },
  'tray.setupExact': { privileged: false, rate: { max: 10, perSeconds: 60 }, request: v.object({ profileId: id, audience }) },
} as const;

/** What a content script learns of a mint: no token, no secret (SECURITY B4.38). */
export interface TrayMintResult {
  ledgerId: string;
  mode: Extract<MintMode, 'client-credentials' | 'exact'>;
  expiresAt: number | null;
  requestedScopes: string[];
  grantedScopes: string[];
  fromCache: boolean;
  /** Exact mode: the grant was set to the picked scopes for this mint. */
  grantPatched: boolean;
  warnings: string[];
  /** Issue #12: "7 of 10 tokens left this hour" per quota bucket Auth0 reported (FACTS §1); metadata only. */
  quota?: QuotaView[];
  /** Issue #12: the organization sent and the token's org_id / org_name. */
  organization?: TokenOrganization;
}

export interface TrayResponses {
  'tray.mint': TrayMintResult;
  'tray.open': { opened: true };
  'tray.setupExact': { opened: true };
}
