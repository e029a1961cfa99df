// Bytes → strict UTF-8 → JSON object, plus the checks JSON.parse alone cannot do: duplicate keys (B1.10),
// numbers that lose precision (B1.19), invisible characters (B1.18), excessive depth (B1.17).
// Pure TypeScript; runs in every extension context. Part of the one JWT parser (decode.ts).
//
// Hot-path design (a benchmark holds us to ≤ 1.3× plain base64url→TextDecoder→JSON.parse): JSON.parse does the
// parsing; one iterative walk over the parsed tree counts keys and checks depth; the character-level scanner
// (scan.ts) runs only when a cheap test says duplicates or long numbers may be present.
import { decodeError, type DecodeError, type SegmentName } from './errors';
import { binaryToBytes, type Base64urlResult } from './b64';
import { hasInvisible } from './invisible';
import { countChar, MAX_JSON_DEPTH, walk } from './walk';
import { scanJson, type LossyNumber } from './scan';
import type { JsonObject } from './types';

export { MAX_JSON_DEPTH, pointerToken } from './walk';

/** An object with more keys gets a LARGE_OBJECT note (builder.ts), so the fast path declines it. */
export const LARGE_OBJECT_KEYS = 10_000;

// One decoder for every call. fatal: invalid UTF-8 throws instead of becoming U+FFFD (RFC 8725 §3.7, B1.9).
// ignoreBOM: a leading BOM stays in the text, so JSON.parse refuses it instead of it being silently dropped.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface JsonAnalysis {
  readonly value: JsonObject;
  readonly text: string;
  /** JSON Pointers of keys that occur more than once in the same object (the last value is the one kept). */
  readonly duplicates: readonly string[];
  readonly lossy: readonly LossyNumber[];
  /** JSON Pointers of keys or string values containing invisible or bidi characters. */
  readonly invisible: readonly string[];
  /** Key count of the largest object (for "view truncated" notes). */
  readonly largestObject: number;
}

export type JsonResult = { readonly ok: true; readonly a: JsonAnalysis } | { readonly ok: false; readonly error: DecodeError };

// Anything outside printable ASCII (DEL included) needs the strict UTF-8 decoder and the invisible-character check.
// Short texts: one native regex test (~0.1 µs on 150 B). Long ones: TextEncoder.encodeInto into a reused buffer,
// since a char ≥ 0x80 takes 2 UTF-8 bytes, a buffer of exactly `binary.length` bytes is fully read only for ASCII.
// Profiled (bench, 64 KB token): the regex was 31% of decode time there, ~36 µs on 48 KB; encodeInto takes ~6 µs.
const NOT_PRINTABLE_ASCII = /[^\x00-\x7e]/;
const ENCODER = new TextEncoder();
let asciiScratch = new Uint8Array(4096);
function isPlainAscii(binary: string): boolean {
  const n = binary.length;
  if (n < 1024) return !NOT_PRINTABLE_ASCII.test(binary);
  if (asciiScratch.length < n) asciiScratch = new Uint8Array(Math.max(n, asciiScratch.length * 2));
  return ENCODER.encodeInto(binary, asciiScratch.subarray(0, n)).read === n && binary.indexOf('\x7f') === -1;
}

type TextResult = { ok: true; text: string; ascii: boolean } | { ok: false; error: DecodeError };

/** The text of a decoded base64url segment, whichever form the native decoder gave (b64.ts). */
export function textOf(b: Base64urlResult & { ok: true }, segment: SegmentName): TextResult {
  if (b.binary !== undefined) return textFromBinary(b.binary, segment);
  const bytes = b.bytes!;
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, error: notUtf8(bytes, segment) };
  }
  // Every multi-byte UTF-8 sequence becomes fewer UTF-16 units than bytes: equal lengths mean ASCII.
  return { ok: true, text, ascii: text.length === bytes.length && text.indexOf('\x7f') === -1 };
}

/**
 * Binary string (one char per byte) → text. Plain ASCII is already valid UTF-8 and already the text, so the
 * common case skips the copy and the decoder entirely.
 */
export function textFromBinary(binary: string, segment: SegmentName): TextResult {
  if (isPlainAscii(binary)) return { ok: true, text: binary, ascii: true };
  const bytes = binaryToBytes(binary);
  try {
    return { ok: true, text: UTF8.decode(bytes), ascii: false };
  } catch {
    return { ok: false, error: notUtf8(bytes, segment) };
  }
}

function notUtf8(bytes: Uint8Array, segment: SegmentName): DecodeError {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
  const msg = `The ${segment} is not valid UTF-8${utf16 ? ' (it looks like UTF-16)' : ''}; JWTs must be UTF-8 (RFC 8725 §3.7).`;
  return decodeError('ERR_INVALID_UTF8', msg, segment);
}

export function parseJsonSegment(b: Base64urlResult & { ok: true }, segment: SegmentName): JsonResult {
  const t = textOf(b, segment);
  return t.ok ? parseJsonText(t.text, segment, t.ascii) : t;
}

