// Where a Try-it call may go (issue 15): only to the tenant the token itself names. A Management API token's
// `aud` is `https://CANONICAL/api/v2/` (FACTS §1, §2) and its `iss` is the host it was minted on, the canonical
// domain or a custom domain (FACTS §8: a token from the custom domain must be used there). The call goes to the
// `iss` host, and only when that host is the canonical domain or the custom domain a saved profile declares for
// that very tenant. Legacy APIv2 tokens (FACTS §3) name no tenant; their `aud` is the global client id, so
// they go to the canonical domain of the profile holding that global client. Pure.
import { checkCanonicalDomain } from '../profiles/profile';

export interface TenantProfile {
  id: string;
  domain: string;
  customDomain?: string;
  clientId?: string;
  environment: 'development' | 'staging' | 'production';
  /** Legacy global client id (FACTS §3), when the profile has one. */
  legacyClientId?: string;
  /** Client ids of the profile's exact-mode minting apps (issue #11): their tokens are the profile's too. */
  mintingClientIds?: string[];
}

export type CallTarget =
  | { ok: true; host: string; canonical: string; production: boolean; profiles: string[] }
  | { ok: false; reason: string };

const AUD_RE = /^https:\/\/([^/]+)\/api\/v2\/$/;
const ISS_RE = /^https:\/\/([^/]+)\/$/;

function audiences(aud: unknown): string[] {
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
}

export function callTargetOf(payload: Record<string, unknown> | undefined, profiles: readonly TenantProfile[]): CallTarget {
  if (!payload) return { ok: false, reason: 'This token has no readable claims, so it names no tenant to call.' };
  const auds = audiences(payload['aud']);
  const canonical = auds.map((a) => AUD_RE.exec(a)?.[1]).find((h): h is string => !!h);
  if (!canonical) {
    const legacy = profiles.find((p) => p.legacyClientId && auds.includes(p.legacyClientId));
    if (legacy) return done(legacy.domain, legacy.domain, profiles);
    return { ok: false, reason: 'This token is not for the Auth0 Management API (its aud is not https://TENANT/api/v2/), so Token Workbench will not send it anywhere.' };
  }
  const c = checkCanonicalDomain(canonical);
  if (!c.ok || c.host !== canonical) return { ok: false, reason: `The token's audience names ${canonical.slice(0, 100)}, which is not an Auth0 tenant domain.` };
  const iss = typeof payload['iss'] === 'string' ? ISS_RE.exec(payload['iss'])?.[1]?.toLowerCase() : undefined;
  if (!iss) return { ok: false, reason: 'The token has no iss of the form https://HOST/, so the host it is valid on is unknown.' };
  if (iss === canonical) return done(canonical, canonical, profiles);
  const custom = profiles.some((p) => p.domain === canonical && p.customDomain === iss);
  if (!custom) return { ok: false, reason: `The token was issued by ${iss}, which is neither ${canonical} nor a custom domain a saved profile declares for it.` };
  return done(iss, canonical, profiles);
}

function done(host: string, canonical: string, profiles: readonly TenantProfile[]): CallTarget {
  const mine = profiles.filter((p) => p.domain === canonical);
  return { ok: true, host, canonical, production: mine.some((p) => p.environment === 'production'), profiles: mine.map((p) => p.id) };
}

/** The profile a token was minted from: same tenant and its client or one of its minting apps (`azp`, else
 *  `sub` = CLIENT@clients, FACTS §2). */
export function profileOfToken(payload: Record<string, unknown> | undefined, canonical: string, profiles: readonly TenantProfile[]): TenantProfile | null {
  const azp = typeof payload?.['azp'] === 'string' ? payload['azp'] : typeof payload?.['sub'] === 'string' ? payload['sub'].replace(/@clients$/, '') : undefined;
  const mine = profiles.filter((p) => p.domain === canonical);
  if (!azp) return null;
  return mine.find((p) => p.clientId === azp) ?? mine.find((p) => p.mintingClientIds?.includes(azp)) ?? null;
}
