// SECURITY B1.10, B1.11, B1.14, B1.15, B1.17, B1.18 (escaping part), B1.19 through decodeToken: duplicate keys,
// prototype keys, cty JWT nesting, crit/b64, deep and huge JSON, invisible characters, big integers, Unicode.
import { describe, expect, it } from 'vitest';
import { explainClaims } from '../../../src/lib/jwt/claims';
import { decodeToken, escapeInvisible, MAX_LAYERS } from '../../../src/lib/jwt/decode';
import type { DecodeOutcome } from '../../../src/lib/jwt/types';
import { M2M_CLAIMS, b64u, tok } from './fixtures';

const ok = (r: DecodeOutcome) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.token;
};
const err = (r: DecodeOutcome) => {
  if (r.ok) throw new Error('expected an error');
  return r.error;
};
const HS = '{"alg":"HS256","typ":"JWT"}';

describe('B1.10 duplicate keys', () => {
  it('B1.10 sub twice → last value, warning, ambiguous', () => {
    const t = ok(decodeToken(tok(HS, '{"sub":"first","sub":"second","aud":"x"}')));
    expect(t.payload?.['sub']).toBe('second');
    expect(t.ambiguous).toBe(true);
    expect(t.duplicateKeys).toEqual(['payload/sub']);
    const w = t.warnings.find((n) => n.code === 'DUPLICATE_KEY');
    expect(w?.message).toContain('duplicate claim; other parsers may read the first');
    expect(w).toMatchObject({ segment: 'payload', path: '/sub' });
  });
  it('B1.10 alg twice in the header → ambiguous', () => {
    const t = ok(decodeToken(tok('{"alg":"none","alg":"HS256"}', '{"sub":"x"}')));
    expect(t.header['alg']).toBe('HS256');
    expect(t.ambiguous).toBe(true);
    expect(t.duplicateKeys).toEqual(['header/alg']);
  });
  it.each([
    ['escaped key spelling', '{"s\\u0075b":"a","sub":"b"}', ['payload/sub']],
    ['escaped colon hides the count', '{"a":1,"a":"\\u003a"}', ['payload/a']],
    ['nested object', '{"o":{"k":1,"k":2},"p":[{"z":1,"z":1}]}', ['payload/o/k', 'payload/p/0/z']],
    ['namespaced key', '{"https://x.io/roles":["a"],"https://x.io/roles":["b"]}', ['payload/https:~1~1x.io~1roles']],
    ['__proto__ twice', '{"__proto__":1,"__proto__":2}', ['payload/__proto__']],
  ])('B1.10 %s', (_name, json, dups) => {
    const t = ok(decodeToken(tok(HS, json)));
    expect(t.duplicateKeys).toEqual(dups);
    expect(t.ambiguous).toBe(true);
  });
  it.each([
    ['colons in values and keys', '{"scope":"read:users a:b:c","https://x/y":"u:v","n":{"m":"k:"}}'],
    ['quotes and backslashes in strings', '{"a":"he said \\"x\\":1, \\\\","b":"\\\\"}'],
    ['same key in different objects', '{"a":{"k":1},"b":{"k":1},"k":[{"k":1},{"k":2}]}'],
    ['whitespace around colons', '{ "a" : 1 ,\r\n "b" :\t"x:y" }'],
  ])('B1.10 no false positive: %s', (_name, json) => {
    const t = ok(decodeToken(tok(HS, json)));
    expect(t.duplicateKeys).toEqual([]);
    expect(t.ambiguous).toBe(false);
  });
});

describe('B1.11 prototype keys', () => {
  it('B1.11 __proto__, constructor, prototype are ordinary keys; no pollution', () => {
    const json = '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}},"prototype":"p","sub":"u"}';
    const t = ok(decodeToken(tok('{"alg":"HS256","__proto__":{"isAdmin":true}}', json)));
    const payload = t.payload!;
    expect(Object.keys(payload)).toEqual(['__proto__', 'constructor', 'prototype', 'sub']);
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(payload, '__proto__')?.value).toEqual({ isAdmin: true });
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect((payload as Record<string, unknown>)['isAdmin']).toBeUndefined();
    const lines = explainClaims(t.header, payload);
    expect(lines.filter((l) => ['__proto__', 'constructor', 'prototype'].includes(l.key)).map((l) => l.category)).toEqual([
      'header',
      'custom',
      'custom',
      'custom',
    ]);
    expect(lines.find((l) => l.key === 'constructor')?.explanation).toBe('custom claim');
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });
});

