// Random identifiers (ledger entries, profiles, one-time hand-offs): random bytes as base64url without padding,
// the one encoder of them. 16 bytes = 128 bits, unguessable (SECURITY B4.39). Pure: the random source is
// injectable for tests, Web Crypto's getRandomValues by default (Node and every browser context have it).
export function bytesToBase64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomId(bytes = 16, random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return bytesToBase64url(random(bytes));
}
