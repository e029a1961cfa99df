// Seeded random tokens for the fast-path equivalence test (fast-path.test.ts): mostly ordinary Auth0-like JWS,
// each with a chance of something the fast path must decline or get exactly right: duplicate keys, escapes,
// non-ASCII and invisible characters, lossy or odd numbers, nesting, alg none, crit/b64/cty, padding, bad
// characters, whitespace, odd signatures. Reproducible (mulberry32), so a failure names a fixed input.
import { b64u, b64uBytes } from './fixtures';

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