describe('B1.14 cty JWT nesting', () => {
  const inner = tok(HS, { sub: 'inner-user', aud: 'https://api.example.com/', scope: 'read:x' });
  const wrap = (t: string, cty = 'JWT') => `${b64u(JSON.stringify({ alg: 'HS256', cty }))}.${b64u(t)}.c2lnbmF0dXJl`;
  it.each(['JWT', 'jwt', 'Jwt', 'application/jwt'])('B1.14 cty %s → inner token decoded as its own layer', (cty) => {
    const t = ok(decodeToken(wrap(inner, cty)));
    expect(t.payload).toBeUndefined();
    expect(t.inner?.payload?.['sub']).toBe('inner-user');
    expect(t.inner?.layer).toBe(1);
    expect(t.inner?.kind.kind).toBe('custom-api');
    expect(t.kind.reason).toMatch(/nested JWT/);
  });
  it('B1.14 each layer is badged on its own (unsigned inside signed)', () => {
    const unsignedInner = `${b64u('{"alg":"none"}')}.${b64u('{"sub":"x"}')}.`;
    const t = ok(decodeToken(wrap(unsignedInner)));
    expect(t.unsigned).toBe(false);
    expect(t.inner?.unsigned).toBe(true);
    expect(t.inner?.form).toBe('unsecured');
  });
  it(`B1.14 up to ${MAX_LAYERS} layers decode; deeper stops with ERR_TOO_DEEP`, () => {
    const three = ok(decodeToken(wrap(wrap(inner))));
    expect(three.inner?.inner?.payload?.['sub']).toBe('inner-user');
    const four = ok(decodeToken(wrap(wrap(wrap(inner)))));
    expect(four.inner?.inner?.inner).toBeUndefined();
    expect(four.inner?.inner?.innerError?.code).toBe('ERR_TOO_DEEP');
    expect(four.inner?.inner?.warnings.some((w) => /deeper than 3 layers/.test(w.message))).toBe(true);
  });
  it('B1.14 an invalid inner token is reported, not thrown', () => {
    const t = ok(decodeToken(wrap('not.a-jwt')));
    expect(t.innerError?.code).toBeDefined();
  });
  it('B1.14 a JWE with cty JWT only notes the nested token', () => {
    const h = b64u(JSON.stringify({ alg: 'RSA-OAEP', enc: 'A256GCM', cty: 'JWT' }));
    const r = decodeToken(`${h}.${b64u('k')}.${b64u('iv')}.${b64u('ct')}.${b64u('tag')}`);
    expect(ok(r).notes.some((n) => n.code === 'NESTED')).toBe(true);
  });
});

describe('B1.15 crit and b64', () => {
  it.each([
    ['unknown crit entry', { alg: 'HS256', crit: ['exp'], exp: 1 }],
    ['crit b64 with b64:false', { alg: 'HS256', crit: ['b64'], b64: false }],
    ['b64:false without crit', { alg: 'HS256', b64: false }],
    ['malformed crit', { alg: 'HS256', crit: 'b64' }],
  ])('B1.15 %s → decoded, but unverifiable', (_name, header) => {
    const t = ok(decodeToken(tok(header, { sub: 'x' })));
    expect(t.payload).toEqual({ sub: 'x' });
    expect(t.unverifiable).toBe('unsupported critical extension, cannot be verified');
  });
  it('B1.15 b64:false with an unencoded JSON payload is decoded', () => {
    const h = b64u(JSON.stringify({ alg: 'HS256', crit: ['b64'], b64: false }));
    const t = ok(decodeToken(`${h}.{"sub":"raw"}.c2ln`));
    expect(t.payload).toEqual({ sub: 'raw' });
    expect(t.unverifiable).toBeDefined();
  });
});

describe('B1.17 deep and huge JSON', () => {
  it('B1.17 10^5 levels: refused by the size cap by default, and caught as too deep when the cap allows it', () => {
    const deep = '{"a":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    expect(err(decodeToken(tok(HS, deep))).code).toBe('ERR_TOO_LARGE');
    const e = err(decodeToken(tok(HS, deep), { maxBytes: 1 << 20 }));
    expect(e).toMatchObject({ code: 'ERR_JSON_TOO_DEEP', segment: 'payload' });
  });
  it('B1.17 100 levels are fine', () => {
    const t = ok(decodeToken(tok(HS, '{"a":' + '['.repeat(98) + ']'.repeat(98) + '}')));
    expect(t.payload).toBeDefined();
  });
  it('B1.17 10^6 keys decode with a "view may be truncated" note (cap raised)', () => {
    const parts: string[] = [];
    for (let i = 0; i < 1_000_000; i++) parts.push(`"k${i}":0`);
    // Buffer: the test helper encoder is too slow for 12 MB.
    const big = `${b64u(HS)}.${Buffer.from(`{${parts.join(',')}}`).toString('base64url')}.c2ln`;
    const t = ok(decodeToken(big, { maxBytes: 32 << 20 }));
    expect(Object.keys(t.payload!).length).toBe(1_000_000);
    expect(t.notes.some((n) => n.code === 'LARGE_OBJECT')).toBe(true);
  }, 20_000);
});

