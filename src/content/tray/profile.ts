// Pure rules for the tray's profile, mode and audience choices. Runs in the content script; unit-tested.
// FACTS §6: `/dashboard/{region}/{tenant}/` ↔ `tenant.region.auth0.com`; FACTS §8: the Management API audience
// is always the canonical domain's `https://DOMAIN/api/v2/`, even for a profile with a custom domain.
import type { ProfileSummary, TrayMode } from '../api';
import { mintModesOf } from '../../lib/profiles/modes';
import { managementApiOf } from '../../lib/domain';

/** What the page tells us about where a token should come from and for which API. */
export interface PageTarget {
  /** Candidate canonical domains of the page's tenant (from the URL or the Management API identifier). */
  tenantDomains: string[];
  /** A tenant label for messages, e.g. "demo (us)". */
  tenantLabel: string | null;
  /** True for the Management API (audience derives from the profile's domain). */
  management: boolean;
  /** A custom API's identifier read from the page, when the page shows one. */
  customAudience: string | null;
}

function domainsOf(p: ProfileSummary): string[] {
  return [p.domain, p.customDomain].filter((d): d is string => !!d).map((d) => d.toLowerCase());
}

export function preselect(profiles: ProfileSummary[], target: PageTarget): ProfileSummary | undefined {
  const match = profiles.find((p) => domainsOf(p).some((d) => target.tenantDomains.includes(d)));
  return match ?? (profiles.length === 1 ? profiles[0] : undefined);
}

/** A plain sentence when the chosen profile is for another tenant than the page's, else null. */
export function mismatch(p: ProfileSummary | undefined, target: PageTarget): string | null {
  if (!p || target.tenantDomains.length === 0) return null;
  if (domainsOf(p).some((d) => target.tenantDomains.includes(d))) return null;
  return `This page is for tenant ${target.tenantLabel ?? target.tenantDomains[0]}, but the profile “${p.label}” is for ${p.domain}. The token will come from ${p.domain}.`;
}

/** The tray mints with client credentials or exact mode only (issue #11): exact first where a minting app
 *  serves the audience, since it is the only way to a token with exactly the picked scopes (FACTS §1). */
export function trayModesOf(p: ProfileSummary | undefined, audience: string | undefined): TrayMode[] {
  return mintModesOf(p, audience).filter((m): m is TrayMode => m === 'exact' || m === 'client-credentials');
}

/** The audience to request: the page's custom API, else the profile's Management API (FACTS §8: canonical). */
export function audienceFor(p: ProfileSummary | undefined, target: PageTarget): string | undefined {
  if (!p) return undefined;
  if (!target.management && target.customAudience) return target.customAudience;
  return managementApiOf(p.domain);
}
