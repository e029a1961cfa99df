// @vitest-environment node
// JWKS and discovery of the emulator (FACTS §2, §8): shape, per-host issuer, signature verification through
// the published keys, rotation (current + previous kept, older dropped) and dropKey.
import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/use-emulator';
import { decodeJwt, req } from './client';

const emu = useEmulator();

const jwks = async (): Promise<{ keys: Record<string, any>[] }> => (await req(emu.port, { host: 'demo.us.auth0.com', path: '/.well-known/jwks.json' })).json();
const verifies = async (token: string): Promise<boolean> => {
  try {
    await jwtVerify(token, createLocalJWKSet(await jwks()), { issuer: 'https://demo.us.auth0.com/' });
    return true;
  } catch {
    return false;
  }
};

describe('JWKS', () => {
  it('two RSA 2048 keys with kty/use/alg/n/e/kid and x5c/x5t', async () => {
    const { keys } = await jwks();
    expect(keys).toHaveLength(2);
    for (const k of keys) {
      expect(k).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', e: 'AQAB' });
      expect(Buffer.from(k.n, 'base64url').length).toBe(256);
      expect(k.kid).toMatch(/^[A-Za-z0-9]{21}$/);
      expect(k.x5c[0]).toMatch(/^MII/);
      expect(typeof k.x5t).toBe('string');
      expect(k.d).toBeUndefined(); // never a private part
    }
    expect(new Set(keys.map((k) => k.kid)).size).toBe(2);
  });

  it('openid-configuration: issuer and jwks_uri per host', async () => {
    for (const host of ['demo.us.auth0.com', 'login.demo.test']) {
      const c = (await req(emu.port, { host, path: '/.well-known/openid-configuration' })).json();
      expect(c.issuer).toBe(`https://${host}/`);
      expect(c.jwks_uri).toBe(`https://${host}/.well-known/jwks.json`);
      expect(c.token_endpoint).toBe(`https://${host}/oauth/token`);
    }
  });

  it('tokens are signed with the newest key and verify against the JWKS', async () => {
    const t = await emu.mintAccessToken({ clientId: emu.seed.clients.granted.clientId, audience: emu.seed.managementAudience });
    const { keys } = await jwks();
    expect(decodeJwt(t).header.kid).toBe(keys[keys.length - 1]!.kid);
    expect(await verifies(t)).toBe(true);
  });

  it('rotation: previous key stays published; the one before is dropped', async () => {
    const opts = { clientId: emu.seed.clients.granted.clientId, audience: emu.seed.managementAudience };
    const t0 = await emu.mintAccessToken(opts);
    const before = (await jwks()).keys.map((k) => k.kid);
    await emu.rotateSigningKey();
    const after1 = (await jwks()).keys.map((k) => k.kid);
    expect(after1).toHaveLength(2);
    expect(after1[0]).toBe(before[1]);
    expect(after1).not.toContain(before[0]);
    const t1 = await emu.mintAccessToken(opts);
    expect(decodeJwt(t1).header.kid).toBe(after1[1]);
    expect(await verifies(t0)).toBe(true); // signed by the now-previous key
    // Rotating over the control path works the same.
    const r = await req(emu.port, { host: '127.0.0.1', path: '/__emulator/rotate', method: 'POST' });
    expect(r.status).toBe(200);
    expect(await verifies(t0)).toBe(false); // its key fell out of the set
    expect(await verifies(t1)).toBe(true);
  });

  it('dropKey removes a key: tokens signed with it no longer verify', async () => {
    const t = await emu.mintAccessToken({ clientId: emu.seed.clients.granted.clientId, audience: emu.seed.managementAudience });
    const kid = decodeJwt(t).header.kid as string;
    emu.dropKey(kid);
    expect((await jwks()).keys.map((k) => k.kid)).not.toContain(kid);
    expect(await verifies(t)).toBe(false);
    const api = await req(emu.port, { host: 'demo.us.auth0.com', path: '/api/v2/users', headers: { authorization: `Bearer ${t}` } });
    expect(api.status).toBe(401);
    await emu.rotateSigningKey(); // a fresh current key is published again
    expect(await verifies(await emu.mintAccessToken({ clientId: emu.seed.clients.granted.clientId, audience: emu.seed.managementAudience }))).toBe(true);
  });
});
