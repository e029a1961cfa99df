// The plain-JWS fast path (src/lib/jwt/fast.ts, issue 7) may only ever return what the full path returns: on
// every B1 input and on thousands of seeded random tokens (valid, mutated, duplicated, odd), decodeToken with
// the fast path must equal decodeToken with the fast path switched off (the module mocked to always decline).
// The test also checks the fast path is really taken for ordinary tokens, so that the comparison is not empty.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeToken } from '../../../src/lib/jwt/decode';
import { decodePlainJws } from '../../../src/lib/jwt/fast';
import type { DecodeOptions, DecodeOutcome } from '../../../src/lib/jwt/types';
import { b64u, b64uBytes, LEGACY_DOC_CLAIMS, M2M_CLAIMS, RFC7515_A2, RFC7515_A3, RFC7519_3_1, RFC7519_6_1, RS256_HEADER, tok } from './fixtures';
import { randomInputs } from './fast-path-inputs';

const OPTS: DecodeOptions = { now: 1_757_550_000 };
let fullPath: (s: string, o?: DecodeOptions) => DecodeOutcome;

beforeAll(async () => {
  // A fresh copy of the parser whose fast path always declines: the full path alone.
  vi.resetModules();
  vi.doMock('../../../src/lib/jwt/fast', () => ({ decodePlainJws: () => undefined }));
  fullPath = (await import('../../../src/lib/jwt/decode')).decodeToken;
  vi.doUnmock('../../../src/lib/jwt/fast');
  vi.resetModules();
});

/** Everything observable: the outcome as data (toJSON includes kind and time) plus the non-JSON flags. */
function view(r: DecodeOutcome): unknown {
  return JSON.parse(JSON.stringify({ r, ok: r.ok, fixable: r.ok ? undefined : r.fixable, proto: r.ok ? Object.getPrototypeOf(r.token.header) === Object.prototype : null }));
}

const HS = '{"alg":"HS256","typ":"JWT"}';
const raw = (bytes: number[]) => b64uBytes(new Uint8Array(bytes));
const M2M = tok(RS256_HEADER, M2M_CLAIMS);
const [mh, mp, ms] = M2M.split('.') as [string, string, string];

