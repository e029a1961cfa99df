// Error and note vocabulary of the JWT parser (src/lib/jwt). Pure data, no I/O: runs in the service worker,
// the popup, the inspector tab and the content script alike.
// Modelled on jose's `err.code` strings: callers switch on `code`, and show `message` (human text) as text only.

/** Where a problem sits in a compact token. JWE parts are named as in RFC 7516 §7.1. */
export type SegmentName = 'header' | 'payload' | 'signature' | 'encrypted_key' | 'iv' | 'ciphertext' | 'tag';

/** Closed set of reasons why `decodeToken` refused an input. */
export type DecodeErrorCode =
  | 'ERR_EMPTY' // nothing left after trimming the selection
  | 'ERR_TOO_LARGE' // over the size cap; refused before any base64 decoding (SECURITY B1.16)
  | 'ERR_INNER_WHITESPACE' // whitespace or line breaks inside the token (B1.7, RFC 7519 §7.2); fixable
  | 'ERR_SEGMENT_COUNT' // not 3 (JWS) or 5 (JWE) segments, or 5 segments without `enc` (B1.4)
  | 'ERR_MISSING_HEADER' // empty first segment (B1.4)
  | 'ERR_MISSING_PAYLOAD' // empty payload segment (B1.4)
  | 'ERR_NOT_BASE64URL' // `+`, `/`, other characters, bad padding or length ≡ 1 mod 4 (B1.5)
  | 'ERR_INVALID_UTF8' // overlong forms, stray 0xFF, UTF-16 text (B1.9, RFC 8725 §3.7)
  | 'ERR_NOT_JSON' // the decoded bytes are not JSON (B1.8)
  | 'ERR_NOT_OBJECT' // JSON, but null, an array, a string or a number (B1.8)
  | 'ERR_JSON_TOO_DEEP' // JSON nested deeper than the parser accepts (B1.17)
  | 'ERR_MALFORMED_UNSECURED' // alg "none" with a non-empty signature (B1.2)
  | 'ERR_TOO_DEEP' // cty JWT nesting beyond the allowed number of layers (B1.14)
  | 'ERR_INTERNAL'; // a bug: an unexpected exception, caught so that nothing throws out of decodeToken

export interface DecodeError {
  readonly code: DecodeErrorCode;
  /** One human sentence; always rendered as text. */
  readonly message: string;
  readonly segment?: SegmentName;
}

/** Informational notes (cleanup, padding) and warnings (ambiguity, spoofing) attached to a decode. */
export type NoteCode =
  | 'TRIMMED_WHITESPACE'
  | 'TRAILING_NEWLINE'
  | 'BEARER_PREFIX'
  | 'QUOTES'
  | 'PADDING'
  | 'NONCANONICAL_BITS'
  | 'OPAQUE'
  | 'ENCRYPTED'
  | 'UNSIGNED'
  | 'NO_ALG'
  | 'DUPLICATE_KEY'
  | 'PRECISION_LOST'
  | 'INVISIBLE_CHARS'
  | 'UNVERIFIABLE'
  | 'NESTED'
  | 'LARGE_OBJECT'
  | 'B64_FALSE'
  | 'MORE_WARNINGS';

export interface Note {
  readonly code: NoteCode;
  readonly message: string;
  readonly segment?: SegmentName;
  /** JSON Pointer (RFC 6901) of the claim concerned, e.g. "/sub" or "/https:~1~1x~1roles/0". */
  readonly path?: string;
}

export function decodeError(code: DecodeErrorCode, message: string, segment?: SegmentName): DecodeError {
  return segment === undefined ? { code, message } : { code, message, segment };
}

/** Human name of a segment for messages ("payload", "encrypted key"). */
export function segmentLabel(segment: SegmentName): string {
  return segment.replace('_', ' ');
}
