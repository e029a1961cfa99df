// What the Terminate service needs from the rest of the background (issue #6), injected so it is unit-tested
// without a browser, plus the shared steps: the production confirmation and getting a management token for a
// profile (client credentials, else a short legacy HS256 token with just the scopes the action needs, FACTS
// §3). `ctx` is the message sender, passed through so the mint feature counts the activity. Runs in the
// background.
import { appError } from '../../lib/errors';
import type { MintResult } from '../../shared/messages/mint';
import type { LedgerEntry, BlacklistState, MintMode } from '../../lib/mint/ledger';
import type { Profile } from '../../lib/profiles/profile';
import { dashboardBase, tenantName } from '../../lib/profiles/dashboard';
import { callManagementApi, type MgmtFetch, type MgmtTarget } from '../../lib/auth0/management-api';
import type { MgmtRequest } from '../../lib/auth0/management-requests';
import { requirementFor, scopesToRequest, type TerminateAction } from '../../lib/auth0/management-scopes';

export interface TerminateDeps {
  profiles: { all(): Promise<Profile[]>; require(id: string): Promise<Profile>; put(p: Profile): Promise<void> };
  ledgerEntries(): Promise<LedgerEntry[]>;
  setBlacklist(ledgerId: string, state: BlacklistState, ctx: unknown): Promise<void>;
  mint(req: { profileId: string; mode: MintMode; scopes: string[]; lifetimeSeconds?: number }, ctx: unknown): Promise<MintResult>;
  /** Saves a rotated client secret of the profile's own client into the vault (never shown). */
  storeClientSecret(profile: Profile, secret: string, ctx: unknown): Promise<void>;
  fetch: MgmtFetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  newId?: () => string;
}

/** Lifetime of a legacy management token minted only to make these calls (FACTS §3: always with exp). */
export const LEGACY_MGMT_LIFETIME_S = 300;

/** Production profiles need the tenant name typed (issue #6); others the literal "yes". Checked here too. */
export function checkConfirm(p: Profile, confirm: string): void {
  const expected = p.environment === 'production' ? tenantName(p.domain) : 'yes';
  if (confirm.trim() !== expected) {
    throw appError('ERR_INVALID_MESSAGE', p.environment === 'production' ? `Not confirmed: type the tenant name ${tenantName(p.domain)}.` : 'Not confirmed.');
  }
}

export function credentialOf(p: Profile): 'client-credentials' | 'hs256-legacy' | null {
  if (p.clientId && p.hasSecret.client) return 'client-credentials';
  if (p.hs256.legacy && p.hasSecret.legacy) return 'hs256-legacy';
  return null;
}

export interface MgmtSession {
  target: MgmtTarget;
  /** Scopes the management token carries (null: unknown). */
  granted: string[] | null;
  /** The ledger entry of the management token itself (never blacklisted by a bulk run that uses it). */
  ledgerId: string;
  call(req: MgmtRequest, needed?: readonly string[]): Promise<{ status: number; body: unknown }>;
}

export async function managementSession(deps: TerminateDeps, p: Profile, action: TerminateAction, ctx: unknown): Promise<MgmtSession> {
  const cred = credentialOf(p);
  let minted: MintResult;
  let host: string;
  if (cred === 'client-credentials') {
    // Empty scope list: every scope the grant has (and the same cache entry as other management calls).
    minted = await deps.mint({ profileId: p.id, mode: 'client-credentials', scopes: [] }, ctx);
    host = p.customDomain || p.domain; // FACTS §8: a token is used on the host it was minted on
  } else if (cred === 'hs256-legacy') {
    minted = await deps.mint({ profileId: p.id, mode: 'hs256-legacy', scopes: scopesToRequest(requirementFor(action)), lifetimeSeconds: LEGACY_MGMT_LIFETIME_S }, ctx);
    host = p.domain;
  } else {
    throw appError('ERR_LOCKED', 'This profile has no stored credential for the Management API: add its client secret (or the legacy global client secret) in Options.');
  }
  const target = { host, token: minted.token };
  const policy = { fetch: deps.fetch, now: deps.now, sleep: deps.sleep, timeoutMs: deps.timeoutMs };
  const base = dashboardBase(p.domain) ?? undefined;
  return {
    target,
    granted: minted.grantedScopes.length ? minted.grantedScopes : null,
    ledgerId: minted.ledgerId,
    call: (req, needed) => callManagementApi(target, req, policy, { needed, dashboardBase: base }),
  };
}
