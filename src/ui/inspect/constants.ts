// Constants shared by the Inspect UI (extension pages). Kept apart so pure label code imports no component.
/** Must match src/background/inspect/jwks-fetch.ts JWKS_TIMEOUT_MS (SECURITY B6.53). */
export const JWKS_TIMEOUT_SECONDS = 10;
/** HMAC keys under this many bytes earn a weak-key warning (SECURITY B2.21). */
export const MIN_HMAC_BYTES = 32;
/** Must match src/shared/messages/catalog.ts MAX_SCOPES: a token's scopes sent in one catalog question. */
export const MAX_SCOPES_SENT = 2000;
