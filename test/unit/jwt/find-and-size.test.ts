// SECURITY B1.16 (size cap before base64, 64 KB < 100 ms, 1 MB in linear time), findJwts, and property-style
// robustness: random bytes and random strings never make decodeToken or findJwts throw.
import { describe, expect, it } from 'vitest';
import { decodeToken, DEFAULT_MAX_BYTES } from '../../../src/lib/jwt/decode';
import { findJwts } from '../../../src/lib/jwt/find';
import { M2M_CLAIMS, RFC7515_A2, RFC7519_3_1, RFC7519_6_1, b64u, b64uBytes, tok } from './fixtures';

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('B1.16 size', () => {
  it('B1.16 a 64 KB token decodes in < 100 ms', () => {
    const perms: string[] = [];
    for (let i = 0; perms.join().length < 48_000; i++) perms.push(`read:thing_${i}`);
    const t = tok({ alg: 'RS256', typ: 'JWT' }, { ...M2M_CLAIMS, permissions: perms });
    expect(t.length).toBeGreaterThan(64_000);
    decodeToken(t); // warm-up (JIT), as the UI would have decoded something before
    const t0 = performance.now();
    const r = decodeToken(t);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(r.ok).toBe(true);
  });
  it('B1.16 over the cap → refused before base64 decoding (invalid characters are not even looked at)', () => {
    const big = `${'*'.repeat(DEFAULT_MAX_BYTES)}.x.y`;
    const r = decodeToken(big);
    expect(r.ok || r.error.code).toBe('ERR_TOO_LARGE');
    const exact = `${b64u('{"alg":"HS256"}')}.${'A'.repeat(DEFAULT_MAX_BYTES - 40)}.c2ln`;
    expect(decodeToken(exact).ok || 'ok').not.toBe('ERR_TOO_LARGE');
    expect(decodeToken('x'.repeat(100), { maxBytes: 99 })).toMatchObject({ ok: false, error: { code: 'ERR_TOO_LARGE' } });
  });
  it('B1.16 decodeToken on a 1 MB random string finishes < 200 ms', () => {
    const r = rng(1);
    const chars: string[] = [];
    for (let i = 0; i < 1 << 20; i++) chars.push(String.fromCharCode(32 + Math.floor(r() * 95)));
    const s = chars.join('');
    const t0 = performance.now();
    const out = decodeToken(s);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(out.ok).toBe(false);
    const spaces = ' '.repeat(1 << 20) + 'x'; // would be O(n²) with a /\s+$/ trim
    const t1 = performance.now();
    decodeToken(spaces, { maxBytes: 2 << 20 });
    expect(performance.now() - t1).toBeLessThan(200);
  });
  it('B1.16 findJwts scans 1 MB of hostile text in linear time', () => {
    const hostile = [
      'eyJ'.repeat(350_000), // every position starts a candidate
      ('eyJhbGciOiJIUzI1NiJ9.' + 'a'.repeat(50) + '.').repeat(14_000),
      'eyJ' + 'a.'.repeat(500_000),
      'a'.repeat(1 << 20),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      findJwts(text);
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });
});

describe('findJwts', () => {
  it('finds JWS and JWE tokens in page text, with offsets', () => {
    const jwe = `${b64u('{"alg":"dir","enc":"A256GCM"}')}..${b64u('iv-iv-iv-iv')}.${b64u('ciphertext')}.${b64u('tag-tag')}`;
    const text = `Authorization: Bearer ${RFC7519_3_1}\n"token":"${RFC7515_A2}", encrypted ${jwe}. End`;
    const found = findJwts(text);
    expect(found.map((f) => f.token)).toEqual([RFC7519_3_1, RFC7515_A2, jwe]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.token);
  });
  it('drops sentence punctuation; keeps the empty signature of an unsecured JWT', () => {
    expect(findJwts(`see ${RFC7519_3_1}.`).map((f) => f.token)).toEqual([RFC7519_3_1]);
    expect(findJwts(`unsecured: ${RFC7519_6_1} end`).map((f) => f.token)).toEqual([RFC7519_6_1]);
  });
  it('ignores 2/4/6-segment runs, tokens glued to other words, and short junk', () => {
    const [h, p, s] = RFC7519_3_1.split('.') as [string, string, string];
    expect(findJwts(`${h}.${p} ${h}.${p}.${s}.${s}.${s}.${s} x${RFC7519_3_1} eyJa.b.c`)).toEqual([]);
  });
  it('every candidate it finds decodes with the one parser', () => {
    const found = findJwts(`a ${RFC7519_3_1} b ${RFC7515_A2}`);
    expect(found.every((f) => decodeToken(f.token).ok)).toBe(true);
  });
});

describe('property: never throws', () => {
  it('random bytes in header and payload', () => {
    const r = rng(42);
    for (let i = 0; i < 2000; i++) {
      const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
      const t = `${b64uBytes(bytes(1 + Math.floor(r() * 40)))}.${b64uBytes(bytes(Math.floor(r() * 80)))}.${b64uBytes(bytes(Math.floor(r() * 20)))}`;
      expect(() => decodeToken(t)).not.toThrow();
    }
  });
  it('random strings over a token alphabet with dots, spaces and quotes', () => {
    const r = rng(7);
    const alphabet = `${ALPHA}..  "'=+/\n\u202E{}:,`;
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let n = Math.floor(r() * 120); n > 0; n--) s += alphabet[Math.floor(r() * alphabet.length)];
      expect(() => decodeToken(s)).not.toThrow();
      expect(() => findJwts(s)).not.toThrow();
    }
  });
  it('single-character mutations of a valid token', () => {
    const r = rng(9);
    for (let i = 0; i < 2000; i++) {
      const pos = Math.floor(r() * RFC7519_3_1.length);
      const ch = String.fromCharCode(Math.floor(r() * 0x3000));
      const s = RFC7519_3_1.slice(0, pos) + ch + RFC7519_3_1.slice(pos + 1);
      const out = decodeToken(s);
      expect(out.ok === true || typeof out.error.code === 'string').toBe(true);
    }
  });
  it('random JSON-ish payload text', () => {
    const r = rng(3);
    const parts = ['{', '}', '[', ']', '"a"', ':', ',', '1', '1e400', '12345678901234567890', '"\\u003a"', '"\\u202e"', 'null', '"__proto__"'];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let n = Math.floor(r() * 30); n > 0; n--) s += parts[Math.floor(r() * parts.length)];
      expect(() => decodeToken(tok('{"alg":"HS256"}', s))).not.toThrow();
    }
  });
});
