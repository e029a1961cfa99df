// The one size cap on a token, in characters (= bytes for a compact JWS, which is ASCII): larger input is refused
// before any base64 decoding (SECURITY B1.16). The decoder, the token finder, verification, the message schemas
// and the right-click hand-off all use it. Pure.
export const MAX_TOKEN_CHARS = 256 * 1024;
