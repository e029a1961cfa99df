// Vault cryptography (SECURITY B5.43–44). Tests use 1,000 PBKDF2 iterations through the parameter; the stored
// default is asserted separately.
import { describe, expect, it } from 'vitest';
import { b64, deriveKey, makeVerifier, newKdfParams, open, seal, unlockKey, PBKDF2_ITERATIONS, SALT_BYTES } from '../../../src/lib/vault/crypto';

const FAST = 1000;
const flip = (text: string, at = 0) => {
  const bytes = b64.decode(text);
  bytes[at] = bytes[at]! ^ 1;
  return b64.encode(bytes);
};

describe('vault crypto', () => {
  it('B5.44 the default is PBKDF2-SHA256 with 600,000 iterations and a random 16-byte salt, stored with the vault', () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const p = newKdfParams();
    expect(p).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(b64.decode(p.salt)).toHaveLength(SALT_BYTES);
    expect(newKdfParams().salt).not.toBe(p.salt);
  });
  it('B5.43 AES-GCM round trip with a fresh 96-bit IV per write', async () => {
    const key = await deriveKey('correct horse', newKdfParams(undefined, FAST));
    const a = await seal(key, 'client-secret-value');
    const b = await seal(key, 'client-secret-value');
    expect(b64.decode(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(a.ct).not.toContain('client-secret');
    expect(await open(key, a)).toBe('client-secret-value');
  });
  it('B5.44 a wrong passphrase and a tampered ciphertext, IV or salt give the same generic error', async () => {
    const kdf = newKdfParams(undefined, FAST);
    const key = await deriveKey('correct horse', kdf);
    const verifier = await makeVerifier(key);
    const sealed = await seal(key, 'secret');
    const errors = await Promise.all([
      unlockKey('wrong horse', kdf, verifier).catch((e: unknown) => e),
      unlockKey('correct horse', { ...kdf, salt: flip(kdf.salt) }, verifier).catch((e: unknown) => e),
      unlockKey('correct horse', kdf, { ...verifier, ct: flip(verifier.ct) }).catch((e: unknown) => e),
      unlockKey('correct horse', kdf, { ...verifier, iv: flip(verifier.iv) }).catch((e: unknown) => e),
      open(key, { ...sealed, ct: flip(sealed.ct, 3) }).catch((e: unknown) => e),
      open(key, { ...sealed, iv: flip(sealed.iv) }).catch((e: unknown) => e),
      open(key, { iv: '!!', ct: 'not base64' }).catch((e: unknown) => e),
    ]);
    for (const e of errors) expect(e).toEqual({ code: 'ERR_BAD_PASSPHRASE', message: 'Cannot unlock: the passphrase is wrong or the stored data was changed.' });
    await expect(unlockKey('correct horse', kdf, verifier)).resolves.toBeTruthy();
  });
});
