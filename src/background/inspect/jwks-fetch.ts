// The background's JWKS fetcher for `verify.token` (SECURITY B2.25, B6.53): the only code that asks an issuer
// for its keys. One JwksCache (src/lib/verify: TTL, cool-down, shared in-flight fetches) lives in memory and is
// rehydrated from storage.session after a service-worker restart, so a woken worker neither refetches nor
// forgets a recent failure. Runs in the background.
import { DEFAULT_JWKS_COOLDOWN, DEFAULT_JWKS_TTL, JwksCache, type JwksFetchResult } from '../../lib/verify';
import { ITEMS } from '../../shared/storage-schema';
import { read, write } from '../../shared/storage';
import type { PersistedJwks } from '../../shared/storage-items/inspect';
import type { FetchLike } from '../../lib/auth0/timed-fetch';
import { browserAuthFetch, savedCustomDomains } from '../net';

export const JWKS_TIMEOUT_MS = 10_000; // SECURITY B6.53: under Chrome's 30 s fetch kill
const MAX_JWKS_CHARS = 256 * 1024; // a real JWKS is a few KB; anything huge is not one
const nowSeconds = (): number => Date.now() / 1000;

/** One GET of a JWKS URL built by the lib from a trusted `iss` (never from jku/x5u). Never throws. It goes through
 *  the background's one fetch adapter (issue 13 item 1), which refuses hosts that are neither Auth0 nor a
 *  profile's granted custom domain, omits cookies (SECURITY B3.28) and refuses redirects. */
export async function fetchJwksOverNetwork(url: string, fetchImpl: FetchLike = browserAuthFetch(savedCustomDomains)): Promise<JwksFetchResult> {
  try {
    const res = await fetchImpl(url, {
      method: 'GET',
      credentials: 'omit',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(JWKS_TIMEOUT_MS),
    });
    if (res.status < 200 || res.status > 299) return { ok: false, reason: 'http', status: res.status };
    const text = await res.text();
    // Text goes to the cache, which parses it; oversized or non-JSON bodies become "malformed JWKS".
    return { ok: true, json: text.length > MAX_JWKS_CHARS ? '' : text };
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, reason: 'timeout' };
    // The browser's message can name the host; nothing secret, but keep it short and generic.
    return { ok: false, reason: 'network', message: 'the JWKS could not be fetched (offline, DNS, TLS or refused)' };
  }
}

/** Whether a persisted entry may stand in for a fetch right after a restart (same rules as the cache). */
export function usablePersisted(e: PersistedJwks | undefined, now: number, ttl = DEFAULT_JWKS_TTL, cooldown = DEFAULT_JWKS_COOLDOWN): boolean {
  if (!e) return false;
  const age = now - e.fetchedAt;
  if (age < 0) return false;
  return e.result.ok ? age < ttl - cooldown : age < cooldown;
}

// URLs whose persisted entry this worker already consulted: after that, a call means the memory cache wants
// a real refetch (TTL over, or a kid miss after the cool-down), so it must go to the network.
const consulted = new Set<string>();

async function fetchWithSession(url: string): Promise<JwksFetchResult> {
  if (!consulted.has(url)) {
    consulted.add(url);
    const stored = (await read(ITEMS.jwksCache).catch(() => ({}) as Record<string, PersistedJwks>))[url];
    if (stored && usablePersisted(stored, nowSeconds())) return stored.result;
  }
  const result = await fetchJwksOverNetwork(url);
  try {
    const all = await read(ITEMS.jwksCache);
    const entries = Object.entries({ ...all, [url]: { result, fetchedAt: nowSeconds() } });
    await write(ITEMS.jwksCache, Object.fromEntries(entries.slice(-20))); // bounded, like the memory cache
  } catch {
    // storage.session full or unavailable: the memory cache still works.
  }
  return result;
}

export const jwksCache = new JwksCache({ now: nowSeconds, fetch: fetchWithSession });
