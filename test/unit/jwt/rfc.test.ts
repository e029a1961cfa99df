// RFC golden fixtures through decodeToken: RFC 7519 §3.1/§6.1, RFC 7515 A.1/A.2/A.3/A.5. Also proves that the
// decoder keeps the original bytes (B1.6): jose verifies `token.raw` and the original segments unchanged.
import { compactVerify, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../../src/lib/jwt/decode';
import {
  RFC_CLAIMS,
  RFC7515_A1,
  RFC7515_A1_KEY,
  RFC7515_A2,
  RFC7515_A2_JWK,
  RFC7515_A3,
  RFC7515_A3_JWK,
  RFC7515_A5,
  RFC7519_3_1,
  RFC7519_6_1,
} from './fixtures';

function ok(input: string) {
  const r = decodeToken(input, { now: 1300819000 });
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.token;
}

describe('RFC golden fixtures', () => {
  it('RFC 7519 §3.1 example JWT', () => {
    const t = ok(RFC7519_3_1);
    expect(t.form).toBe('jws');
    expect(t.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(Object.keys(t.header)).toEqual(['typ', 'alg']);
    expect(t.payload).toEqual(RFC_CLAIMS);
    expect(t.signature).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(t.signatureState).toBe('not-verified');
    expect(t.notes).toEqual([]);
    expect(t.warnings).toEqual([]);
    expect(t.ambiguous).toBe(false);
  });

  it('RFC 7519 §6.1 / RFC 7515 A.5 unsecured JWT', () => {
    for (const input of [RFC7519_6_1, RFC7515_A5]) {
      const t = ok(input);
      expect(t.form).toBe('unsecured');
      expect(t.unsigned).toBe(true);
      expect(t.header).toEqual({ alg: 'none' });
      expect(t.payload).toEqual(RFC_CLAIMS);
      expect(t.signature).toBe('');
    }
  });

  it.each([
    ['A.1 HS256', RFC7515_A1, { typ: 'JWT', alg: 'HS256' }],
    ['A.2 RS256', RFC7515_A2, { alg: 'RS256' }],
    ['A.3 ES256', RFC7515_A3, { alg: 'ES256' }],
  ])('RFC 7515 %s decodes header and claims', (_name, input, header) => {
    const t = ok(input);
    expect(t.header).toEqual(header);
    expect(t.payload).toEqual(RFC_CLAIMS);
    expect(t.segments.join('.')).toBe(input);
    expect(t.raw).toBe(input);
  });

  it('B1.6 the original segments verify with jose (A.1, A.2, A.3): nothing is re-encoded', async () => {
    const keys = [
      [RFC7515_A1, await importJWK({ kty: 'oct', k: RFC7515_A1_KEY }, 'HS256')],
      [RFC7515_A2, await importJWK(RFC7515_A2_JWK, 'RS256')],
      [RFC7515_A3, await importJWK(RFC7515_A3_JWK, 'ES256')],
    ] as const;
    for (const [input, key] of keys) {
      const t = ok(` Bearer ${input}\n`);
      expect(t.raw).toBe(input);
      const v = await compactVerify(t.raw, key);
      expect(new TextDecoder().decode(v.payload)).toBe('{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}');
    }
  });
});
