// Benchmark inputs: realistic Auth0 tokens of three sizes, built here so every figure uses the same bytes.
// ~300 B: a small custom-API token; ~10 KB: a Management API token carrying every scope of the catalog;
// 64 KB: the same padded with a large namespaced claim. Runs in Node, and in Chromium inside the decode figure's
// page bundle (bench/browser/decode.ts), so it uses btoa/TextEncoder, not Buffer.
import catalog from '../src/lib/scopes/catalog.json' with { type: 'json' };

function bytesToB64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
const b64url = (s: string) => bytesToB64url(new TextEncoder().encode(s));
const signature = bytesToB64url(new Uint8Array(256).fill(7)); // RS256 signatures are 256 bytes

function token(header: object, payload: object, sig = signature): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${sig}`;
}
const hs256Signature = bytesToB64url(new Uint8Array(32).fill(9));

const header = { alg: 'RS256', typ: 'JWT', kid: 'UbiCIPjAe58nGfZBeeoLq' };
const base = {
  iss: 'https://demo.us.auth0.com/',
  sub: 'm2mGrantedDemoClient0000000000001@clients',
  iat: 1_763_800_000,
  exp: 1_763_886_400,
  gty: 'client-credentials',
  azp: 'm2mGrantedDemoClient0000000000001',
};

// ~300 B: an HS256 token for a custom API (short signature, few claims).
export const SMALL = token({ alg: 'HS256', typ: 'JWT' }, { iss: 'https://demo.us.auth0.com/', sub: 'm2mGranted@clients', aud: 'urn:demo:billing', iat: 1_763_800_000, exp: 1_763_803_600, scope: 'read:invoices' }, hs256Signature);
const allScopes = catalog.scopes.map((s) => s.name).join(' ');
export const MANAGEMENT_FULL = token(header, { ...base, aud: 'https://demo.us.auth0.com/api/v2/', scope: allScopes });
// Base64url grows 4/3: pad the payload so the whole compact token is 64 KiB.
const padding = 'x'.repeat(Math.floor(((64 * 1024 - MANAGEMENT_FULL.length) * 3) / 4) - 40);
export const LARGE_64K = token(header, { ...base, aud: 'https://demo.us.auth0.com/api/v2/', scope: allScopes, 'https://demo.test/blob': padding });
export const ALL_SCOPES = catalog.scopes.map((s) => s.name);
