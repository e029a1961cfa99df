// What the Terminate service needs from the rest of the background (issue #6): the worker's shared services of
// ../services.ts (issue #16: one profiles store, one ledger writer, one token cache and in-flight dedupe, one
// vault; SECURITY B7.59), injected so it is unit-tested without a browser. Plus the shared steps: the production
// confirmation and getting a management token for a profile (client credentials, else a short legacy HS256
// token with just the scopes the action needs, FACTS §3). The message's sender is passed down so a request from
// our own pages counts as activity for the auto-lock, as the mint feature's own messages do. Runs in the
// background.
import { appError } from '../../lib/errors';
import type { MintResult } from '../../shared/messages/mint';
import type { Profile } from '../../lib/profiles/profile';
import type { SenderInfo } from '../router';
import type { ProfilesStore } from '../profiles/profiles-store';
import type { LedgerStore } from '../ledger/ledger-store';
import type { TokenService } from '../mint/tokens';
import type { Vault } from '../vault/vault';
import { dashboardBase, tenantName } from '../../lib/profiles/dashboard';
import { callManagementApi, type MgmtFetch, type MgmtTarget } from '../../lib/auth0/management-api';
import type { MgmtRequest } from '../../lib/auth0/management-requests';
import { requirementFor, scopesToRequest, type TerminateAction } from '../../lib/auth0/management-scopes';

export interface TerminateDeps {
  profiles: Pick<ProfilesStore, 'all' | 'require' | 'put'>;
  /** The paged ledger store and its cache (never a raw storage read), the one writer of blacklist states. */
  ledger: Pick<LedgerStore, 'entries' | 'setBlacklist'>;
  /** The token service: management tokens come from its cache like any other mint. */
  tokens: Pick<TokenService, 'mint'>;
  /** For a rotated client secret of the profile's own client (stored, never shown). */
  vault: Pick<Vault, 'getSecrets' | 'putSecrets'>;
  /** Counts the request as user activity (the auto-lock's idle clock) when it comes from our own pages. */
  active(sender: SenderInfo): Promise<void>;
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

export async function managementSession(deps: TerminateDeps, p: Profile, action: TerminateAction, sender: SenderInfo): Promise<MgmtSession> {
  const cred = credentialOf(p);
  let minted: MintResult;
  let host: string;
  if (cred === 'client-credentials') {
    await deps.active(sender);
    // Empty scope list: every scope the grant has (and the same cache entry as other management calls).
    minted = await deps.tokens.mint({ profileId: p.id, mode: 'client-credentials', scopes: [] });
    host = p.customDomain || p.domain; // FACTS §8: a token is used on the host it was minted on
  } else if (cred === 'hs256-legacy') {
    await deps.active(sender);
    minted = await deps.tokens.mint({ profileId: p.id, mode: 'hs256-legacy', scopes: scopesToRequest(requirementFor(action)), lifetimeSeconds: LEGACY_MGMT_LIFETIME_S });
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
