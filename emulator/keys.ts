// The tenant's RS256 signing keys and JWKS (Node only). Auth0 signs with one key at a time but publishes
// several during rotation (FACTS §2), so the store keeps the current key plus the previous one: each
// rotation adds a new current key and drops the oldest. All signing and verifying goes through jose.
import { createHash, randomInt } from 'node:crypto';
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { generate } from 'selfsigned';

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

const KEEP = 2; // current + previous

/** New-style Auth0 kid: 21 alphanumerics, e.g. `UbiCIPjAe58nGfZBeeoLq` (FACTS §2). */
function newKid(): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let kid = '';
  for (let i = 0; i < 21; i++) kid += abc[randomInt(abc.length)];
  return kid;
}

async function makeKey(tenantDomain: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const kid = newKid();
  const pub = await exportJWK(publicKey);
  // x5c/x5t: Auth0's JWKS carries a self-signed cert per key (FACTS §2); some verifiers only read x5c.
  const pems = await generate([{ name: 'commonName', value: tenantDomain }], {
    algorithm: 'sha256',
    keyPair: { privateKey: await exportPKCS8(privateKey), publicKey: await exportSPKI(publicKey) },
  });
  const der = Buffer.from(pems.cert.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  const jwk: JWK = {
    kty: 'RSA',
    use: 'sig',
    alg: 'RS256',
    n: pub.n,
    e: pub.e,
    kid,
    x5t: createHash('sha1').update(der).digest('base64url'),
    x5c: [der.toString('base64')],
  };
  return { kid, privateKey, jwk };
}

export class KeyStore {
  private keys: SigningKey[] = [];
  /** Dropped while still current: unpublished but still used for signing until the next rotation. */
  private readonly unpublished = new Set<string>();
  constructor(private readonly tenantDomain: string) {}

  async init(): Promise<void> {
    // Start with two keys, like a tenant that has rotated once: JWKS shows current + previous.
    this.keys = await Promise.all([makeKey(this.tenantDomain), makeKey(this.tenantDomain)]);
  }

  get currentKid(): string {
    return this.current().kid;
  }

  private current(): SigningKey {
    const k = this.keys[this.keys.length - 1];
    if (!k) throw new Error('no signing key');
    return k;
  }

  /** New current key; the previous current stays published; anything older is dropped. */
  async rotate(): Promise<void> {
    this.keys.push(await makeKey(this.tenantDomain));
    while (this.keys.length > KEEP) this.keys.shift();
  }

  /** Unpublish a key (tests for "no matching key"). Dropping the current key leaves tokens unverifiable. */
  drop(kid: string): void {
    const i = this.keys.findIndex((k) => k.kid === kid);
    if (i === -1) return;
    if (i === this.keys.length - 1) {
      // keep the private key to sign with, but stop publishing it
      this.unpublished.add(kid);
      return;
    }
    this.keys.splice(i, 1);
  }
  jwks(): { keys: JWK[] } {
    return { keys: this.keys.filter((k) => !this.unpublished.has(k.kid)).map((k) => ({ ...k.jwk })) };
  }

  /** FACTS §2 header: {"alg":"RS256","typ":"JWT","kid":"…"}. */
  async signRS256(payload: JWTPayload): Promise<string> {
    const key = this.current();
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid }).sign(key.privateKey);
  }
}

/** HS256 for custom APIs whose signing_alg is HS256 (the API's signing secret, as UTF-8 bytes). */
export async function signHS256(payload: JWTPayload, secret: Uint8Array): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(secret);
}
