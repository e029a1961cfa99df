// The background's only network adapter (issue #4). Runs in the background. `authFetch` refuses any URL that is
// not https on `*.auth0.com` or on a profile's custom domain whose host permission the user granted
// (ERR_HOST_NOT_ALLOWED), always sends `credentials: 'omit'` so dashboard cookies never ride along
// (SECURITY B3.28), and never follows a redirect to another host.
import { ext } from '../shared/browser';
import { appError } from '../lib/errors';
import { read } from '../shared/storage';
import { ITEMS } from '../shared/storage-schema';
import type { FetchLike, ResponseLike } from '../lib/auth0/timed-fetch';
import { originPattern } from '../lib/profiles/profile';

export interface NetDeps {
  fetch: (url: string, init: RequestInit) => Promise<ResponseLike>;
  /** Custom domains of saved profiles (lower-case hosts). */
  customDomains: () => Promise<string[]>;
  hasPermission: (originPattern: string) => Promise<boolean>;
}

/** `*.auth0.com` tenant hosts (the manifest's host permission); manage.auth0.com is the dashboard, not an API. */
export function isAuth0Host(host: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.auth0\.com$/.test(host) && host !== 'manage.auth0.com';
}

export function createAuthFetch(deps: NetDeps): FetchLike {
  return async (url, init) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw appError('ERR_HOST_NOT_ALLOWED', 'Refused: not a valid URL.');
    }
    const host = u.hostname.toLowerCase();
    if (u.protocol !== 'https:' || u.username || u.password || u.port) {
      throw appError('ERR_HOST_NOT_ALLOWED', 'Refused: only plain https URLs to Auth0 are fetched.');
    }
    if (!isAuth0Host(host)) {
      const custom = (await deps.customDomains()).includes(host);
      if (!custom) throw appError('ERR_HOST_NOT_ALLOWED', `Refused: ${host} is neither an Auth0 domain nor a profile's custom domain.`);
      if (!(await deps.hasPermission(originPattern(host)))) {
        throw appError('ERR_HOST_NOT_ALLOWED', `Access to ${host} has not been granted. Grant it in Options → the profile (a browser prompt).`);
      }
    }
    return deps.fetch(u.href, { ...init, credentials: 'omit', redirect: 'error', cache: 'no-store', referrerPolicy: 'no-referrer' });
  };
}

/** The wired adapter used by the background. The only `fetch(` in src/ (issue 13 item 1; eslint enforces it). */
export function browserAuthFetch(customDomains: () => Promise<string[]>): FetchLike {
  return createAuthFetch({
    fetch: (url, init) => fetch(url, init),
    customDomains,
    hasPermission: (origin) => ext.permissions.contains({ origins: [origin] }),
  });
}

/** Custom domains of the saved profiles, read straight from storage (the JWKS fetcher has no profile store). */
export async function savedCustomDomains(): Promise<string[]> {
  const list = await read(ITEMS.profiles).catch(() => []);
  return (Array.isArray(list) ? list : []).flatMap((p) => (typeof p?.customDomain === 'string' ? [p.customDomain.toLowerCase()] : []));
}
