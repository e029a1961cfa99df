// Messages of profiles, the vault, minting and the ledger (issue #4). Runs in every context. Only `profiles.list`
// (secret-free summaries) is public; everything that takes or reveals a secret or a token is privileged
// (SECURITY B4.34), `mint.request` included: it returns the token, so content scripts use the narrow
// `tray.mint` (./tray.ts), which returns metadata only (SECURITY B4.38).
import { v } from '../validate';
import type { GrantChange, LedgerEntry, MintMode } from '../../lib/mint/ledger';
import type { ProfileSummary } from '../../lib/profiles/profile';
import type { Snippets } from '../../lib/auth0/snippets';
import type { QuotaView } from '../../lib/auth0/quota';
import type { TokenOrganization } from '../../lib/auth0/organizations';
import { MIN_PASSPHRASE_CHARS } from '../../lib/vault/strength';

export type { LedgerEntry } from '../../lib/mint/ledger';
export type { ProfileSummary } from '../../lib/profiles/profile';

const id = v.string({ min: 1, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });
const host = v.string({ min: 1, max: 253 }); // strictness is checked by the handler (SECURITY B3.33), with a reason
const scope = v.string({ min: 1, max: 200, pattern: /^[^\s]+$/ });
const scopes = v.array(scope, { max: 300 });
const secret = v.string({ min: 1, max: 4096 });
const encoding = v.literal('base64url', 'utf8');
const mode = v.literal('client-credentials', 'exact', 'hs256-custom', 'hs256-legacy');
const lifetime = v.number({ integer: true, min: 1, max: 86_400 }); // SECURITY B3.29: max 24 h
const audience = v.string({ min: 1, max: 600 });
/** FACTS §1: an organization id or name (issue #12 item 7); checked further by src/lib/auth0/organizations. */
const organization = v.string({ min: 1, max: 100 });

export const mintMessages = {
  /** Public view of every profile (no secrets). */
  'profiles.list': { privileged: false, request: v.object({}) },
  /** Mints (or reuses a cached) token; the secret stays in the background. There is no never-expiring option:
   *  every HS256 token has an exp, at most 24 h away (SECURITY B3.29); the strict schema refuses such a field. */
  'mint.request': {
    privileged: true,
    writes: true, // the ledger
    request: v.object({ profileId: id, mode, audience: v.optional(audience), scopes, lifetimeSeconds: v.optional(lifetime), organization: v.optional(organization) }),
  },
  /** Full profile in; omitted secrets keep the stored ones. Secrets go straight into the vault. */
  'profiles.save': {
    privileged: true,
    writes: true,
    request: v.object({
      id: v.optional(id),
      label: v.string({ min: 1, max: 200 }),
      domain: host,
      customDomain: v.optional(host),
      environment: v.literal('development', 'staging', 'production'),
      clientId: v.optional(v.string({ min: 1, max: 128 })),
      clientSecret: v.optional(secret),
      hs256CustomApi: v.optional(v.object({ audience, subject: v.optional(v.string({ min: 1, max: 256 })), secretEncoding: v.optional(encoding), secret: v.optional(secret) })),
      hs256Legacy: v.optional(v.object({ globalClientId: v.string({ min: 1, max: 128 }), secretEncoding: v.optional(encoding), secret: v.optional(secret) })),
      /** Required (true) when either HS256 mode is configured: the user saw HS256_RISK_TEXT. */
      acknowledgeHs256Risk: v.optional(v.boolean()),
    }),
  },
  'profiles.delete': { privileged: true, writes: true, request: v.object({ id }) },
  /** A real client-credentials call (not cached, not recorded) to check the credentials. */
  'profiles.test': { privileged: true, request: v.object({ profileId: id, audience: v.optional(audience) }) },
  'vault.status': { privileged: true, request: v.object({}) },
  'vault.setup': { privileged: true, writes: true, request: v.object({ mode: v.literal('passphrase', 'session'), passphrase: v.optional(v.string({ min: MIN_PASSPHRASE_CHARS, max: 1024 })) }) },
  'vault.unlock': { privileged: true, request: v.object({ passphrase: v.string({ min: 1, max: 1024 }) }) },
  'vault.lock': { privileged: true, request: v.object({}) },
  'vault.forget': { privileged: true, writes: true, request: v.object({}) },
  'vault.setAutoLock': { privileged: true, writes: true, request: v.object({ minutes: v.number({ integer: true, min: 1, max: 1440 }) }) },
  'ledger.list': { privileged: true, request: v.object({ limit: v.optional(v.number({ integer: true, min: 1, max: 1000 })), offset: v.optional(v.number({ integer: true, min: 0 })) }) },
  'ledger.reveal': { privileged: true, request: v.object({ ledgerId: id }) },
  'ledger.export': { privileged: true, request: v.object({ includeTokens: v.boolean() }) },
  'ledger.remint': { privileged: true, writes: true, request: v.object({ ledgerId: id }) },
  /** Marks a ledger entry's blacklist state (for the blacklist feature). */
  'ledger.setBlacklist': { privileged: true, writes: true, request: v.object({ ledgerId: id, state: v.literal('none', 'pending', 'blacklisted', 'unknown', 'failed') }) },
  'mint.snippets': { privileged: true, request: v.object({ profileId: id, audience: v.optional(audience), scopes, includeSecret: v.boolean() }) },
  /** The scopes the profile's client was granted for an audience, as the last client-credentials mint or test
   *  that asked for no particular scope found them this session (the Mint tab lists them first). Scope names
   *  only, but kept to our own pages like the rest of the mint feature: no content script needs them. */
  'mint.grantedScopes': { privileged: true, request: v.object({ profileId: id, audience }) },
} as const;

