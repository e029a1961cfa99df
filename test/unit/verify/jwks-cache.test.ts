// SECURITY B2.25: JWKS refetching obeys TTL and a cool-down; failures are distinct and remembered.
import { beforeAll, describe, expect, it } from 'vitest';
import { JwksCache } from '../../../src/lib/verify/jwks-cache';
import { verifyToken } from '../../../src/lib/verify/verify';
import type { JwksFetchResult } from '../../../src/lib/verify/types';
import { JWKS_URL, NOW, ctxWith, fakeFetch, headerOf, jwksOf, m2mClaims, makeKey, signWith, type TestKey } from './helpers';

let k1: TestKey;
let k2: TestKey;
beforeAll(async () => {
  [k1, k2] = await Promise.all([makeKey('RS256', 'old'), makeKey('RS256', 'new')]);
});

function setup(respond: (n: number) => JwksFetchResult) {
  let t = 1000;
  const f = fakeFetch(() => respond(f.calls.length));
  const cache = new JwksCache({ now: () => t, fetch: f.fn, ttl: 600, cooldown: 30 });
  return { cache, f, advance: (s: number) => (t += s) };
}

describe('JwksCache', () => {
  it('B2.25 serves from cache within the TTL and refetches after it', async () => {
    const { cache, f, advance } = setup(() => jwksOf({ kty: 'RSA', kid: 'a', n: 'x', e: 'AQAB' }));
    expect(await cache.fetchJwks(JWKS_URL)).toMatchObject({ ok: true });
    expect(await cache.fetchJwks(JWKS_URL)).toMatchObject({ ok: true, cached: true });
    advance(599);
    await cache.fetchJwks(JWKS_URL);
    expect(f.calls).toHaveLength(1);
    advance(1);
    await cache.fetchJwks(JWKS_URL);
    expect(f.calls).toHaveLength(2);
  });

  it('B2.25 a kid miss refetches at most once per cool-down', async () => {
    const { cache, f, advance } = setup(() => jwksOf());
    await cache.fetchJwks(JWKS_URL);
    await cache.fetchJwks(JWKS_URL, { kidMiss: true });
    await cache.fetchJwks(JWKS_URL, { kidMiss: true });
    expect(f.calls).toHaveLength(1);
    advance(30);
    await cache.fetchJwks(JWKS_URL, { kidMiss: true });
    await cache.fetchJwks(JWKS_URL, { kidMiss: true });
    expect(f.calls).toHaveLength(2);
  });

  it('B2.25 failures (404, timeout, malformed) are remembered for the cool-down, then retried', async () => {
    for (const failure of [{ ok: false, reason: 'http', status: 404 }, { ok: false, reason: 'timeout' }, { ok: true, json: 'not json{' }] as JwksFetchResult[]) {
      const { cache, f, advance } = setup(() => failure);
      const first = await cache.fetchJwks(JWKS_URL);
      await cache.fetchJwks(JWKS_URL);
      expect(f.calls).toHaveLength(1);
      advance(30);
      await cache.fetchJwks(JWKS_URL);
      expect(f.calls).toHaveLength(2);
      if (failure.ok) expect(first).toEqual({ ok: true, json: null });
    }
  });

  it('B2.25 concurrent requests share one fetch; a throwing fetcher becomes a network failure', async () => {
    const { cache, f } = setup(() => jwksOf());
    await Promise.all([cache.fetchJwks(JWKS_URL), cache.fetchJwks(JWKS_URL), cache.fetchJwks(JWKS_URL)]);
    expect(f.calls).toHaveLength(1);
    const boom = new JwksCache({ now: () => 0, fetch: async () => { throw new Error('reset'); } });
    expect(await boom.fetchJwks(JWKS_URL)).toEqual({ ok: false, reason: 'network', message: 'reset' });
  });

  it('B2.25 stores a copy of the parsed JSON (the fetcher cannot mutate the cached set later)', async () => {
    const body = { keys: [{ kty: 'RSA', kid: 'a' }] };
    const { cache } = setup(() => ({ ok: true, json: body }));
    await cache.fetchJwks(JWKS_URL);
    body.keys.length = 0;
    expect(await cache.fetchJwks(JWKS_URL)).toMatchObject({ json: { keys: [{ kid: 'a' }] } });
  });

  it('B2.25 with verifyToken: one fetch for many tokens; key rotation is picked up after the cool-down', async () => {
    let published = [k1.publicJwk];
    const { cache, f, advance } = setup(() => jwksOf(...published));
    const ctx = ctxWith(cache.fetchJwks, { now: NOW });
    const t1 = await signWith(k1, m2mClaims());
    for (let i = 0; i < 5; i++) expect((await verifyToken({ token: t1, header: headerOf(t1) }, ctx)).state).toBe('verified');
    expect(f.calls).toHaveLength(1);
    published = [k1.publicJwk, k2.publicJwk];
    const t2 = await signWith(k2, m2mClaims());
    expect((await verifyToken({ token: t2, header: headerOf(t2) }, ctx)).state).toBe('no-matching-key');
    expect(f.calls).toHaveLength(1); // still inside the cool-down
    advance(31);
    expect((await verifyToken({ token: t2, header: headerOf(t2) }, ctx)).state).toBe('verified');
    expect(f.calls).toHaveLength(2);
  });
});