/** B1.1–B1.19 inputs (the cases of SECURITY.md B1), plus near misses of every fast-path precondition. */
const B1_INPUTS: string[] = [
  M2M, RFC7519_3_1, RFC7515_A2, RFC7515_A3, RFC7519_6_1, // B1.1
  tok('{"alg":"none"}', M2M_CLAIMS, ''), tok('{"alg":"None"}', M2M_CLAIMS, ''), tok('{"alg":"NONE"}', M2M_CLAIMS, ''), // B1.2
  tok('{"alg":"none"}', M2M_CLAIMS), tok('{"alg":"nOnE"}', M2M_CLAIMS, 'x'), tok('{"alg":"nonE"}', '{}'),
  `${b64u('{"alg":"RSA-OAEP","enc":"A256GCM","kid":"k1"}')}.ZW5j.aXY.Y2lwaGVy.dGFn`, `${mh}.${mp}.${ms}.${ms}.${ms}`, // B1.3
  '', '.', '..', '...', '....', 'a', `${mh}`, `${mh}.${mp}`, `${mh}.${mp}.${ms}.x`, `${mh}..${ms}`, `.${mp}.${ms}`, `${mh}.${mp}.${ms}.a.b.c`, // B1.4
  `${mh}.${mp.slice(0, 8)}+${mp.slice(9)}.${ms}`, `${mh}.${mp.slice(0, 8)}/${mp.slice(9)}.${ms}`, `${mh}.${mp}.${ms.slice(0, 5)}+${ms.slice(6)}`, // B1.5
  `${mh}.${mp}x.${ms}`, `${mh}x.${mp}.${ms}`, `${mh}.${mp}.${ms}x`, `${mh}.${mp}.${ms}!`, `${mh}.${mp}.${ms.slice(0, 4)}=${ms.slice(4)}`,
  `${mh}=.${mp}.${ms}`, `${mh}.${mp}==.${ms}`, `${mh}.${mp}.${ms}=`, `${mh}.${mp}=.${ms}`, `${mh}.${mp}===.${ms}`, // B1.6
  `${mh}.${b64u('{"a":1}').slice(0, -1)}B.${ms}`, `${mh.slice(0, -1)}${mh.endsWith('9') ? '8' : '9'}.${mp}.${ms}`, // non-canonical bits
  `  ${M2M}\n`, `Bearer ${M2M}`, `bearer\t${M2M}`, `"${M2M}"`, `'${M2M}'`, `“${M2M}”`, `<${M2M}>`, `${M2M}\r\n`, `\u200b${M2M}`, // B1.7
  `${mh}.${mp.slice(0, 9)} ${mp.slice(9)}.${ms}`, `${mh}.${mp.slice(0, 9)}\n${mp.slice(9)}.${ms}`, `${mh}.${mp}.${ms.slice(0, 3)}\t${ms.slice(3)}`,
  `${mh.slice(0, 4)}\u200b${mh.slice(4)}.${mp}.${ms}`, `${mh.slice(0, 4)} ${mh.slice(4)}.${mp}.${ms}`,
  tok(HS, 'not json'), tok(HS, 'null'), tok(HS, '[]'), tok(HS, '"s"'), tok(HS, '42'), tok('[1]', '{}'), tok(HS, '{"a":1} x'), tok(HS, ''), // B1.8
  `${mh}.${raw([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d])}.${ms}`, `${mh}.${raw([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])}.${ms}`, // B1.9
  `${mh}.${raw([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])}.${ms}`, `${mh}.${raw([0xef, 0xbb, 0xbf, 0x7b, 0x7d])}.${ms}`, `${mh}.${raw([0x7b, 0x7d, 0x00])}.${ms}`,
  tok(HS, '{"sub":"a","sub":"b"}'), tok('{"alg":"HS256","alg":"none"}', '{}'), tok(HS, '{"a":{"k":1,"k":2}}'), tok(HS, '{"k":[1,{"x":"1","x":"2"}]}'), // B1.10
  tok(HS, '{"a":"x","a":"x"}'), tok(HS, '{"q":"a\\"b","q":"c"}'), tok(HS, '{"a\\u003a":"x","a:":"y"}'), tok(HS, '{"k":1,"k":1}'),
  tok(HS, '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}},"prototype":1}'), tok('{"alg":"HS256","__proto__":{"x":1}}', '{}'), // B1.11
  tok(HS, { iat: 1.5, exp: 1e20, nbf: -5 }), tok(HS, '{"exp":1e400}'), tok(HS, { exp: 8.64e15 + 1 }), tok(HS, LEGACY_DOC_CLAIMS), // B1.12
  tok(HS, { exp: null, iat: true, nbf: {} }), tok(HS, { exp: OPTS.now }), tok(HS, { nbf: OPTS.now! + 1000, iat: OPTS.now! + 1000 }), // B1.13
  tok('{"alg":"HS256","cty":"JWT"}', M2M), tok('{"alg":"HS256","cty":"jwt"}', '{"a":1}'), tok('{"alg":"HS256","cty":"application/JWT"}', tok('{"alg":"HS256","cty":"JWT"}', tok('{"alg":"HS256","cty":"JWT"}', M2M))), // B1.14
  tok('{"alg":"HS256","cty":"text/plain"}', '{}'), tok('{"alg":"HS256","cty":1}', '{}'),
  tok('{"alg":"HS256","crit":["exp"],"exp":1}', '{}'), tok('{"alg":"HS256","crit":"x"}', '{}'), tok('{"alg":"HS256","b64":false,"crit":["b64"]}', '{}'), // B1.15
  `${b64u('{"alg":"HS256","b64":false,"crit":["b64"]}')}.{"a":1}.${ms}`, tok('{"alg":"HS256","b64":true}', '{}'),
  tok(HS, { blob: 'x'.repeat(48 * 1024) }), tok(HS, { blob: 'x'.repeat(300 * 1024) }), // B1.16
  tok(HS, '['.repeat(5000) + ']'.repeat(5000)), tok(HS, `{"a":${'['.repeat(150)}${']'.repeat(150)}}`), tok(HS, `{"a":${'{"b":'.repeat(120)}1${'}'.repeat(120)}}`), // B1.17
  tok(HS, JSON.stringify(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, i])))), tok(HS, JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])))),
  tok(HS, { name: '<img src=x onerror=alert(1)>', picture: 'javascript:alert(1)', iss: '</script>' }), tok(HS, { iss: 'https://evil\u202e.com', aud: 'a\u200bb' }), // B1.18
  tok(HS, '{"iss":"x\\u202e"}'), tok(HS, '{"d":"\u007f"}'), tok(HS, '{"d":"\\u007f"}'), tok(HS, '{"k\\u200b":1}'), tok(HS, '{"tab":"a\\tb","nl":"\\n"}'),
  tok(HS, '{"big":12345678901234567890}'), tok(HS, '{"n":9007199254740993,"f":0.1,"e":1e3,"m":-0}'), tok(HS, { name: 'José 👨‍👩‍👧 李 مرحبا' }), tok(HS, { n: 'سلام\u200cدنیا' }), // B1.19
  tok('{"typ":"JWT"}', '{}'), tok('{"alg":1}', '{}'), tok('{"alg":"RS256","kid":{}}', '{"aud":["a","b"],"x":[[1]],"y":[{}],"z":[true,null,"s",1.5]}'), // odd headers, nested values
  tok(HS, '{ "a" : 1 , "b" : [ "c" ] }'), tok(HS, '\n{"a":1}\n'), tok(' {"alg":"HS256"}', '{}'), tok(HS, '{}'), tok('{"alg":""}', '{}'),
];

describe('fast path = full path', () => {
  it('gives the same outcome on every B1 input, and is taken for ordinary tokens', () => {
    let taken = 0;
    for (const input of B1_INPUTS) {
      const fast = decodePlainJws(input, OPTS, 256 * 1024);
      if (fast !== undefined) taken++;
      expect(view(decodeToken(input, OPTS)), input.slice(0, 120)).toEqual(view(fullPath(input, OPTS)));
      if (fast !== undefined) expect(view(fast)).toEqual(view(fullPath(input, OPTS)));
    }
    expect(decodePlainJws(M2M, OPTS, 256 * 1024)).toBeDefined();
    expect(taken).toBeGreaterThan(10);
  });

  it('gives the same outcome on 4,000 seeded random tokens (valid, mutated, duplicated, odd values)', () => {
    let taken = 0;
    for (const input of randomInputs(4000, 0x5eed)) {
      if (decodePlainJws(input, OPTS, 256 * 1024) !== undefined) taken++;
      expect(view(decodeToken(input, OPTS)), input).toEqual(view(fullPath(input, OPTS)));
    }
    expect(taken).toBeGreaterThan(500);
  });

  it('honours a smaller maxBytes like the full path', () => {
    for (const maxBytes of [10, M2M.length - 1, M2M.length]) {
      expect(view(decodeToken(M2M, { ...OPTS, maxBytes }))).toEqual(view(fullPath(M2M, { ...OPTS, maxBytes })));
    }
  });
});
