// Test fixtures for the JWT parser: RFC golden tokens (copied from RFC 7519 §3.1/§6.1 and RFC 7515 Appendix A,
// checked by decoding and, where a key is published, by verifying with jose) and helpers that build tokens
// from raw header/payload text. Test-only; runs under vitest.

/** RFC 7519 §3.1 / §6.1 and RFC 7515 A.1 payload: {"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true} */
export const RFC_PAYLOAD_B64 =
  'eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ';
export const RFC_CLAIMS = { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true };

/** RFC 7519 §3.1 = RFC 7515 A.1 (HS256), header {"typ":"JWT",\r\n "alg":"HS256"}. */
export const RFC7519_3_1 = `eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.${RFC_PAYLOAD_B64}.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk`;
export const RFC7515_A1 = RFC7519_3_1;
/** RFC 7515 A.1 HMAC key (JWK k). */
export const RFC7515_A1_KEY = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';

/** RFC 7519 §6.1 = RFC 7515 A.5 (unsecured). */
export const RFC7519_6_1 = `eyJhbGciOiJub25lIn0.${RFC_PAYLOAD_B64}.`;
export const RFC7515_A5 = RFC7519_6_1;

/** RFC 7515 A.2 (RS256). */
export const RFC7515_A2 =
  `eyJhbGciOiJSUzI1NiJ9.${RFC_PAYLOAD_B64}.` +
  'cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4' +
  'BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOP' +
  'qvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw';
/** RFC 7515 A.2 RSA public key. */
export const RFC7515_A2_JWK = {
  kty: 'RSA',
  e: 'AQAB',
  n:
    'ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7' +
    'OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcD' +
    'TW9gb54h4FRWyuXpoQ',
};

/** RFC 7515 A.3 (ES256). */
export const RFC7515_A3 = `eyJhbGciOiJFUzI1NiJ9.${RFC_PAYLOAD_B64}.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q`;
export const RFC7515_A3_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
};

// ---- builders -------------------------------------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Independent base64url encoder (not the code under test). */
export function b64uBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += ALPHABET[c & 63]!;
  }
  return out;
}

export function b64u(text: string): string {
  return b64uBytes(new TextEncoder().encode(text));
}

/** A token from raw JSON text (so duplicate keys and odd literals survive) or from objects. */
export function tok(header: string | object, payload: string | object, signature = 'c2lnbmF0dXJl'): string {
  const h = typeof header === 'string' ? header : JSON.stringify(header);
  const p = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return `${b64u(h)}.${b64u(p)}.${signature}`;
}

export const T = 'dev-abc.eu.auth0.com';
export const MGMT_AUD = `https://${T}/api/v2/`;
export const CLIENT_ID = 'QfNtAbCdEfGhIjKlMnOpQrStUvWxYz12';

/** FACTS §2: default-profile Management API M2M token claims. */
export const M2M_CLAIMS = {
  iss: `https://${T}/`,
  sub: `${CLIENT_ID}@clients`,
  aud: MGMT_AUD,
  iat: 1757500635,
  exp: 1757587035,
  scope: 'read:clients create:clients read:client_keys',
  gty: 'client-credentials',
  azp: CLIENT_ID,
};
export const RS256_HEADER = { alg: 'RS256', typ: 'JWT', kid: 'NDI1MkNCMTFBRkU4NEQzQzE2MjdEMUQ3OUNFNDI5RUNFQzg3QkE1Mw' };

/** FACTS §3: the legacy APIv2 example from the Management API reference intro (iat is a string there). */
export const LEGACY_DOC_CLAIMS = {
  aud: 'm8DAxghyfE0KdpzogfXgMSxrkCSdKVEF',
  scopes: { connections: { actions: ['read', 'update'] } },
  iat: '1446056652',
  jti: '7e9c6a991f5a227fb7ebaa522536ae4c',
};
