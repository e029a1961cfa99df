// JWKS cache with an injected clock (pure: no timers, no fetch of its own). Its `fetchJwks` plugs into
// VerifyContext.fetchJwks. Like jose's createRemoteJWKSet: a good JWKS is reused for `ttl` seconds;
// a kid miss refetches at most once per `cooldown` (key rotation without hammering the tenant,
// SECURITY B2.25); concurrent requests for one URL share a single fetch. Failures (404, timeout,
// malformed JSON) are remembered for the cool-down too, so repeated clicks do not refetch.
import { parseJwks } from './jwks';
import type { JwksFetchOptions, JwksFetchResult } from './types';

export interface JwksCacheOptions {
  /** Current time in seconds. */
  now: () => number;
  /** The real network call (injected; e.g. fetch with a 10 s abort). May return JSON text or parsed JSON. */
  fetch: (jwksUrl: string) => Promise<JwksFetchResult>;
  ttl?: number;
  cooldown?: number;
  maxEntries?: number;
}

interface Entry {
  result: JwksFetchResult;
  /** true when the result is a JWKS of valid shape (only those live for the full TTL). */
  good: boolean;
  fetchedAt: number;
}

export const DEFAULT_JWKS_TTL = 600;
export const DEFAULT_JWKS_COOLDOWN = 30;

/** Parse text bodies and keep only plain JSON data (no shared references to the fetcher's objects). */
function normalize(r: JwksFetchResult): { result: JwksFetchResult; good: boolean } {
  if (!r.ok) return { result: r, good: false };
  let json: unknown = r.json;
  try {
    json = typeof json === 'string' ? JSON.parse(json) : JSON.parse(JSON.stringify(json ?? null));
  } catch {
    json = null; // unparseable text: verify reports "malformed JWKS"
  }
  return { result: { ok: true, json }, good: parseJwks(json).ok };
}

export class JwksCache {
  readonly #opts: Required<JwksCacheOptions>;
  readonly #entries = new Map<string, Entry>();
  readonly #inflight = new Map<string, Promise<JwksFetchResult>>();
  /** Number of network fetches made (for diagnostics and tests). */
  fetchCount = 0;

  constructor(opts: JwksCacheOptions) {
    this.#opts = { ttl: DEFAULT_JWKS_TTL, cooldown: DEFAULT_JWKS_COOLDOWN, maxEntries: 20, ...opts };
  }

  /** Bound, so it can be passed as `ctx.fetchJwks` directly. */
  readonly fetchJwks = (jwksUrl: string, opts?: JwksFetchOptions): Promise<JwksFetchResult> => {
    const pending = this.#inflight.get(jwksUrl);
    if (pending) return pending;
    const e = this.#entries.get(jwksUrl);
    if (e && this.#fresh(e, opts?.kidMiss === true)) {
      return Promise.resolve(e.result.ok ? { ...e.result, cached: true } : e.result);
    }
    const p = this.#refetch(jwksUrl).finally(() => this.#inflight.delete(jwksUrl));
    this.#inflight.set(jwksUrl, p);
    return p;
  };

  #fresh(e: Entry, kidMiss: boolean): boolean {
    const age = this.#opts.now() - e.fetchedAt;
    if (age < 0) return false; // clock went backwards: do not trust the entry's age
    if (age < this.#opts.cooldown) return true; // nothing refetches inside the cool-down
    return e.good && !kidMiss && age < this.#opts.ttl;
  }

  async #refetch(url: string): Promise<JwksFetchResult> {
    this.fetchCount++;
    let raw: JwksFetchResult;
    try {
      raw = await this.#opts.fetch(url);
    } catch (err) {
      raw = { ok: false, reason: 'network', message: err instanceof Error ? err.message : 'fetch failed' };
    }
    const { result, good } = normalize(raw);
    this.#entries.delete(url);
    this.#entries.set(url, { result, good, fetchedAt: this.#opts.now() });
    while (this.#entries.size > this.#opts.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return result;
  }

  /** Drop one URL (or everything), e.g. when the user removes a custom domain. */
  invalidate(jwksUrl?: string): void {
    if (jwksUrl === undefined) this.#entries.clear();
    else this.#entries.delete(jwksUrl);
  }
}
