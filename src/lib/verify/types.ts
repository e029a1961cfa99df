// Public types of the verification module: the injected context and the closed result union.
// Signature state and time state are SEPARATE (SECURITY B2.22): `state` says what happened to the
// signature, `time` says what the (possibly unverified) claims say about expiry.

/** What an injected JWKS fetcher reports. Never throws by contract (a throw is treated as `network`). */
export type JwksFetchResult =
  | { ok: true; json: unknown; /** true when served from a cache */ cached?: boolean }
  | { ok: false; reason: 'http'; status: number }
  | { ok: false; reason: 'timeout' }
  | { ok: false; reason: 'network'; message: string };

export interface JwksFetchOptions {
  /** Set on the second call, after the first JWKS had no key for the token's kid: a cache may refetch
   *  (at most once per cool-down, like jose's createRemoteJWKSet) or answer from cache. */
  kidMiss?: boolean;
}

export interface VerifyContext {
  /** Current time in seconds (injected: the lib never reads a clock). */
  now: number;
  /** Decides whether an issuer host may be asked for its JWKS (SECURITY B2.25); see trust.ts. */
  trustedIssuers: (issHost: string) => boolean;
  fetchJwks: (jwksUrl: string, opts?: JwksFetchOptions) => Promise<JwksFetchResult>;
  hmacSecret?: { value: string; encoding: 'utf8' | 'base64' | 'base64url' };
  /** Clock-skew tolerance in seconds for exp/nbf; default 0 (so exp == now is expired, like jose). */
  leeway?: number;
}

export interface VerifyInput {
  /** The raw compact token exactly as decoded (never re-encoded; SECURITY B1.6). */
  token: string;
  /** The header as the decoder saw it; must agree with the token's own header. */
  header: Record<string, unknown>;
  /** The decoded claims; when absent they are read from the token with jose.decodeJwt. */
  payload?: Record<string, unknown>;
  /** Set when the decoder saw duplicate keys (SECURITY B1.10): verification refuses, "ambiguous token". */
  duplicateKeys?: boolean;
}

export type TimeState =
  | { status: 'valid'; exp: number }
  | { status: 'no-expiry' }
  | { status: 'expired'; exp: number; /** seconds since exp */ ago: number }
  | { status: 'not-yet-valid'; nbf: number; /** seconds until nbf */ in: number }
  | { status: 'invalid'; claim: 'exp' | 'nbf'; detail: string };

export interface TimeCheck {
  state: TimeState;
  /** false unless the signature verified: the time comes from claims nobody vouched for. */
  claimsVerified: boolean;
  now: number;
  leeway: number;
  /** `iat-in-future`, `iat-not-a-number` (the legacy doc example has a string iat, FACTS §3). */
  warnings: string[];
}

export type VerifiedKey =
  | { source: 'jwks'; jwksUrl: string; kid: string | undefined; alg: string; kty: string }
  | { source: 'secret'; alg: string; encoding: 'utf8' | 'base64' | 'base64url' };

export type JwksUnreachableReason =
  | { kind: 'http'; status: number }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string }
  | { kind: 'malformed'; detail: string };

/** Codes follow jose's where jose has one; the rest use the same ERR_ style. */
export type SignatureOutcome =
  | { state: 'verified'; code: 'OK'; key: VerifiedKey; warnings: string[] }
  | { state: 'signature-invalid'; code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'; key: VerifiedKey }
  | { state: 'no-matching-key'; code: 'ERR_JWKS_NO_MATCHING_KEY'; jwksUrl: string; kid: unknown; availableKids: string[] }
  | { state: 'multiple-matching-keys'; code: 'ERR_JWKS_MULTIPLE_MATCHING_KEYS'; jwksUrl: string; kid: unknown; count: number }
  | { state: 'issuer-not-trusted'; code: 'ERR_ISSUER_NOT_TRUSTED'; iss: unknown; host: string | null; reason: string; /** an explicit "Verify" would fetch */ askFirst?: boolean }
  | { state: 'jwks-unreachable'; code: 'ERR_JWKS_UNREACHABLE' | 'ERR_JWKS_TIMEOUT' | 'ERR_JWKS_INVALID'; jwksUrl: string; reason: JwksUnreachableReason }
  | { state: 'unsigned'; code: 'ERR_UNSIGNED'; alg: string }
  | { state: 'unsupported'; code: 'ERR_JOSE_NOT_SUPPORTED'; reason: 'crit' | 'b64' | 'unknown-alg' | 'jwe' | 'key'; detail: string }
  | { state: 'alg-not-allowed'; code: 'ERR_JOSE_ALG_NOT_ALLOWED'; alg: string; reason: string }
  | { state: 'weak-key'; code: 'ERR_WEAK_KEY'; kid: string | undefined; bits: number }
  | { state: 'needs-secret'; code: 'ERR_NEEDS_SECRET'; alg: string; reason: 'missing' | 'undecodable' }
  | { state: 'ambiguous'; code: 'ERR_AMBIGUOUS'; reason: string }
  | { state: 'malformed'; code: 'ERR_JWS_INVALID'; detail: string };

export type SignatureState = SignatureOutcome['state'];

export type VerifyResult = SignatureOutcome & { time: TimeCheck };
