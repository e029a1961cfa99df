// @vitest-environment node
// The Firefox lane's forward proxy (test/firefox/proxy.ts, issue 14): a CONNECT to an Auth0 host on 443 is
// tunnelled to the emulator (TLS end to end, the emulator answers for that host name); any other host, any
// other port and plain-HTTP proxy requests get 403, so nothing leaves the machine. Runs in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { connect as tlsConnect } from 'node:tls';
import { useEmulator } from '../support/use-emulator';
import { startForwardProxy, type ForwardProxy } from '../firefox/proxy';

const emulator = useEmulator();
let proxy: ForwardProxy;
beforeAll(async () => {
  proxy = await startForwardProxy(emulator.hosts, emulator.port);
});
afterAll(async () => {
  await proxy?.close();
});

/** CONNECT through the proxy; resolves with the proxy's status and, on 200, the HTTPS response to GET `path`. */
function viaProxy(target: string, path = '/'): Promise<{ status: number; body?: string }> {
  return new Promise((resolve, reject) => {
    const r = request({ host: '127.0.0.1', port: proxy.port, method: 'CONNECT', path: target });
    r.on('connect', (res, socket) => {
      if (res.statusCode !== 200) return resolve({ status: res.statusCode ?? 0 });
      const tls = tlsConnect({ socket, servername: target.split(':')[0], rejectUnauthorized: false }, () => {
        tls.write(`GET ${path} HTTP/1.1\r\nHost: ${target.split(':')[0]}\r\nConnection: close\r\n\r\n`);
      });
      let body = '';
      tls.on('data', (d) => (body += d));
      tls.on('end', () => resolve({ status: 200, body }));
      tls.on('error', reject);
    });
    r.on('error', reject);
    r.end();
  });
}

describe('forward proxy of the Firefox lane', () => {
  it('tunnels an Auth0 host on 443 to the emulator, which answers for that host', async () => {
    emulator.clearLog();
    const r = await viaProxy(`${emulator.seed.domain}:443`, '/.well-known/jwks.json');
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/^HTTP\/1\.1 200/);
    expect(r.body).toContain('"keys"');
    expect(emulator.requests.map((q) => [q.host, q.path])).toEqual([[emulator.seed.domain, '/.well-known/jwks.json']]);
  });
  it('refuses other hosts, other ports and plain-HTTP proxying', async () => {
    await expect(viaProxy('example.com:443')).resolves.toEqual({ status: 403 });
    await expect(viaProxy(`${emulator.seed.domain}:80`)).resolves.toEqual({ status: 403 });
    const plain = await new Promise<number>((resolve, reject) => {
      const r = request({ host: '127.0.0.1', port: proxy.port, method: 'GET', path: `http://${emulator.seed.domain}/` }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      r.on('error', reject);
      r.end();
    });
    expect(plain).toBe(403);
    expect(proxy.seen).toEqual(expect.arrayContaining(['example.com:443', `${emulator.seed.domain}:80`]));
  });
});
