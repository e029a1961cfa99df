// Character-level scan of JSON text that JSON.parse has already accepted: finds duplicate keys per object
// (SECURITY B1.10) and number literals that do not survive conversion to a double (B1.19), with their JSON
// Pointer paths. Pure TypeScript; runs everywhere. Called by json.ts only when a cheap test says it is needed.
// Linear: strings are skipped with indexOf, and nesting uses an explicit stack (no recursion).

export interface LossyNumber {
  /** JSON Pointer of the value. */
  readonly path: string;
  /** The literal exactly as written in the token. */
  readonly raw: string;
  /** What JavaScript (and so most UIs) would show instead. */
  readonly parsed: number;
}

interface Frame {
  readonly obj: boolean;
  readonly path: string;
  keys: Set<string> | undefined;
  key: string;
  index: number;
}

export function scanJson(
  text: string,
  wantDups: boolean,
  wantNumbers: boolean,
): { duplicates: string[]; lossy: LossyNumber[] } {
  const duplicates: string[] = [];
  const lossy: LossyNumber[] = [];
  const stack: Frame[] = [];
  let top: Frame | undefined;
  let expectKey = false;
  const childPath = (): string =>
    top === undefined ? '' : `${top.path}/${top.obj ? esc(top.key) : String(top.index)}`;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = stringEnd(text, i + 1);
      if (expectKey && top !== undefined && top.obj) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (wantDups) {
          top.keys ??= new Set();
          if (top.keys.has(key)) duplicates.push(`${top.path}/${esc(key)}`);
          else top.keys.add(key);
        }
        top.key = key;
        expectKey = false;
      }
      i = end + 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const f: Frame = { obj: c === 123, path: childPath(), keys: undefined, key: '', index: 0 };
      if (top !== undefined) stack.push(top);
      top = f;
      expectKey = f.obj;
      i++;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      top = stack.pop();
      i++;
    } else if (c === 44 /* , */) {
      if (top !== undefined) {
        if (top.obj) expectKey = true;
        else top.index++;
      }
      i++;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      let j = i + 1;
      while (j < n && isNumberChar(text.charCodeAt(j))) j++;
      if (wantNumbers) {
        const raw = text.slice(i, j);
        const parsed = Number(raw);
        if (!sameDecimal(raw, parsed)) lossy.push({ path: childPath(), raw, parsed });
      }
      i = j;
    } else {
      i++; // ':', whitespace, true/false/null letters
    }
  }
  return { duplicates, lossy };
}

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}

/** Index of the closing quote of a string whose content starts at `from`. */
function stringEnd(text: string, from: number): number {
  let k = text.indexOf('"', from);
  while (k !== -1) {
    let backslashes = 0;
    for (let b = k - 1; b >= from && text.charCodeAt(b) === 92; b--) backslashes++;
    if ((backslashes & 1) === 0) return k;
    k = text.indexOf('"', k + 1);
  }
  return text.length;
}

function esc(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * True when the literal and the double denote the same decimal value once both are normalised to
 * (significant digits, exponent). Short literals (≤ 15 significant digits) always round-trip.
 */
function sameDecimal(raw: string, parsed: number): boolean {
  if (!Number.isFinite(parsed)) return false; // 1e400 → Infinity
  const a = normalise(raw);
  if (a.digits.length <= 15) return true;
  const b = normalise(String(parsed));
  return a.digits === b.digits && a.exp === b.exp;
}

function normalise(lit: string): { digits: string; exp: number } {
  let s = lit[0] === '-' ? lit.slice(1) : lit;
  let exp = 0;
  const e = s.search(/[eE]/);
  if (e !== -1) {
    exp = Number(s.slice(e + 1));
    s = s.slice(0, e);
  }
  const dot = s.indexOf('.');
  let digits = s;
  if (dot !== -1) {
    digits = s.slice(0, dot) + s.slice(dot + 1);
    exp -= s.length - dot - 1;
  }
  const lead = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(lead);
  const trimmed = digits.replace(/0+$/, '');
  exp += digits.length - trimmed.length;
  return { digits: trimmed, exp: trimmed === '' ? 0 : exp };
}
