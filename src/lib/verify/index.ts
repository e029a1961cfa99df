// Public surface of the verification module (pure: jose + injected fetch/clock, no extension APIs).
export { verifyToken, MAX_TOKEN_LENGTH } from './verify';
export type * from './types';
export { JwksCache, DEFAULT_JWKS_COOLDOWN, DEFAULT_JWKS_TTL, type JwksCacheOptions } from './jwks-cache';
export { decideJwksTrust, isAuth0Host, issuerHost, jwksUrlFor, makeTrustPolicy, type JwksTrust, type JwksTrustFacts } from './trust';
export { decodeSecret, secretWarnings, looksLikePublicKey, type SecretEncoding } from './secret';
export { parseJwks, selectKey, rsaModulusBits } from './jwks';
export { checkTime } from './time';
