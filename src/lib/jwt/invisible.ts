// Makes invisible and direction-changing characters visible in claim keys and values, so that a spoofed `iss`
// or `aud` stands out (SECURITY B1.18: U+202E, U+200B shown escaped). Pure TypeScript; runs everywhere.
// Legitimate text must still display correctly (B1.19): a zero-width joiner inside an emoji sequence (👨‍👩‍👧)
// or a ZWNJ/ZWJ between letters of Persian, Arabic or Indic scripts is left alone.

// With the `u` flag, [\uD800-\uDFFF] matches only unpaired surrogates (paired ones form one code point).
const INVISIBLE =
  /[\u0000-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uD800-\uDFFF\u{E0000}-\u{E007F}]/u;
const INVISIBLE_G = new RegExp(INVISIBLE.source, 'gu');
// Characters next to which a joiner is part of normal writing: non-ASCII letters and marks, emoji, VS-16.
const JOINABLE = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]/u;

/** Fast test, without allocating: could `s` contain anything that escapeInvisible would escape? */
export function hasInvisible(s: string): boolean {
  return INVISIBLE.test(s);
}

/**
 * Replaces each invisible, bidi-control or unpaired-surrogate character by a visible escape (`\u202E`,
 * `\u{E0041}`). `changed` is true when something was escaped: the UI then marks the claim as suspicious.
 */
export function escapeInvisible(s: string): { text: string; changed: boolean } {
  if (!INVISIBLE.test(s)) return { text: s, changed: false };
  let changed = false;
  const text = s.replace(INVISIBLE_G, (ch: string, offset: number) => {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp === 0x200c || cp === 0x200d) && isJoinable(prevCodePoint(s, offset)) && isJoinable(s.codePointAt(offset + 1))) {
      return ch;
    }
    changed = true;
    return cp > 0xffff ? `\\u{${cp.toString(16).toUpperCase()}}` : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  });
  return changed ? { text, changed } : { text: s, changed: false };
}

function isJoinable(cp: number | undefined): boolean {
  return cp !== undefined && cp > 0x7f && JOINABLE.test(String.fromCodePoint(cp));
}

function prevCodePoint(s: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = s.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = s.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(index - 2);
  }
  return low;
}
