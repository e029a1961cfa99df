// Which JWS algorithms exist and which key type each needs. The key, not the token, decides the
// family (SECURITY B2.20, RFC 8725 §3.1): an RSA key is only ever used with RS*/PS*, an EC key with
// the ES* of its curve, an OKP key with EdDSA/Ed25519, and a JWKS key is never used as an HMAC secret.

export const HMAC_ALGS = ['HS256', 'HS384', 'HS512'] as const;
export const RSA_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'] as const;
export const EC_ALGS = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' } as const;
export const OKP_ALGS = ['EdDSA', 'Ed25519'] as const;

export type HmacAlg = (typeof HMAC_ALGS)[number];

export function isHmacAlg(alg: string): alg is HmacAlg {
  return (HMAC_ALGS as readonly string[]).includes(alg);
}

export function isAsymmetricAlg(alg: string): boolean {
  return (
    (RSA_ALGS as readonly string[]).includes(alg) ||
    Object.values(EC_ALGS).includes(alg as 'ES256') ||
    (OKP_ALGS as readonly string[]).includes(alg)
  );
}

/** Algorithms a public JWK may verify, derived from kty/crv only; [] for anything else (incl. `oct`). */
export function algorithmsForKey(jwk: { kty?: unknown; crv?: unknown }): string[] {
  if (jwk.kty === 'RSA') return [...RSA_ALGS];
  if (jwk.kty === 'EC' && typeof jwk.crv === 'string' && jwk.crv in EC_ALGS) {
    return [EC_ALGS[jwk.crv as keyof typeof EC_ALGS]];
  }
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return [...OKP_ALGS];
  return [];
}

/** Minimum HMAC key length: 32 bytes (SECURITY B2.21), and never shorter than the hash (RFC 7518 §3.2). */
export function minHmacBytes(alg?: string): number {
  if (alg === 'HS384') return 48;
  if (alg === 'HS512') return 64;
  return 32;
}
