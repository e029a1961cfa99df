// Fast path of the one JWT parser (issue 7): the common token (a bare three-segment JWS with a signature,
// plain ASCII JSON header and payload, nothing to note or warn about) decoded in a few small functions that V8
// optimises early, instead of the general decodeCompact. It is not a second decoder: decodeToken calls it first
// and runs the full path whenever it returns undefined, and it returns a result only when every precondition
// below guarantees the full path would give the same outcome (test/unit/jwt/fast-path.test.ts compares both).
// Pure TypeScript; runs in every extension context.
import { plainBase64url } from './b64';
import { Builder } from './builder';
import { plainJsonObject } from './json';
import type { DecodeOptions, DecodeOutcome, JsonObject } from './types';

/** base64url alphabet: the first and last characters of a bare token that cleanSelection leaves alone. */
function isB64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

/** The header or payload as a JSON object, when decoding it would add no note, warning or error. */
function plainSegment(seg: string): JsonObject | undefined {
  const decoded = seg === '' ? undefined : plainBase64url(seg);
  return decoded === undefined ? undefined : plainJsonObject(decoded);
}

/**
 * The decoded token, or undefined when any precondition fails. Preconditions, each ruling out a full-path
 * branch that would note, warn, refuse or decode differently:
 * - starts with "e" (every base64url JSON object does) and ends in a base64url character: cleanSelection has
 *   nothing to trim, and the signature is non-empty and unpadded (B1.7, B1.2);
 * - at most maxBytes (B1.16), exactly three segments, header and payload canonical unpadded base64url of
 *   printable ASCII JSON objects without backslashes, duplicates, lossy numbers or huge objects (B1.4–B1.11,
 *   B1.17–B1.19); the signature valid base64url (B1.5);
 * - alg a string other than "none" in any case (B1.2), no crit, no b64, no cty (B1.14, B1.15).
 */
export function decodePlainJws(s: string, opts: DecodeOptions, maxBytes: number): DecodeOutcome | undefined {
  const len = s.length;
  if (len > maxBytes || s.charCodeAt(0) !== 101 || !isB64(s.charCodeAt(len - 1))) return undefined;
  const d1 = s.indexOf('.');
  const d2 = d1 === -1 ? -1 : s.indexOf('.', d1 + 1);
  if (d2 === -1 || s.indexOf('.', d2 + 1) !== -1) return undefined;
  const signature = s.slice(d2 + 1);
  // = base64urlProblem(signature) === undefined, given that its last character is not "=" (checked above).
  if ((signature.length & 3) === 1 || !B64URL.test(signature)) return undefined;
  const h = s.slice(0, d1);
  const header = plainSegment(h);
  if (header === undefined) return undefined;
  const alg = header['alg'];
  if (typeof alg !== 'string' || (alg.length === 4 && alg.toLowerCase() === 'none')) return undefined;
  if (header['crit'] !== undefined || header['b64'] !== undefined || header['cty'] !== undefined) return undefined;
  const p = s.slice(d1 + 1, d2);
  const payload = plainSegment(p);
  if (payload === undefined) return undefined;
  const b = new Builder([], []);
  return b.done({ form: 'jws', raw: s, segments: [h, p, signature], header, payload, signature, unverifiable: undefined, inner: undefined, innerError: undefined }, opts, 0);
}
