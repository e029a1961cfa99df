// Which fields of a Management API answer hold secrets and are masked until the user reveals them (issue 15):
// `client_secret` (clients), `signing_secret` (HS256 resource servers, FACTS §2 shape), the whole
// `encryption_key` of a client, the private members of `signing_keys` entries (a PEM/PKCS#8 key, JWK d/p/q/dp/dq/qi
// or an octet `k`), and any string that is a PEM private key wherever it appears. Pure.

export type JsonPath = readonly (string | number)[];

const ALWAYS = new Set(['client_secret', 'signing_secret', 'encryption_key']);
/** Members of a signing_keys entry that are private (the cert, pkcs7, kid and thumbprints are public). */
const PRIVATE_KEY_MEMBERS = new Set(['key', 'private_key', 'privateKey', 'pkcs8', 'pem', 'secret', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'k']);
const PEM_PRIVATE = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** The name of the secret at `path` (for the "hidden" label), or null when the value is shown. */
export function secretAt(path: JsonPath, value: unknown): string | null {
  const key = path[path.length - 1];
  if (typeof key === 'string' && ALWAYS.has(key)) return key;
  if (typeof key === 'string' && PRIVATE_KEY_MEMBERS.has(key) && insideSigningKeys(path)) return `signing key ${key}`;
  if (typeof value === 'string' && PEM_PRIVATE.test(value)) return 'private key';
  return null;
}

/** True when the path runs through `signing_keys` (an array of keys, or one object). */
function insideSigningKeys(path: JsonPath): boolean {
  const i = path.lastIndexOf('signing_keys');
  return i !== -1 && path.length - i <= 3;
}

export const pathKey = (path: JsonPath): string => JSON.stringify(path);

/** Every masked path in a value (depth-bounded), to count them and to offer "Reveal all". */
export function secretPaths(value: unknown, path: JsonPath = [], out: string[] = [], depth = 0): string[] {
  if (depth > 64 || out.length > 1000) return out;
  if (path.length && secretAt(path, value)) {
    out.push(pathKey(path));
    return out;
  }
  if (Array.isArray(value)) value.forEach((v, i) => secretPaths(v, [...path, i], out, depth + 1));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) secretPaths(v, [...path, k], out, depth + 1);
  return out;
}

/** A copy with every secret replaced (for "Copy JSON" while masked). */
export function maskedCopy(value: unknown, path: JsonPath = [], depth = 0): unknown {
  if (path.length && secretAt(path, value)) return '••••••••';
  if (depth > 64) return value;
  if (Array.isArray(value)) return value.map((v, i) => maskedCopy(v, [...path, i], depth + 1));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskedCopy(v, [...path, k], depth + 1)]));
  return value;
}