export interface MintResult {
  ledgerId: string;
  token: string;
  mode: MintMode;
  /** Epoch seconds; null only when neither the token nor Auth0's answer says (an opaque token without expires_in). */
  expiresAt: number | null;
  requestedScopes: string[];
  grantedScopes: string[];
  fromCache: boolean;
  /** Non-fatal notes (unknown legacy scopes, quota header, a pruned ledger). */
  warnings: string[];
  /** Exact mode: the grant change made just before the token was asked for (absent on a cache hit). */
  grantChange?: GrantChange;
  /** Issue #12: the client/organization token quotas Auth0 reported with this token (absent on a cache hit or
   *  without a quota), e.g. "7 of 10 tokens left this hour" (FACTS §1). */
  quota?: QuotaView[];
  /** Issue #12: the organization sent, and the token's `org_id` / `org_name`. */
  organization?: TokenOrganization;
}

export interface VaultStatus {
  mode: 'passphrase' | 'session' | 'none';
  locked: boolean;
  autoLockMinutes: number;
  /** KDF iteration count stored with the vault (SECURITY B5.44), passphrase mode only. */
  iterations?: number;
}

export interface MintResponses {
  'profiles.list': ProfileSummary[];
  'mint.request': MintResult;
  'profiles.save': { id: string; needsHostPermission?: string };
  'profiles.delete': { deleted: boolean };
  'profiles.test': { ok: true; grantedScopes: string[] };
  'vault.status': VaultStatus;
  'vault.setup': VaultStatus;
  'vault.unlock': VaultStatus;
  'vault.lock': VaultStatus;
  'vault.forget': VaultStatus;
  'vault.setAutoLock': VaultStatus;
  'ledger.list': { entries: LedgerEntry[]; total: number; notice?: string };
  'ledger.reveal': { token: string } | null;
  'ledger.export': { json: string };
  'ledger.remint': MintResult;
  'ledger.setBlacklist': { updated: boolean };
  'mint.snippets': Snippets;
  /** null: not known this session (the caller falls back to the ledger). */
  'mint.grantedScopes': { scopes: string[] | null };
}
