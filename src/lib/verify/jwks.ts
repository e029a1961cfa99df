// JWKS parsing and key selection. The JWKS is untrusted JSON from the network: its shape is checked
// ("malformed JWKS", SECURITY B2.25), and `kid` is an opaque equality key — only string kids match,
// compared with === (SECURITY B2.24), so `0`, `{}`, `../../` or a 10 KB kid never throw or match loosely.
import { algorithmsForKey } from './algorithms';

export type Jwk = Record<string, unknown> & { kty: string };

export type ParsedJwks = { ok: true; keys: Jwk[] } | { ok: false; detail: string };

const MAX_KEYS = 100;

/** Validate `{keys: [{kty: string, …}, …]}`. Entries that are not objects with a string kty are malformed. */
export function parseJwks(json: unknown): ParsedJwks {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, detail: 'JWKS is not a JSON object' };
  const keys = (json as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) return { ok: false, detail: 'JWKS has no "keys" array' };
  if (keys.length > MAX_KEYS) return { ok: false, detail: `JWKS has ${keys.length} keys (more than ${MAX_KEYS})` };
  for (const [i, k] of keys.entries()) {
    if (typeof k !== 'object' || k === null || Array.isArray(k)) return { ok: false, detail: `keys[${i}] is not an object` };
    if (typeof (k as { kty?: unknown }).kty !== 'string') return { ok: false, detail: `keys[${i}] has no string "kty"` };
  }
  return { ok: true, keys: keys as Jwk[] };
}

export type KeySelection =
  | { kind: 'one'; jwk: Jwk }
  | { kind: 'none'; availableKids: string[] }
  | { kind: 'many'; count: number }
  /** A key has the token's kid but cannot be used with the token's alg (wrong kty/crv/alg/use). */
  | { kind: 'alg-mismatch'; detail: string };

function usableForVerify(jwk: Jwk): boolean {
  if (jwk.use !== undefined && jwk.use !== 'sig') return false;
  if (jwk.key_ops !== undefined && !(Array.isArray(jwk.key_ops) && jwk.key_ops.includes('verify'))) return false;
  return true;
}

function compatible(jwk: Jwk, alg: string): boolean {
  // A key's own `alg` (when the tenant publishes it, FACTS §2) must equal the token's alg.
  if (jwk.alg !== undefined && jwk.alg !== alg) return false;
  return algorithmsForKey(jwk).includes(alg) && usableForVerify(jwk);
}

/**
 * Pick the verification key like jose's LocalJWKSet: by kid when the header has one (non-string kid ⇒ no
 * match), then by algorithm family. Exactly one candidate must remain.
 */
export function selectKey(keys: readonly Jwk[], kid: unknown, hasKid: boolean, alg: string): KeySelection {
  const availableKids = keys.map((k) => k.kid).filter((k): k is string => typeof k === 'string');
  if (hasKid && typeof kid !== 'string') return { kind: 'none', availableKids };
  const byKid = hasKid ? keys.filter((k) => typeof k.kid === 'string' && k.kid === kid) : [...keys];
  const usable = byKid.filter((k) => compatible(k, alg));
  if (usable.length === 1) return { kind: 'one', jwk: usable[0] as Jwk };
  if (usable.length > 1) return { kind: 'many', count: usable.length };
  if (hasKid && byKid.length > 0) {
    const k = byKid[0] as Jwk;
    const crv = typeof k.crv === 'string' ? `/${k.crv}` : '';
    const kalg = typeof k.alg === 'string' ? `, alg ${k.alg}` : '';
    return { kind: 'alg-mismatch', detail: `key "${kid as string}" is ${k.kty}${crv}${kalg}; the token says ${alg}` };
  }
  return { kind: 'none', availableKids };
}

/** Only the public members, so `d`, `x5c` or other extras in a JWKS entry are never imported. */
export function publicJwk(jwk: Jwk): Record<string, string> | null {
  const pick = (names: string[]) => {
    const out: Record<string, string> = { kty: jwk.kty };
    for (const n of names) {
      const v = jwk[n];
      if (typeof v !== 'string') return null;
      out[n] = v;
    }
    return out;
  };
  if (jwk.kty === 'RSA') return pick(['n', 'e']);
  if (jwk.kty === 'EC') return pick(['crv', 'x', 'y']);
  if (jwk.kty === 'OKP') return pick(['crv', 'x']);
  return null;
}

/** Bit length of an RSA modulus given as base64url (`n`), or null when it does not decode. */
export function rsaModulusBits(n: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(n) || n.length % 4 === 1) return null;
  let bin: string;
  try {
    const b64 = n.replace(/-/g, '+').replace(/_/g, '/');
    bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
  let i = 0;
  while (i < bin.length && bin.charCodeAt(i) === 0) i++;
  if (i === bin.length) return 0;
  return (bin.length - i - 1) * 8 + (32 - Math.clz32(bin.charCodeAt(i)));
}
