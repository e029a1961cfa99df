// Strict base64url (RFC 4648 §5) for the JWT parser: validation and decoding into bytes, with a strict
// validator around the native decoders (Uint8Array.fromBase64, else atob), never re-encoding. Pure TypeScript; runs in every extension context.
// Strictness (SECURITY B1.5/B1.6): only [A-Za-z0-9_-]; `+` or `/` means standard base64 and is refused by name;
// a length ≡ 1 (mod 4) cannot come from any byte string; trailing `=` is tolerated (as jose does) but reported.

/** Lookup table: char code → 6-bit value (for the unused-bits check of the last character). */
const TABLE = new Uint8Array(128);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < alphabet.length; i++) TABLE[alphabet.charCodeAt(i)] = i;
}

// A single native, linear pass (no nested quantifiers, so no backtracking blow-up).
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

// Uint8Array.fromBase64 (Chromium ≥ 140, Firefox ≥ 133; not Node 20): native, base64url alphabet, straight to
// bytes. Older browsers (Chrome 116–139) and Node use atob after swapping the alphabet.
type FromBase64 = (s: string, o: { alphabet: 'base64url' }) => Uint8Array;
const FROM_BASE64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;
const URL_ALPHABET = { alphabet: 'base64url' } as const;

export type Base64urlResult =
  | {
      readonly ok: true;
      /** The decoded bytes as a "binary string" (one char per byte, 0–255), as atob returns them ... */
      readonly binary: string | undefined;
      /** ... or as bytes, from Uint8Array.fromBase64. Exactly one of the two is set (json.ts `textOf`). */
      readonly bytes: Uint8Array | undefined;
      readonly padded: boolean;
      /** Non-zero unused bits in the last character: decodes, but is not the canonical encoding. */
      readonly nonCanonical: boolean;
    }
  | { readonly ok: false; readonly reason: string };

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

/**
 * Decodes one base64url segment. Never throws. Fast paths are native decoders, which are too lenient on their own
 * (both skip whitespace; atob also accepts "+" and "/"): "+" and "/" are refused first, and the output length
 * must be exactly what n base64url characters give. Skipped or stray characters shorten the output, and since a
 * length ≡ 1 (mod 4) is refused up front, no shorter input can produce the same length (⌊3n/4⌋ is strictly
 * increasing over the other lengths). Anything odd falls through to the strict validator for an exact message.
 */
export function decodeBase64url(s: string): Base64urlResult {
  const len = s.length;
  let n = len;
  while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
  if ((n & 3) !== 1 && s.indexOf('+') === -1 && s.indexOf('/') === -1) {
    const want = (n * 3) >> 2;
    if (FROM_BASE64 !== undefined && n === len) {
      const bytes = nativeBytes(s);
      if (bytes !== undefined && bytes.length === want) return decoded(s, n, undefined, bytes);
    } else {
      const binary = nativeBinary(s);
      if (binary !== undefined && binary.length === want && (n === len || base64urlProblem(s) === undefined)) {
        return decoded(s, n, binary, undefined);
      }
    }
  }
  return { ok: false, reason: base64urlProblem(s) ?? 'is not base64url' };
}

/** Above this many characters the fast path uses Uint8Array.fromBase64 where it exists (see plainBase64url). */
export const ATOB_MAX = 4096;

/**
 * The fast path's base64url step (fast.ts): the decoded bytes of a canonical, unpadded segment, as a binary
 * string (atob) or a Uint8Array (fromBase64), else undefined (the caller then takes the full path, which
 * reports the problem). Validation as in decodeBase64url: indexOf for the characters the native decoders would
 * accept ("+", "/"; a regex over the alphabet took 6× as long), then the output length rules out
 * anything else they skipped. atob for short segments even where fromBase64 exists: in Chromium, for a 300 B
 * token, atob (whose output is already the text when it is ASCII) beat fromBase64 + TextDecoder by ~30 %
 * (two crossings into native code instead of one); on a 48 KB payload fromBase64 wins by far.
 */
export function plainBase64url(s: string): string | Uint8Array | undefined {
  const n = s.length;
  const rem = n & 3;
  // No indexOf('='): padding or whitespace always shortens the output below ⌊3n/4⌋, so the length check catches them.
  if (rem === 1 || s.indexOf('+') !== -1 || s.indexOf('/') !== -1) return undefined;
  const last = rem === 0 ? 0 : (TABLE[s.charCodeAt(n - 1) & 127] ?? 0);
  if ((rem === 2 && (last & 0x0f) !== 0) || (rem === 3 && (last & 0x03) !== 0)) return undefined; // non-canonical bits
  const out = FROM_BASE64 !== undefined && n > ATOB_MAX ? nativeBytes(s) : nativeBinary(s);
  return out !== undefined && out.length === (n * 3) >> 2 ? out : undefined;
}

// The try/catch blocks live in these two small functions so that decodeBase64url stays small and is optimised early.
function nativeBytes(s: string): Uint8Array | undefined {
  try {
    return FROM_BASE64!.call(Uint8Array, s, URL_ALPHABET);
  } catch {
    return undefined;
  }
}

function nativeBinary(s: string): string | undefined {
  try {
    // replaceAll only when needed: short headers often have neither character.
    const plus = s.indexOf('-') === -1 ? s : s.replaceAll('-', '+');
    return atob(plus.indexOf('_') === -1 ? plus : plus.replaceAll('_', '/'));
  } catch {
    return undefined;
  }
}

function decoded(s: string, n: number, binary: string | undefined, bytes: Uint8Array | undefined): Base64urlResult {
  const rem = n & 3;
  const last = rem === 0 ? 0 : (TABLE[s.charCodeAt(n - 1) & 127] ?? 0);
  const nonCanonical = rem === 2 ? (last & 0x0f) !== 0 : rem === 3 ? (last & 0x03) !== 0 : false;
  return { ok: true, binary, bytes, padded: n !== s.length, nonCanonical };
}

/** Bytes of a binary string (for the strict UTF-8 decoder when the text is not plain ASCII). */
export function binaryToBytes(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
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
