// Shared types of the JWT parser (src/lib/jwt): JSON values, the decoded token and the decode outcome.
// Types only; imported by the popup, inspector, service worker and content script.
import type { DecodeError, Note } from './errors';
import type { KindResult } from './kind';
import type { LossyNumber } from './scan';
import type { TimeStatus } from './time';

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
/** A parsed JSON object, exactly as JSON.parse returned it ("__proto__" is an own key, never the prototype). */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

export type TokenForm = 'jws' | 'jwe' | 'opaque' | 'unsecured';

/** Decoding never verifies: a JWS is always "not verified" here (SECURITY B1.1). */
export type SignatureState = 'not-verified' | 'unsigned' | 'encrypted' | 'none';

export interface DecodedToken {
  readonly form: TokenForm;
  /** The cleaned input (selection whitespace, Bearer, quotes removed); the exact bytes verification must use. */
  readonly raw: string;
  /** The original segment strings, never re-encoded (SECURITY B1.6). */
  readonly segments: readonly string[];
  /** Protected header; an empty object for an opaque token. */
  readonly header: JsonObject;
  /** Claims; undefined for JWE, opaque tokens and cty JWT wrappers (see `inner`). */
  readonly payload: JsonObject | undefined;
  /** Third segment (JWS) as written, base64url; '' when unsigned, JWE or opaque. */
  readonly signature: string;
  readonly signatureState: SignatureState;
  /** alg "none" (any case) with an empty signature: show a red UNSIGNED badge and disable Verify (B1.2). */
  readonly unsigned: boolean;
  /** Informational notes: cleanup, padding, encryption. */
  readonly notes: readonly Note[];
  /** Things the user must see: duplicates, lost precision, invisible characters, unverifiable. */
  readonly warnings: readonly Note[];
  readonly kind: KindResult;
  /** Duplicate keys in header or payload: verification must report "ambiguous token" (B1.10). */
  readonly ambiguous: boolean;
  /** Set when verification is impossible, e.g. 'unsupported critical extension, cannot be verified' (B1.15). */
  readonly unverifiable?: string;
  /** JSON Pointers (prefixed "header" or "payload", e.g. "payload/sub") of duplicated keys. */
  readonly duplicateKeys: readonly string[];
  /** Numbers that do not survive conversion to a double; `raw` is the literal as written (B1.19). */
  readonly lossyNumbers: readonly (LossyNumber & { readonly segment: 'header' | 'payload' })[];
  /** JSON Pointers (prefixed like duplicateKeys) of keys or values with invisible/bidi characters. */
  readonly suspiciousPaths: readonly string[];
  readonly time: TimeStatus | undefined;
  /** 0 for the outermost token; 1, 2 for nested cty JWT layers. */
  readonly layer: number;
  /** The decoded nested token (cty JWT, B1.14). */
  readonly inner?: DecodedToken;
  /** Why the nested token could not be decoded (including ERR_TOO_DEEP beyond 3 layers). */
  readonly innerError?: DecodeError;
  /** Length of `raw` (base64url is ASCII, so characters = bytes). */
  readonly sizeBytes: number;
}

export type DecodeOutcome =
  | {
      readonly ok: true;
      readonly token: DecodedToken;
      /** Everything to show under the token: token.notes followed by token.warnings. */
      readonly notes: readonly Note[];
    }
  | {
      readonly ok: false;
      readonly error: DecodeError;
      readonly notes: readonly Note[];
      /** ERR_INNER_WHITESPACE: offer an explicit "strip whitespace" action (stripWhitespace, then decode again). */
      readonly fixable?: 'strip-whitespace';
    };

export interface DecodeOptions {
  /** Current time in seconds since the epoch; defaults to Date.now() / 1000. */
  readonly now?: number;
  /** Size cap in bytes (= characters) of the cleaned token; default 256 KiB (B1.16). */
  readonly maxBytes?: number;
  /** Leeway in seconds used for the time status; default 60. */
  readonly leeway?: number;
}
