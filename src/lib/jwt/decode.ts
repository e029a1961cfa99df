// THE JWT parser of Token Workbench: every path (popup paste, right-click selection, tokens found on Auth0
// pages) calls decodeToken. Pure TypeScript, no extension API, no DOM; runs in the service worker, extension
// pages and the content script. It decodes; it never verifies and never says "valid" (SECURITY B1.1).
// decodeToken never throws: every failure is a DecodeError with a closed `code` (errors.ts).
import { decodeBase64url, base64urlProblem } from './b64';
import { Builder, notB64 } from './builder';
import { cleanSelection, hasInnerWhitespace } from './clean';
import { decodeError, type DecodeError, type Note, type SegmentName } from './errors';
import { decodePlainJws } from './fast';
import { parseJsonText, textOf } from './json';
import type { DecodedToken, DecodeOptions, DecodeOutcome, JsonObject } from './types';
import { MAX_TOKEN_CHARS } from './limits';

export { stripWhitespace } from './clean';
export { escapeInvisible } from './invisible';
export type { DecodedToken, DecodeOutcome, DecodeOptions, JsonObject, JsonValue } from './types';
export type { DecodeError, DecodeErrorCode, Note } from './errors';

export const DEFAULT_MAX_BYTES = MAX_TOKEN_CHARS; // SECURITY B1.16
/** Layers of cty JWT nesting decoded; a 4th is refused with ERR_TOO_DEEP (B1.14). */
export const MAX_LAYERS = 3;
const JWE_PARTS: readonly SegmentName[] = ['header', 'encrypted_key', 'iv', 'ciphertext', 'tag'];

export function decodeToken(input: string, opts: DecodeOptions = {}): DecodeOutcome {
  try {
    if (typeof input !== 'string') return decodeLayer('', opts, 0);
    // Most tokens take the fast path (fast.ts); it declines anything the full path would note, warn about or refuse.
    return decodePlainJws(input, opts, opts.maxBytes ?? DEFAULT_MAX_BYTES) ?? decodeLayer(input, opts, 0);
  } catch {
    // Not expected: every known failure is handled below. Still, nothing may escape to the caller.
    return fail(decodeError('ERR_INTERNAL', 'The token could not be decoded (internal error).'), []);
  }
}

function fail(error: DecodeError, notes: Note[], fixable?: 'strip-whitespace'): DecodeOutcome {
  return fixable ? { ok: false, error, notes, fixable } : { ok: false, error, notes };
}

function decodeLayer(input: string, opts: DecodeOptions, layer: number): DecodeOutcome {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // Cheap refusal first: cleanup only trims the edges, so an input far over the cap cannot become a token.
  if (input.length > maxBytes * 2 + 4096) return fail(tooLarge(input.length, maxBytes), []);
  const { text: s, notes } = cleanSelection(input);
  if (s === '') return fail(decodeError('ERR_EMPTY', 'Nothing to decode: the input is empty.'), notes);
  if (s.length > maxBytes) return fail(tooLarge(s.length, maxBytes), notes); // before any base64 decoding
  // Inner whitespace makes base64url validation fail, so it is looked for only when decoding failed: the common
  // (valid) case pays nothing. The one success path that does not validate characters (b64:false) checks itself.
  const r = decodeCompact(s, notes, opts, layer);
  return r.ok || !hasInnerWhitespace(s) ? r : whitespaceError(notes);
}

function whitespaceError(notes: Note[]): DecodeOutcome {
  const msg = 'The token contains whitespace or line breaks inside it, which a JWT cannot (RFC 7519 §7.2).';
  return fail(decodeError('ERR_INNER_WHITESPACE', msg), notes, 'strip-whitespace');
}

/** The segments of `s`; the common 3-segment case with indexOf + slice (split('.') was ~9% of a 300 B decode). */
function splitSegments(s: string): string[] {
  const d1 = s.indexOf('.');
  const d2 = d1 === -1 ? -1 : s.indexOf('.', d1 + 1);
  if (d2 === -1 || s.indexOf('.', d2 + 1) !== -1) return s.split('.');
  return [s.slice(0, d1), s.slice(d1 + 1, d2), s.slice(d2 + 1)];
}

