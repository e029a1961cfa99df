// Which issuers the background may ask for a JWKS (SECURITY B2.25, FACTS §8): Auth0 tenant hosts
// (`*.auth0.com`, via the lib's isAuth0Host) and custom domains for which the user granted this exact host
// permission (`https://HOST/*`). A wildcard grant (`https://*/*`) does not make every host trusted. Any other
// issuer is "issuer not trusted" and no request is made. Runs in the background.
import { ext } from '../../shared/browser';
import { isAuth0Host, issuerHost, makeTrustPolicy } from '../../lib/verify';

const EXACT_ORIGIN = /^https:\/\/([a-z0-9.-]+)\/\*$/i;

/** Hosts of exact `https://HOST/*` grants; patterns with a wildcard host are ignored. Pure. */
export function customHostsFromOrigins(origins: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const o of origins ?? []) {
    const h = EXACT_ORIGIN.exec(o)?.[1]?.toLowerCase();
    if (h && !isAuth0Host(h)) out.push(h);
  }
  return out;
}

/** The trust policy for one token: only its own issuer host can be added, and only if granted. */
export async function trustPolicyFor(iss: unknown): Promise<(host: string) => boolean> {
  const host = issuerHost(iss);
  if (host === null || isAuth0Host(host)) return makeTrustPolicy([]);
  let granted: string[] = [];
  try {
    granted = customHostsFromOrigins((await ext.permissions.getAll()).origins);
  } catch {
    granted = [];
  }
  return makeTrustPolicy(granted.includes(host) ? [host] : []);
}
