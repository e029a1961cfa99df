// The vault's cryptography (SECURITY B5.43–44): a key derived from the passphrase with PBKDF2-SHA256
// (600,000 iterations, random 16-byte salt; the count is stored so it can be raised later) and AES-GCM-256
// with a fresh random 96-bit IV per write. A wrong passphrase and a tampered ciphertext, IV or salt all give the
// same generic ERR_BAD_PASSPHRASE, never garbage plaintext. Pure WebCrypto; runs in the background and tests.
import { appError, type AppError } from '../errors';

export const PBKDF2_ITERATIONS = 600_000; // SECURITY B5.44 (OWASP 2023 for PBKDF2-HMAC-SHA256)
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: string; // base64
}

export interface Sealed {
  iv: string; // base64, 12 bytes
  ct: string; // base64, ciphertext + 128-bit tag
}

export const b64 = {
  encode(bytes: Uint8Array): string {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  },
  decode(text: string): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  },
};

export const cannotUnlock = (): AppError => appError('ERR_BAD_PASSPHRASE', 'Cannot unlock: the passphrase is wrong or the stored data was changed.');

export function newKdfParams(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)), iterations = PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: b64.encode(random(SALT_BYTES)) };
}

/** Derives an extractable AES-GCM key: it is exported raw into storage.session while unlocked (SECURITY B5.45). */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  let salt: Uint8Array<ArrayBuffer>;
  try {
    salt = b64.decode(params.salt);
  } catch {
    throw cannotUnlock();
  }
  if (params.name !== 'PBKDF2' || params.hash !== 'SHA-256' || !Number.isInteger(params.iterations) || params.iterations < 1 || salt.length !== SALT_BYTES) {
    throw cannotUnlock();
  }
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations }, base, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function exportKey(key: CryptoKey): Promise<string> {
  return b64.encode(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export async function importKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', b64.decode(raw), { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, plaintext: string, random: (n: number) => Uint8Array<ArrayBuffer> = (n) => crypto.getRandomValues(new Uint8Array(n))): Promise<Sealed> {
  const iv = random(IV_BYTES); // never reused: a fresh IV per write
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext));
  return { iv: b64.encode(iv), ct: b64.encode(new Uint8Array(ct)) };
}

/** Any failure (wrong key, flipped bit, bad IV/base64) → the same ERR_BAD_PASSPHRASE. */
export async function open(key: CryptoKey, sealed: Sealed): Promise<string> {
  try {
    const iv = b64.decode(sealed.iv);
    if (iv.length !== IV_BYTES) throw new Error('iv');
    const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, b64.decode(sealed.ct));
    return new TextDecoder('utf-8', { fatal: true }).decode(pt);
  } catch {
    throw cannotUnlock();
  }
}

/** A sealed known value, stored beside the KDF params, so a wrong passphrase is detected even with no secrets. */
export const VERIFIER_TEXT = 'token-workbench-vault-v1';

export async function makeVerifier(key: CryptoKey): Promise<Sealed> {
  return seal(key, VERIFIER_TEXT);
}

export async function checkVerifier(key: CryptoKey, verifier: Sealed): Promise<void> {
  if ((await open(key, verifier)) !== VERIFIER_TEXT) throw cannotUnlock();
}

/** Passphrase → key, checked against the verifier; every failure reads the same. */
export async function unlockKey(passphrase: string, params: KdfParams, verifier: Sealed): Promise<CryptoKey> {
  let key: CryptoKey;
  try {
    key = await deriveKey(passphrase, params);
  } catch {
    throw cannotUnlock();
  }
  await checkVerifier(key, verifier);
  return key;
}
