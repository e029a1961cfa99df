// Inputs of the fast-path equivalence test (fast-path.test.ts): the B1 cases, and seeded random tokens: mostly ordinary Auth0-like JWS,
// each with a chance of something the fast path must decline or get exactly right: duplicate keys, escapes,
// non-ASCII and invisible characters, lossy or odd numbers, nesting, alg none, crit/b64/cty, padding, bad
// characters, whitespace, odd signatures. Reproducible (mulberry32), so a failure names a fixed input.
import { b64u, b64uBytes, LEGACY_DOC_CLAIMS, M2M_CLAIMS, RFC7515_A2, RFC7515_A3, RFC7519_3_1, RFC7519_6_1, RS256_HEADER, tok } from './fixtures';

/** The `now` the equivalence test decodes with. */
export const NOW = 1_757_550_000;
const HS = '{"alg":"HS256","typ":"JWT"}';
const raw = (bytes: number[]) => b64uBytes(new Uint8Array(bytes));
export const M2M = tok(RS256_HEADER, M2M_CLAIMS);
const [mh, mp, ms] = M2M.split('.') as [string, string, string];

/** B1.1–B1.19 inputs (the cases of SECURITY.md B1), plus near misses of every fast-path precondition. */
export const B1_INPUTS: string[] = [
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
  tok(HS, { exp: null, iat: true, nbf: {} }), tok(HS, { exp: NOW }), tok(HS, { nbf: NOW + 1000, iat: NOW + 1000 }), // B1.13
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


function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['iss', 'sub', 'aud', 'exp', 'iat', 'nbf', 'jti', 'scope', 'gty', 'azp', 'https://t.example/roles', 'a:b', '__proto__', 'constructor'];
const STRINGS = ['https://t.auth0.com/', 'abc@clients', 'read:users write:users', '', 'José', '李', 'x\u202ey', 'a\u200bb', 'e\u0301', '👨‍👩‍👧', '\u007f', 'q"q', 'back\\slash', 'tab\tx', 'سلام\u200cدنیا'];
const NUMBERS = ['0', '1', '-1', '1757500635', '1.5', '1e3', '-0', '9007199254740993', '12345678901234567890', '1e400', '0.1', '1E2'];
const ALGS = ['"RS256"', '"HS256"', '"none"', '"NONE"', '"None"', '1', 'null', '""', '"ES256"'];

export function randomInputs(count: number, seed: number): string[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  // Strings are written with JSON.stringify (escaped where needed) or, sometimes, as raw text with \u escapes.
  const str = (): string => {
    const s = pick(STRINGS);
    return chance(0.1) ? `"${[...s].map((c) => (c.charCodeAt(0) > 0x7e || c === '"' || c === '\\' || c < ' ' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"` : JSON.stringify(s);
  };
  const value = (depth: number): string => {
    const r = rnd();
    if (r < 0.45) return chance(0.8) ? JSON.stringify(pick(STRINGS.slice(0, 4))) : str();
    if (r < 0.75) return chance(0.8) ? String(Math.floor(rnd() * 2e9)) : pick(NUMBERS);
    if (r < 0.8) return pick(['true', 'false', 'null']);
    if (r < 0.92 || depth > 2) return `[${Array.from({ length: Math.floor(rnd() * 3) }, () => value(depth + 1)).join(',')}]`;
    return object(depth + 1, 3);
  };
  const object = (depth: number, max: number): string => {
    const n = Math.floor(rnd() * max);
    const members: string[] = [];
    for (let i = 0; i < n; i++) {
      const key = chance(0.9) ? `${pick(KEYS)}${chance(0.7) ? i : ''}` : pick(KEYS);
      members.push(`${chance(0.05) ? str() : JSON.stringify(key)}:${value(depth)}`);
    }
    if (n > 0 && chance(0.05)) members.push(members[Math.floor(rnd() * n)]!); // an exact duplicate member
    const ws = chance(0.05) ? ' ' : '';
    return `{${ws}${members.join(`,${ws}`)}${ws}}`;
  };
  const header = (): string => {
    const parts = [`"alg":${chance(0.85) ? '"RS256"' : pick(ALGS)}`];
    if (chance(0.7)) parts.push('"typ":"JWT"');
    if (chance(0.5)) parts.push(`"kid":${str()}`);
    if (chance(0.04)) parts.push(pick(['"crit":["exp"]', '"b64":false', '"b64":true', '"cty":"JWT"', '"cty":"text/plain"', '"alg":"HS256"', '"x":1.5']));
    return `{${parts.join(',')}}`;
  };
  const sig = (): string => {
    const r = rnd();
    if (r < 0.9) return b64uBytes(Uint8Array.from({ length: pick([32, 64, 256]) }, () => Math.floor(rnd() * 256)));
    return pick(['', 'a', 'ab=', 'a+b', 'a/b', 'ab cd', 'abc.', 'abcde', 'ab!c']);
  };
  const mutate = (t: string): string => {
    const i = Math.floor(rnd() * t.length);
    switch (Math.floor(rnd() * 8)) {
      case 0: return t.slice(0, i) + pick(['+', '/', '=', ' ', '\n', '.', '!', 'é', '\u200b']) + t.slice(i);
      case 1: return t.slice(0, i) + t.slice(i + 1);
      case 2: return t.slice(0, i) + pick(['A', 'z', '-', '_', '0']) + t.slice(i + 1);
      case 3: return pick([' ', 'Bearer ', '"', '\n']) + t + pick(['', ' ', '"', '\r\n']);
      case 4: return t.replace('.', '=.');
      default: return t;
    }
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const h = chance(0.03) ? b64uBytes(Uint8Array.from({ length: 20 }, () => Math.floor(rnd() * 256))) : b64u(header());
    const p = chance(0.02) ? b64u(pick(['null', '[1]', '"s"', 'x', '{"a":1}}'])) : b64u(object(0, 12));
    const t = `${h}.${p}.${sig()}`;
    out.push(chance(0.15) ? mutate(t) : t);
  }
  return out;
}
