// Strict base64url (RFC 4648 §5) for the JWT parser: validation and decoding into bytes, without atob and
// without re-encoding. Pure TypeScript; runs in every extension context.
// Strictness (SECURITY B1.5/B1.6): only [A-Za-z0-9_-]; `+` or `/` means standard base64 and is refused by name;
// a length ≡ 1 (mod 4) cannot come from any byte string; trailing `=` is tolerated (as jose does) but reported.

/** Lookup table: char code → 6-bit value. Only ASCII codes are ever looked up (validated by BASE64URL first). */
const TABLE = new Uint8Array(128);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < alphabet.length; i++) TABLE[alphabet.charCodeAt(i)] = i;
}

// A single native, linear pass (no nested quantifiers, so no backtracking blow-up) is faster than
// checking each character in JS; the decode loop below then needs no per-character validation.
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

export type Base64urlResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly padded: boolean; readonly nonCanonical: boolean }
  | { readonly ok: false; readonly reason: string };

/** Why `s` is not base64url, or undefined when it is. Used for segments we never decode (JWE parts, signature). */
export function base64urlProblem(s: string): string | undefined {
  if (!BASE64URL.test(s)) return describeBadChars(s);
  let n = s.length;
  let pad = 0;
  while (n > 0 && s.charCodeAt(n - 1) === 61 /* = */) {
    n--;
    pad++;
  }
  if ((n & 3) === 1) return `has a length of ${n}, which is ≡ 1 (mod 4) and cannot be base64url`;
  if (pad > 0 && (n + pad) % 4 !== 0) return 'has wrong `=` padding';
  return undefined;
}

/** Decodes one base64url segment into bytes. Never throws. */
export function decodeBase64url(s: string): Base64urlResult {
  const problem = base64urlProblem(s);
  if (problem !== undefined) return { ok: false, reason: problem };
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
  const padded = n !== s.length;
  const rem = n & 3;
  const out = new Uint8Array((n * 3) >> 2);
  const full = n - rem;
  let j = 0;
  for (let i = 0; i < full; i += 4) {
    const v =
      (TABLE[s.charCodeAt(i)]! << 18) |
      (TABLE[s.charCodeAt(i + 1)]! << 12) |
      (TABLE[s.charCodeAt(i + 2)]! << 6) |
      TABLE[s.charCodeAt(i + 3)]!;
    out[j++] = v >> 16;
    out[j++] = (v >> 8) & 255;
    out[j++] = v & 255;
  }
  let nonCanonical = false;
  if (rem === 2) {
    const b = TABLE[s.charCodeAt(full + 1)]!;
    out[j] = (TABLE[s.charCodeAt(full)]! << 2) | (b >> 4);
    nonCanonical = (b & 0x0f) !== 0; // unused low bits must be zero in the canonical encoding
  } else if (rem === 3) {
    const b = TABLE[s.charCodeAt(full + 1)]!;
    const c = TABLE[s.charCodeAt(full + 2)]!;
    out[j] = (TABLE[s.charCodeAt(full)]! << 2) | (b >> 4);
    out[j + 1] = ((b & 0x0f) << 4) | (c >> 2);
    nonCanonical = (c & 0x03) !== 0;
  }
  return { ok: true, bytes: out, padded, nonCanonical };
}

function describeBadChars(s: string): string {
  if (s.includes('+') || s.includes('/')) {
    return 'contains "+" or "/": that is standard base64, not base64url (RFC 7515 §2 requires "-" and "_")';
  }
  const eq = s.indexOf('=');
  if (eq !== -1 && /[^=]/.test(s.slice(eq))) return 'has "=" in the middle';
  if (/={3,}$/.test(s)) return 'has more than two "=" padding characters';
  const bad = /[^A-Za-z0-9_=-]/.exec(s);
  const ch = bad ? bad[0] : '?';
  const code = ch.codePointAt(0) ?? 0;
  const shown = code >= 0x21 && code <= 0x7e ? `"${ch}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `contains ${shown} at position ${bad ? bad.index : 0}, which is not a base64url character`;
}