describe('B1.18 invisible and bidi characters (decoder side)', () => {
  it('B1.18 U+202E / U+200B in iss and in a key → flagged and escaped', () => {
    const t = ok(decodeToken(tok(HS, { iss: 'https://evil\u202Emoc.0htua/', 'ro\u200Bles': 1, aud: 'a\\u2066' })));
    expect(t.suspiciousPaths).toEqual(['payload/iss', 'payload/ro\u200Bles']);
    const lines = explainClaims(t.header, t.payload);
    const iss = lines.find((l) => l.key === 'iss');
    expect(iss?.suspicious).toBe(true);
    expect(iss?.display).toBe('https://evil\\u202Emoc.0htua/');
    expect(lines.find((l) => l.key === 'ro\u200Bles')?.displayKey).toBe('ro\\u200Bles');
  });
  it('B1.18 characters written as JSON escapes are found too', () => {
    const t = ok(decodeToken(tok(HS, '{"iss":"https://a\\u202e/"}')));
    expect(t.suspiciousPaths).toEqual(['payload/iss']);
  });
});

describe('B1.19 big integers and Unicode', () => {
  it.each([
    ['12345678901234567890', 12345678901234567000],
    ['9007199254740993', 9007199254740992],
    ['-9007199254740993', -9007199254740992],
    ['1e400', Infinity],
    ['0.10000000000000000001', 0.1],
  ])('B1.19 %s → precision lost, raw text kept', (lit, parsed) => {
    const t = ok(decodeToken(tok(HS, `{"id":${lit},"sub":"x"}`)));
    expect(t.lossyNumbers).toEqual([{ path: '/id', raw: lit, parsed, segment: 'payload' }]);
    expect(t.warnings.find((w) => w.code === 'PRECISION_LOST')?.message).toContain(lit);
    expect(explainClaims(t.header, t.payload, { lossyNumbers: t.lossyNumbers }).find((l) => l.key === 'id')?.display).toBe(lit);
  });
  it.each(['9007199254740991', '1757500635', '0.1', '1e20', '3.141592653589793', '123456789012345678e-5'])(
    'B1.19 %s round-trips: no flag',
    (lit) => {
      const t = ok(decodeToken(tok(HS, `{"n":${lit},"sub":"google-oauth2|103547991597142817347"}`)));
      if (lit === '123456789012345678e-5') expect(t.lossyNumbers.length).toBe(1);
      else expect(t.lossyNumbers).toEqual([]);
    },
  );
  it('B1.19 known gap: a long decimal that rounds to a safe integer is not flagged', () => {
    // The text is scanned only when a parsed number is unsafe, infinite or fractional (keeps the hot path lean).
    expect(ok(decodeToken(tok(HS, '{"id":1.0000000000000001}'))).lossyNumbers).toEqual([]);
  });
  it('B1.19 nested big numbers are found with their path', () => {
    const t = ok(decodeToken(tok(HS, '{"a":{"b":[1,99999999999999999999]}}')));
    expect(t.lossyNumbers.map((l) => l.path)).toEqual(['/a/b/1']);
  });
  it('B1.19 emoji, CJK, RTL names and ZWJ/ZWNJ in real words display unchanged; bytes identical', () => {
    const claims = { name: '山田太郎', nickname: '👨‍👩‍👧 🇯🇵 👍🏽', given_name: 'مرحبا', family_name: 'می‌خواهم', locale: 'שלום' };
    const json = JSON.stringify(claims);
    const t = ok(decodeToken(tok(HS, json)));
    expect(t.payload).toEqual(claims);
    expect(t.suspiciousPaths).toEqual([]);
    for (const v of Object.values(claims)) expect(escapeInvisible(v)).toEqual({ text: v, changed: false });
    expect(JSON.stringify(t.payload)).toBe(json); // copy gives the identical text, hence identical bytes
    expect(t.segments[1]).toBe(b64u(json));
  });
});

describe('decode: misc', () => {
  it('a Management M2M token gets its time status from the injected clock', () => {
    const t = ok(decodeToken(tok({ alg: 'RS256' }, M2M_CLAIMS), { now: M2M_CLAIMS.exp }));
    expect(t.time?.state).toBe('expired');
    expect(t.time?.expired).toBe(true);
  });
  it('warnings are capped', () => {
    const json = '{' + Array.from({ length: 200 }, () => '"d":1').join(',') + '}';
    const t = ok(decodeToken(tok(HS, json)));
    expect(t.warnings.length).toBe(51);
    expect(t.warnings.at(-1)?.code).toBe('MORE_WARNINGS');
    expect(t.duplicateKeys.length).toBe(199);
  });
});