function decodeCompact(s: string, notes: Note[], opts: DecodeOptions, layer: number): DecodeOutcome {
  const segs = splitSegments(s);
  const n = segs.length;
  if (n === 1) {
    if (/^[A-Za-z0-9._~+/-]{16,}=*$/.test(s)) return opaque(s, notes, opts, layer);
    return fail(decodeError('ERR_SEGMENT_COUNT', 'Not a compact JWT (1 segment).'), notes);
  }
  if (n !== 3 && n !== 5) return fail(decodeError('ERR_SEGMENT_COUNT', `Not a compact JWT (${n} segments).`), notes);
  const warnings: Note[] = [];
  const b = new Builder(notes, warnings);

  const h = b.json(segs[0] ?? '', 'header');
  if (!h.ok) return fail(h.error, notes);
  const header = h.a.value;
  const alg = header['alg'];

  if (n === 5) {
    if (typeof header['enc'] !== 'string') {
      const msg = 'Not a compact JWT (5 segments, but the header has no "enc", so it is not a JWE either).';
      return fail(decodeError('ERR_SEGMENT_COUNT', msg, 'header'), notes);
    }
    for (let i = 1; i < 5; i++) {
      const part = JWE_PARTS[i] ?? 'ciphertext';
      const p = base64urlProblem(segs[i] ?? '');
      if (p !== undefined) return fail(notB64(part, p), notes);
    }
    // SECURITY B1.3: show alg/enc/kid; the ciphertext is never decoded, let alone parsed as JSON.
    const kid = typeof header['kid'] === 'string' ? `, kid ${header['kid']}` : '';
    b.note('ENCRYPTED', `Encrypted (alg ${String(alg)}, enc ${header['enc']}${kid}): payload not decodable.`);
    if (isJwtCty(header['cty'])) b.note('NESTED', 'Contains a nested JWT (cty JWT) that cannot be decoded without the key.');
    return b.done({ form: 'jwe', raw: s, segments: segs, header, payload: undefined, signature: '' }, opts, layer);
  }

  const [, payloadSeg = '', signature = ''] = segs;
  const isNone = typeof alg === 'string' && alg.length === 4 && alg.toLowerCase() === 'none';
  if (isNone && signature !== '') {
    const msg = `Malformed unsecured JWT: alg is "${alg}" but the signature segment is not empty.`;
    return fail(decodeError('ERR_MALFORMED_UNSECURED', msg, 'signature'), notes);
  }
  if (typeof alg !== 'string') b.warn('NO_ALG', 'The header has no "alg" string: no verifier will accept this token.', 'header');
  if (signature !== '') {
    const p = base64urlProblem(signature);
    if (p !== undefined) return fail(notB64('signature', p), notes);
  }
  if (payloadSeg === '') {
    const msg = 'Missing payload: the payload segment is empty (a detached payload, RFC 7515 Appendix F, is not a JWT).';
    return fail(decodeError('ERR_MISSING_PAYLOAD', msg, 'payload'), notes);
  }
  const unverifiable = critProblem(header, b);

  let payload: JsonObject | undefined;
  let inner: DecodedToken | undefined;
  let innerError: DecodeError | undefined;
  if (header['b64'] === false && !/^[A-Za-z0-9_-]*$/.test(payloadSeg)) {
    // RFC 7797: with b64:false the payload is written unencoded.
    if (hasInnerWhitespace(payloadSeg)) return whitespaceError(notes);
    const p = parseJsonText(payloadSeg, 'payload');
    if (!p.ok) return fail(p.error, notes);
    payload = b.take(p.a, 'payload');
  } else if (isJwtCty(header['cty'])) {
    // SECURITY B1.14: the payload is itself a JWT; decode it as its own layer.
    const bytes = decodeBase64url(payloadSeg);
    if (!bytes.ok) return fail(notB64('payload', bytes.reason), notes);
    b.padding(bytes, 'payload');
    const text = textOf(bytes, 'payload');
    if (!text.ok) return fail(text.error, notes);
    const asJson = text.text.trimStart().startsWith('{') ? parseJsonText(text.text, 'payload') : undefined;
    if (asJson?.ok) {
      b.warn('NESTED', 'cty says JWT, but the payload is a JSON object; shown as claims.', 'header');
      payload = b.take(asJson.a, 'payload');
    } else if (layer + 1 >= MAX_LAYERS) {
      innerError = decodeError('ERR_TOO_DEEP', `Nested JWTs deeper than ${MAX_LAYERS} layers are not decoded.`, 'payload');
      b.warn('NESTED', innerError.message, 'payload');
    } else {
      const r = decodeLayer(text.text, { ...opts, maxBytes: Math.max(text.text.length, 1) }, layer + 1);
      if (r.ok) inner = r.token;
      else innerError = r.error;
      b.note('NESTED', inner ? `Contains a nested ${inner.form.toUpperCase()} (cty JWT), decoded as layer ${layer + 2}.` : `Contains a nested JWT (cty JWT) that could not be decoded: ${r.ok ? '' : r.error.message}`);
    }
  } else {
    const p = b.json(payloadSeg, 'payload');
    if (!p.ok) return fail(p.error, notes);
    payload = p.a.value;
  }
  if (isNone) b.warn('UNSIGNED', `alg is "${String(alg)}": this token is UNSIGNED; anyone could have written it.`, 'header');
  const form = isNone ? 'unsecured' : 'jws';
  return b.done({ form, raw: s, segments: segs, header, payload, signature, unverifiable, inner, innerError }, opts, layer);
}

/** SECURITY B1.15: crit entries we do not implement (all of them), or b64:false, make verification impossible. */
function critProblem(header: JsonObject, b: Builder): string | undefined {
  const crit = header['crit'];
  const b64False = header['b64'] === false;
  if (crit === undefined && !b64False) return undefined;
  const names = Array.isArray(crit) ? crit.filter((c): c is string => typeof c === 'string') : [];
  const what = crit === undefined ? 'b64:false (RFC 7797)' : names.length ? `crit lists ${names.join(', ')}` : 'crit is malformed';
  b.warn('UNVERIFIABLE', `Unsupported critical extension (${what}): this token cannot be verified.`, 'header');
  if (b64False) b.note('B64_FALSE', 'b64:false: the payload is not base64url-encoded (RFC 7797).');
  return 'unsupported critical extension, cannot be verified';
}

function isJwtCty(cty: unknown): boolean {
  return typeof cty === 'string' && /^(application\/)?jwt$/i.test(cty);
}

function tooLarge(len: number, max: number): DecodeError {
  return decodeError('ERR_TOO_LARGE', `The token is ${len.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')}.`);
}

function opaque(s: string, notes: Note[], opts: DecodeOptions, layer: number): DecodeOutcome {
  const b = new Builder(notes, []);
  b.note(
    'OPAQUE',
    'Not a compact JWT (1 segment): an opaque token. Auth0 issues opaque access tokens when no audience is requested; only Auth0 (/userinfo) can read them.',
  );
  return b.done({ form: 'opaque', raw: s, segments: [s], header: {}, payload: undefined, signature: '' }, opts, layer);
}
