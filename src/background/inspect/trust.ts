// Which issuers the background may ask for a JWKS (SECURITY B2.25, FACTS §8; issue 13 items 2 and 8): the hosts
// of saved profiles (canonical and custom domains) automatically; another Auth0 tenant only after an explicit
// "Verify" click, or automatically once the user verified one of its tokens that way. A custom domain is
// trusted only through a profile, never through a raw host grant (the fetch adapter additionally requires the
// grant). Any other issuer is "issuer not trusted" and no request is made. Runs in the background.
import { decideJwksTrust, issuerHost, type JwksTrust } from '../../lib/verify';
import { ITEMS } from '../../shared/storage-schema';
import { read, write } from '../../shared/storage';

const MAX_VERIFIED = 50;

async function profileHosts(): Promise<string[]> {
  const list = await read(ITEMS.profiles).catch(() => []);
  return (Array.isArray(list) ? list : []).flatMap((p) => [p?.domain, p?.customDomain]).filter((h): h is string => typeof h === 'string').map((h) => h.toLowerCase());
}

async function verifiedHosts(): Promise<string[]> {
  const list = await read(ITEMS.verifiedIssuers).catch(() => []);
  return Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : [];
}

/** The decision for one token's issuer, from the saved profiles and the hosts verified before. */
export async function jwksTrustFor(iss: unknown, explicit: boolean): Promise<{ host: string | null; trust: JwksTrust }> {
  const host = issuerHost(iss);
  const trust = decideJwksTrust(host, { profileHosts: await profileHosts(), verifiedHosts: await verifiedHosts(), explicit });
  return { host, trust };
}

/** Remembers an issuer the user verified with an explicit click, so its JWKS is fetched automatically next time. */
export async function rememberVerified(host: string): Promise<void> {
  const list = (await verifiedHosts()).filter((h) => h !== host);
  await write(ITEMS.verifiedIssuers, [...list, host].slice(-MAX_VERIFIED));
}
