// HMAC secrets typed by the user (legacy APIv2 tokens are HS256 with the global client secret,
// FACTS §3, usually base64(url)-encoded). Decoding is an explicit choice (SECURITY B2.21), never guessed.
import { minHmacBytes } from './algorithms';

export type SecretEncoding = 'utf8' | 'base64' | 'base64url';

/** Decode a secret; null when the text is not valid in the chosen encoding (or decodes to nothing). */
export function decodeSecret(value: string, encoding: SecretEncoding): Uint8Array | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  if (encoding === 'utf8') return new TextEncoder().encode(value);
  const s = value.trim();
  const re = encoding === 'base64' ? /^[A-Za-z0-9+/]*={0,2}$/ : /^[A-Za-z0-9_-]*={0,2}$/;
  if (!re.test(s)) return null;
  const body = s.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  const b64 = body.replace(/-/g, '+').replace(/_/g, '/');
  let bin: string;
  try {
    bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
  if (bin.length === 0) return null;
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Warnings for an HMAC key: under 32 bytes (or under the hash size for HS384/512) is a weak key. */
export function secretWarnings(bytes: Uint8Array, alg?: string): string[] {
  const min = minHmacBytes(alg);
  return bytes.length < min ? [`weak-key: secret is ${bytes.length} bytes, at least ${min} expected`] : [];
}

// DER OIDs inside a SubjectPublicKeyInfo: rsaEncryption, id-ecPublicKey, Ed25519.
const SPKI_OIDS = [
  [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01],
  [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01],
  [0x06, 0x03, 0x2b, 0x65, 0x70],
];

function containsSeq(hay: Uint8Array, needle: number[], limit: number): boolean {
  outer: for (let i = 0; i + needle.length <= Math.min(hay.length, limit); i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * True when the "secret" is really public-key material: a PEM public key or certificate, an SSH key,
 * a JWK of an asymmetric key, or DER SubjectPublicKeyInfo bytes. Using such text as an HMAC secret is
 * the RS→HS confusion attack (CVE-2015-9235 / CVE-2022-23541; SECURITY B2.20).
 */
export function looksLikePublicKey(value: string, bytes: Uint8Array | null): boolean {
  const text = value.trim();
  if (/-----BEGIN [A-Z0-9 ]*(PUBLIC KEY|CERTIFICATE)-----/.test(text)) return true;
  if (/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-)/.test(text)) return true;
  if (text.startsWith('{')) {
    try {
      const j: unknown = JSON.parse(text);
      if (typeof j === 'object' && j !== null) {
        const kty = (j as { kty?: unknown }).kty;
        if (kty === 'RSA' || kty === 'EC' || kty === 'OKP') return true;
        if (Array.isArray((j as { keys?: unknown }).keys)) return true;
      }
    } catch {
      // not JSON: fall through
    }
  }
  return !!bytes && bytes[0] === 0x30 && SPKI_OIDS.some((oid) => containsSeq(bytes, oid, 64));
}
