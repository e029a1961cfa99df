// TLS material for the emulator's HTTPS listener (Node only): a throw-away self-signed certificate made at
// start, valid for every emulated host plus 127.0.0.1/localhost. Browsers under test either ignore
// certificate errors or trust it explicitly; nothing here is meant to be secure.
import { generate } from 'selfsigned';

export interface TlsMaterial {
  key: string;
  cert: string;
}

export async function makeTlsCertificate(hosts: string[]): Promise<TlsMaterial> {
  const dnsNames = [...new Set([...hosts, 'localhost'])];
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keyType: 'ec', // P-256: much faster to make than RSA, and every browser accepts it
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 30 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...dnsNames.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
          { type: 7 as const, ip: '::1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
