// Per-layer bookkeeping of the JWT parser (decode.ts): notes, warnings, and the flags derived from the JSON
// analyses (duplicates → ambiguous, lossy numbers, invisible characters). Pure TypeScript; runs everywhere.
import { decodeBase64url } from './b64';
import { decodeError, segmentLabel, type DecodeError, type Note, type SegmentName } from './errors';
import { LARGE_OBJECT_KEYS, parseJsonSegment, type JsonAnalysis } from './json';
import { classifyToken, type KindResult } from './kind';
import { timeStatus, DEFAULT_LEEWAY, type TimeStatus } from './time';
import type { DecodedToken, DecodeOptions, DecodeOutcome, JsonObject } from './types';

const MAX_WARNINGS = 50;
/** Shared by every token without duplicates, lossy numbers or invisible characters; frozen, so never mutated. */
const NONE: readonly never[] = Object.freeze([]);

export function notB64(segment: SegmentName, reason: string): DecodeError {
  return decodeError('ERR_NOT_BASE64URL', `Not base64url: the ${segmentLabel(segment)} ${reason}.`, segment);
}

export type Core = Pick<DecodedToken, 'form' | 'raw' | 'segments' | 'header' | 'payload' | 'signature' | 'unverifiable' | 'inner' | 'innerError'>;

const STATE: Record<DecodedToken['form'], DecodedToken['signatureState']> = {
  jws: 'not-verified',
  unsecured: 'unsigned',
  jwe: 'encrypted',
  opaque: 'none',
};

/** Collects notes and warnings for one layer and turns JSON analyses into flags. */
export class Builder {
  // Created on first use: most tokens have none of these, and the decoder runs on every token found on a page.
  duplicateKeys: string[] | undefined;
  lossyNumbers: DecodedToken['lossyNumbers'][number][] | undefined;
  suspiciousPaths: string[] | undefined;
  private dropped = 0;
  constructor(
    readonly notes: Note[],
    readonly warnings: Note[],
  ) {}

  note(code: Note['code'], message: string, segment?: SegmentName): void {
    this.notes.push(segment ? { code, message, segment } : { code, message });
  }

