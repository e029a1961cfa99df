// Which issuers may be asked for a JWKS (SECURITY B2.25, FACTS §2, §8). The JWKS URL is always
// derived as https://HOST/.well-known/jwks.json from a strictly parsed `iss`; jwks_uri from
// discovery documents, headers (jku/x5u) or anything else is never used.

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Auth0-operated hosts under auth0.com that are not tenants (the dashboard, CDN, marketing site).
const NOT_TENANTS = new Set(['www', 'manage', 'cdn', 'support', 'community', 'marketplace', 'status']);

/**
 * A tenant domain under auth0.com: `tenant.auth0.com` (old US tenants) or `tenant.REGION.auth0.com`
 * (FACTS §6: region = label before auth0.com; e.g. us, eu, au, jp, uk). `auth0.com` itself and deeper
 * names are not tenant domains, and neither are the dashboard/CDN hosts: an issuer is a tenant.
 */
export function isAuth0Host(host: string): boolean {
  if (typeof host !== 'string' || host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 3 || labels.length > 4) return false;
  if (labels[labels.length - 1] !== 'com' || labels[labels.length - 2] !== 'auth0') return false;
  if (!labels.every((l) => LABEL.test(l))) return false;
  return !NOT_TENANTS.has(labels[0] as string);
}

/**
 * Host of an issuer, or null unless `iss` is exactly `https://HOST` or `https://HOST/`: no userinfo,
 * port, other path, query, fragment, non-ASCII, trailing dot, or IP literal. Returned lowercase.
 */
export function issuerHost(iss: unknown): string | null {
  if (typeof iss !== 'string' || iss.length > 300) return null;
  const m = /^https:\/\/([a-zA-Z0-9.-]+)\/?$/.exec(iss);
  if (!m) return null;
  const host = (m[1] as string).toLowerCase();
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  if (/^[0-9]+$/.test(labels[labels.length - 1] as string)) return null; // IPv4-like
  return host;
}

/** The only JWKS location ever fetched (FACTS §2). */
export function jwksUrlFor(host: string): string {
  return `https://${host}/.well-known/jwks.json`;
}

/**
 * Trust policy for VerifyContext.trustedIssuers: Auth0 tenant hosts plus the user's custom domains
 * (FACTS §8: a token got through a custom domain has iss = https://CUSTOM/). Custom domains are
 * compared exactly, lowercase; pass hosts already validated by domain/parseTenantDomain.
 */
export function makeTrustPolicy(customDomains: readonly string[]): (issHost: string) => boolean {
  const custom = new Set(customDomains.map((d) => d.toLowerCase()));
  return (host) => isAuth0Host(host) || custom.has(host);
}

/** What the background does with one issuer host (issue 13 items 2 and 8): `fetch` its JWKS now; `ask` first
 *  (an Auth0 tenant with no profile that the user never verified: a pasted token from an attacker's tenant must
 *  not work as a beacon, so only an explicit "Verify" click fetches); `refuse` (never fetched). Custom domains
 *  are trusted only through a saved profile, never through a raw host grant. Pure. */
export type JwksTrust = 'fetch' | 'ask' | 'refuse';

export interface JwksTrustFacts {
  /** Lower-case canonical and custom domains of the saved profiles. */
  profileHosts: readonly string[];
  /** Lower-case issuer hosts the user verified before with an explicit click. */
  verifiedHosts: readonly string[];
  /** True when the user pressed "Verify" for this token. */
  explicit: boolean;
}

export function decideJwksTrust(host: string | null, facts: JwksTrustFacts): JwksTrust {
  if (host === null) return 'refuse';
  const h = host.toLowerCase();
  if (facts.profileHosts.some((p) => p.toLowerCase() === h)) return 'fetch';
  if (!isAuth0Host(h)) return 'refuse';
  if (facts.verifiedHosts.includes(h) || facts.explicit) return 'fetch';
  return 'ask';
}
