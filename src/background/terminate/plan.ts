// `terminate.plan`: what can be done about one token (issue #6). Decodes it (never verifies: it only steers
// the UI), classifies it (SECURITY B2.27), finds the tenant's profiles — the profile that minted it (ledger,
// by jti), profiles whose domain is the `iss` host, or whose legacy global client id is the `aud` (FACTS §3) —
// and, per profile, the scope status of each action from the last client-credentials mint (FACTS §5 any-of).
// Tokens with a jti get blacklisting (FACTS §4); access tokens without one get the levers. Runs in the background.
import { appError } from '../../lib/errors';
import type { PlanProfile, TerminatePlan } from '../../shared/messages/terminate';
import { decodeToken } from '../../lib/jwt';
import type { LedgerEntry } from '../../lib/mint/ledger';
import type { Profile } from '../../lib/profiles/profile';
import { acceptForBlacklist, isAccessToken } from '../../lib/jwt/kind';
import { requirementFor, scopeStatus, type TerminateAction } from '../../lib/auth0/management-scopes';
import { credentialOf } from './deps';
import { dashboardBase, tenantName } from '../../lib/profiles/dashboard';
import { managementApiOf } from '../../lib/domain';

const ACTIONS: TerminateAction[] = ['blacklist', 'deleteGrant', 'rotateSecret', 'setLifetime'];

export function audList(aud: unknown): string[] {
  const list = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
  return [...new Set(list)].slice(0, 50);
}

function issuerHost(iss: unknown): string | null {
  if (typeof iss !== 'string') return null;
  try {
    const u = new URL(iss);
    return u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Scopes of the profile's latest client-credentials token for its Management API (FACTS §1 audience). */
export function lastGrantedScopes(p: Profile, ledger: readonly LedgerEntry[]): string[] | null {
  const aud = managementApiOf(p.domain);
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger[i]!;
    // Only a mint that asked for no particular scopes shows the client's whole grant: a narrowed token (e.g.
    // three scopes picked on the dashboard) says nothing about the scopes it did not ask for.
    if (e.profileId === p.id && e.mode === 'client-credentials' && e.aud === aud && e.requestedScopes.length === 0) return e.scopes;
  }
  return null;
}

/** The client a jti-less access token belongs to: `azp` (Auth0 profile), `client_id` (RFC 9068), or sub@clients. */
export function tokenClient(payload: Record<string, unknown>): string | null {
  if (typeof payload.azp === 'string' && payload.azp) return payload.azp;
  if (typeof payload.client_id === 'string' && payload.client_id) return payload.client_id;
  if (typeof payload.sub === 'string' && payload.sub.endsWith('@clients')) return payload.sub.slice(0, -'@clients'.length) || null;
  return null;
}

/** The legacy global client ids a profile answers for: its HS256 legacy one and any the user remembered. */
export function knownGlobalClients(p: Profile): string[] {
  return [...(p.hs256.legacy ? [p.hs256.legacy.globalClientId] : []), ...(p.globalClientIds ?? [])];
}

export function buildPlan(token: string, profiles: readonly Profile[], ledger: readonly LedgerEntry[]): TerminatePlan {
  const outcome = decodeToken(token);
  if (!outcome.ok || outcome.token.payload === undefined) throw appError('ERR_INVALID_MESSAGE', 'Not a decodable JWT: nothing to terminate.');
  const payload = outcome.token.payload as Record<string, unknown>;
  const c = outcome.token.kind;
  const jti = typeof payload.jti === 'string' && payload.jti ? payload.jti : null;
  const auds = audList(payload.aud);
  const acc = acceptForBlacklist(c, payload);
  const entry = jti ? [...ledger].reverse().find((e) => e.jti === jti && (auds.length === 0 || auds.includes(e.aud))) : undefined;

  const chosen = new Map<string, PlanProfile['reason']>();
  if (entry) chosen.set(entry.profileId, 'ledger');
  const host = issuerHost(payload.iss);
  for (const p of profiles) if (host && (p.domain === host || p.customDomain === host) && !chosen.has(p.id)) chosen.set(p.id, 'issuer');
  for (const p of profiles) if (knownGlobalClients(p).some((g) => auds.includes(g)) && !chosen.has(p.id)) chosen.set(p.id, 'global-client');
  // Issue #12: a legacy token usually has no iss (FACTS §3), so an unknown global client id matches no profile.
  // Then every profile is offered for the user to choose, and the UI offers to remember the id on the chosen one.
  const unmatched = chosen.size === 0 && c.kind === 'legacy-apiv2' && !host && auds.length === 1 ? { globalClientId: auds[0]! } : null;
  if (unmatched) for (const p of profiles) chosen.set(p.id, 'chosen');

  const client = tokenClient(payload);
  const accessToken = isAccessToken(c.kind);
  // Also for tokens that can be blacklisted: a tenant without the blacklist endpoint (FACTS §11) shows the levers
  // instead. A legacy token names no client and its aud is the global client, so its levers start empty.
  const levers = accessToken ? { clientId: client, audiences: auds.filter((a) => !/\/userinfo$/.test(a)) } : c.kind === 'legacy-apiv2' ? { clientId: null, audiences: [] } : null;

  const plans: PlanProfile[] = [...chosen].flatMap(([id, reason]) => {
    const p = profiles.find((x) => x.id === id);
    if (!p) return [];
    const credential = credentialOf(p);
    // A legacy management token is minted with exactly the scopes asked for (FACTS §3), so they are granted.
    const granted = credential === 'hs256-legacy' ? ACTIONS.flatMap((a) => requirementFor(a).flat()) : lastGrantedScopes(p, ledger);
    const scopes = Object.fromEntries(ACTIONS.map((a) => [a, scopeStatus(requirementFor(a), granted)])) as PlanProfile['scopes'];
    return [{ id: p.id, label: p.label, domain: p.domain, environment: p.environment, tenant: tenantName(p.domain), reason, credential, scopes, sameClient: !!client && client === p.clientId, dashboardBase: dashboardBase(p.domain) }];
  });

  return {
    kind: c.kind,
    jti,
    audChoices: acc.ok ? auds : [],
    exp: typeof payload.exp === 'number' ? payload.exp : null,
    blacklistRefusal: acc.ok ? (auds.length ? null : 'the token has no aud to send with the jti') : acc.reason,
    levers,
    profiles: plans,
    ledger: entry ? { ledgerId: entry.id, state: entry.blacklist.state } : null,
    unmatched,
  };
}