  warn(code: Note['code'], message: string, segment?: SegmentName, path?: string): void {
    if (this.warnings.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    const n: Note = path !== undefined ? { code, message, segment: segment ?? 'payload', path } : segment ? { code, message, segment } : { code, message };
    this.warnings.push(n);
  }

  padding(r: { padded: boolean; nonCanonical: boolean }, segment: SegmentName): void {
    if (r.padded) this.note('PADDING', `The ${segment} has non-canonical "=" padding; accepted, and verification uses the original text.`, segment);
    if (r.nonCanonical) this.note('NONCANONICAL_BITS', `The ${segment} has non-zero unused bits in its last character (non-canonical base64url).`, segment);
  }

  json(seg: string, segment: 'header' | 'payload'): { ok: true; a: JsonAnalysis } | { ok: false; error: DecodeError } {
    if (seg === '') {
      return { ok: false, error: decodeError(segment === 'header' ? 'ERR_MISSING_HEADER' : 'ERR_MISSING_PAYLOAD', `Missing ${segment}: the segment is empty.`, segment) };
    }
    const bytes = decodeBase64url(seg);
    if (!bytes.ok) return { ok: false, error: notB64(segment, bytes.reason) };
    this.padding(bytes, segment);
    const r = parseJsonSegment(bytes, segment);
    if (r.ok) this.take(r.a, segment);
    return r;
  }

  /** Records duplicate keys (B1.10), lossy numbers (B1.19) and invisible characters (B1.18) of a segment. */
  take(a: JsonAnalysis, segment: 'header' | 'payload'): JsonObject {
    const what = segment === 'header' ? 'header parameter' : 'claim';
    for (const p of a.duplicates) {
      (this.duplicateKeys ??= []).push(segment + p);
      this.warn('DUPLICATE_KEY', `duplicate claim; other parsers may read the first (${what} ${show(p)} appears more than once; the last value is shown).`, segment, p);
    }
    for (const l of a.lossy) {
      (this.lossyNumbers ??= []).push({ ...l, segment });
      this.warn('PRECISION_LOST', `precision lost: ${show(l.path)} is ${l.raw} in the token, but JavaScript reads ${String(l.parsed)}.`, segment, l.path);
    }
    for (const p of a.invisible) {
      (this.suspiciousPaths ??= []).push(segment + p);
      this.warn('INVISIBLE_CHARS', `${show(p)} contains invisible or bidi-control characters (shown escaped): possible spoofing.`, segment, p);
    }
    if (a.largestObject > LARGE_OBJECT_KEYS) this.note('LARGE_OBJECT', `The ${segment} has an object with ${a.largestObject} keys; the view may be truncated.`, segment);
    return a.value;
  }

  done(core: Core, opts: DecodeOptions, layer: number): DecodeOutcome {
    if (this.dropped > 0) this.warnings.push({ code: 'MORE_WARNINGS', message: `${this.dropped} more warnings not shown.` });
    const token = new Token(core, this, layer, opts.now ?? Date.now() / 1000, opts.leeway ?? DEFAULT_LEEWAY);
    return { ok: true, token, notes: this.warnings.length === 0 ? this.notes : this.notes.concat(this.warnings) };
  }


}

/** "/https:~1~1x~1roles/0" → "https://x/roles › 0" */
function show(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join(' › ');
}

/**
 * The decoded token. `kind` and `time` are memoised getters: most decodes (page scans, the benchmark) never
 * read them. A class, not an object literal with getters: V8 builds those ~100× slower. toJSON includes both,
 * but a structured clone (runtime messaging) would drop them: pass the raw token and decode again instead.
 */
class Token implements DecodedToken {
  readonly form: DecodedToken['form'];
  readonly raw: string;
  readonly segments: readonly string[];
  readonly header: JsonObject;
  readonly payload: JsonObject | undefined;
  readonly signature: string;
  readonly signatureState: DecodedToken['signatureState'];
  readonly unsigned: boolean;
  readonly notes: readonly Note[];
  readonly warnings: readonly Note[];
  readonly ambiguous: boolean;
  readonly unverifiable: string | undefined;
  readonly duplicateKeys: readonly string[];
  readonly lossyNumbers: DecodedToken['lossyNumbers'];
  readonly suspiciousPaths: readonly string[];
  readonly layer: number;
  readonly inner: DecodedToken | undefined;
  readonly innerError: DecodeError | undefined;
  readonly sizeBytes: number;
  #kind: KindResult | undefined;
  #time: TimeStatus | undefined;
  readonly #now: number;
  readonly #leeway: number;

  constructor(core: Core, b: Builder, layer: number, now: number, leeway: number) {
    this.form = core.form;
    this.raw = core.raw;
    this.segments = core.segments;
    this.header = core.header;
    this.payload = core.payload;
    this.signature = core.signature;
    this.signatureState = STATE[core.form];
    this.unsigned = core.form === 'unsecured';
    this.notes = b.notes;
    this.warnings = b.warnings;
    this.ambiguous = b.duplicateKeys !== undefined;
    this.unverifiable = core.unverifiable;
    this.duplicateKeys = b.duplicateKeys ?? NONE;
    this.lossyNumbers = b.lossyNumbers ?? NONE;
    this.suspiciousPaths = b.suspiciousPaths ?? NONE;
    this.layer = layer;
    this.inner = core.inner;
    this.innerError = core.innerError;
    this.sizeBytes = core.raw.length;
    this.#now = now;
    this.#leeway = leeway;
  }

  get kind(): KindResult {
    return (this.#kind ??= classifyToken(this.header, this.payload));
  }

  get time(): TimeStatus | undefined {
    if (this.payload === undefined) return undefined;
    return (this.#time ??= timeStatus(this.payload, this.#now, this.#leeway));
  }

  toJSON(): object {
    return { ...this, kind: this.kind, time: this.time };
  }
}
