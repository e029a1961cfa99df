// Selection cleanup before decoding (SECURITY B1.7): outer whitespace, a trailing newline, a `Bearer ` prefix
// and surrounding quotes are removed, each with a note. Inner whitespace is never silently removed: RFC 7519
// §7.2 makes it invalid, so decode.ts reports ERR_INNER_WHITESPACE and the UI offers `stripWhitespace`.
// Pure TypeScript; runs everywhere. No regex with a quantified class at the end (no O(n²) on 1 MB of spaces).
import type { Note } from './errors';

/** Whitespace as JS \s, plus zero-width characters that a copy can drag along. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const INNER_SPACE = /[\s\u200B-\u200D\u2060]/;
const ALL_SPACE = /[\s\u200B-\u200D\u2060]+/g;

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201C', '\u201D'], // “ ”
  ['\u2018', '\u2019'], // ‘ ’
  ['<', '>'],
];

/** Characters a compact token can start or end with: base64url, "." (unsecured JWT), "=" (padding). */
function isTokenEdge(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46 || c === 61;
}

export function cleanSelection(input: string): { text: string; notes: Note[] } {
  const notes: Note[] = [];
  // Fast path: a bare token (the common paste) has nothing to trim.
  const c0 = input.charCodeAt(0);
  if (isTokenEdge(c0) && isTokenEdge(input.charCodeAt(input.length - 1)) && (c0 | 32) !== 98 /* b, B */) {
    return { text: input, notes };
  }
  const seen = new Set<string>();
  const note = (code: Note['code'], message: string): void => {
    if (!seen.has(code)) {
      seen.add(code);
      notes.push({ code, message });
    }
  };
  let s = input;
  for (let round = 0; round < 4; round++) {
    const before = s;
    let start = 0;
    let end = s.length;
    while (start < end && isSpace(s.charCodeAt(start))) start++;
    while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
    if (start > 0 || end < s.length) {
      const tail = s.slice(end);
      if (tail.includes('\n') || tail.includes('\r')) note('TRAILING_NEWLINE', 'Removed a trailing newline.');
      if (start > 0 || /[^\r\n]/.test(tail)) note('TRIMMED_WHITESPACE', 'Removed whitespace around the token.');
      s = s.slice(start, end);
    }
    const bearer = /^bearer[ \t]+/i.exec(s);
    if (bearer) {
      note('BEARER_PREFIX', `Removed the "${bearer[0].trim()}" prefix.`);
      s = s.slice(bearer[0].length);
    }
    for (const [open, close] of QUOTE_PAIRS) {
      if (s.length >= 2 && s.startsWith(open) && s.endsWith(close)) {
        note('QUOTES', 'Removed the quotes around the token.');
        s = s.slice(open.length, s.length - close.length);
        break;
      }
    }
    if (s === before) break;
  }
  return { text: s, notes };
}

export function hasInnerWhitespace(s: string): boolean {
  return INNER_SPACE.test(s);
}

/** Removes every whitespace and zero-width character: the explicit "strip whitespace" action (B1.7). */
export function stripWhitespace(s: string): string {
  return s.replace(ALL_SPACE, '');
}