/** `ascii`: the text is known to be printable ASCII, so it cannot hide invisible characters unless escaped. */
export function parseJsonText(text: string, segment: SegmentName, ascii = false): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: notJson(text, segment, e) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { ok: false, error: decodeError('ERR_NOT_OBJECT', `The ${segment} is ${what}; it must be a JSON object.`, segment) };
  }
  // JSON.parse defines "__proto__" as an own data property (CreateDataProperty), so the result is safe as is;
  // it is never copied key by key into a plain object (B1.11).
  const obj = value as JsonObject;
  const backslash = text.indexOf('\\') !== -1; // escapes can produce invisible characters, quotes, colons
  const mayHideChars = backslash || (!ascii && hasInvisible(text));
  const w = walk(obj, mayHideChars, backslash);
  if (w === undefined) {
    return {
      ok: false,
      error: decodeError('ERR_JSON_TOO_DEEP', `The ${segment} is nested more than ${MAX_JSON_DEPTH} levels deep.`, segment),
    };
  }
  // Duplicates (B1.10), without a character scan in the common case. JSON.parse keeps the last of duplicated
  // members and drops the others (their keys, and any strings in their values), so parsed counts fall short of
  // textual ones exactly when something was dropped. Without a backslash every '"' delimits a string (a quote
  // inside one must be escaped), so text quotes = 2 × (keys + string values), parsed. With backslashes: every
  // ':' outside strings introduces one key and literal ':' inside strings survive parsing, so, unless a colon
  // was written as \u003a, text colons = parsed keys + colons in parsed strings.
  const wantDups = backslash
    ? (text.includes('\\u') && /\\u003a/i.test(text)) || countChar(text, 58) !== w.keys + w.colons
    : countChar(text, 34) !== 2 * (w.keys + w.strings);
  // Lossy literals (B1.19) can only come out as unsafe integers (> 2^53), Infinity (1e400) or fractions; only
  // then is the text scanned for the literals. Not caught: a 16+-digit decimal that rounds to a safe integer
  // (1.0000000000000001 → 1).
  const scan = wantDups || w.oddNumber ? scanJson(text, wantDups, w.oddNumber) : undefined;
  return {
    ok: true,
    a: {
      value: obj,
      text,
      duplicates: scan?.duplicates ?? NONE,
      lossy: scan?.lossy ?? NONE,
      invisible: w.invisible ?? NONE,
      largestObject: w.largest,
    },
  };
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The fast path's JSON step (fast.ts): the parsed object when `text` is printable ASCII without backslashes and
 * parseJsonText would report nothing (no duplicates, lossy numbers, invisible characters or huge objects);
 * undefined otherwise, and the caller then takes the full path. Same rules as parseJsonText, minus the reports.
 */
export function plainJsonObject(decoded: string | Uint8Array): JsonObject | undefined {
  const text = typeof decoded === 'string' ? decoded : plainText(decoded);
  // ASCII without escapes cannot hide invisible characters (B1.18) and needs no UTF-8 decoding (B1.9).
  if (text === undefined || (typeof decoded === 'string' && !isPlainAscii(text)) || text.indexOf('\\') !== -1) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const strings = plainStrings(value as JsonObject);
  // parseJsonText's duplicate test without backslashes (B1.10): text quotes = 2 × (keys + string values).
  return strings !== -1 && countChar(text, 34) === 2 * strings ? (value as JsonObject) : undefined;
}

/** The text of fromBase64 bytes when they are printable ASCII (as textOf decides), else undefined. */
function plainText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  return text.length === bytes.length && text.indexOf('\x7f') === -1 ? text : undefined;
}

const BARE: object = {};
/** Whether a JSON.parse result (prototype Object.prototype) would show for-in anything it does not own. */
function inheritsEnumerable(): boolean {
  for (const _ in BARE) return true;
  return false;
}

/**
 * Keys + string values, or -1 when parseJsonText would report something (a possibly lossy number, B1.19; a huge
 * object; too deep). Flat objects (most tokens) are counted here; anything nested goes through `walk`.
 */
function plainStrings(o: JsonObject): number {
  let keys = 0;
  let n = 0;
  // for-in, not Object.keys: no array per call (~0.1 µs less per 300 B token). But for-in also lists inherited
  // enumerable properties: should anything ever add one to Object.prototype, a miscount could hide a duplicate.
  if (inheritsEnumerable()) return -1;
  for (const k in o) {
    keys++;
    const x = o[k];
    if (typeof x === 'string') n++;
    else if (typeof x === 'number') {
      if (!Number.isSafeInteger(x)) return -1;
    } else if (typeof x === 'object' && x !== null) {
      const w = walk(o, false, false);
      return w === undefined || w.oddNumber || w.largest > LARGE_OBJECT_KEYS ? -1 : w.keys + w.strings;
    }
  }
  return keys > LARGE_OBJECT_KEYS ? -1 : keys + n;
}

function notJson(text: string, segment: SegmentName, e: unknown): DecodeError {
  if (text.includes('\u0000')) {
    return decodeError('ERR_INVALID_UTF8', `The ${segment} contains NUL bytes; it looks like UTF-16, but JWTs must be UTF-8.`, segment);
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return decodeError('ERR_NOT_JSON', `The ${segment} starts with a byte-order mark, which JSON forbids here.`, segment);
  }
  if (e instanceof RangeError) {
    return decodeError('ERR_JSON_TOO_DEEP', `The ${segment} is nested too deeply to parse.`, segment);
  }
  return decodeError('ERR_NOT_JSON', `The ${segment} is not JSON; it must be a JSON object.`, segment);
}
