// Copy-paste snippets for the same client-credentials request (issue #4): curl, Node (fetch), Python (requests).
// Pure. The client secret is a placeholder unless the user explicitly asks to include it; values are quoted for
// their language so a hostile label or audience cannot break out of the string.
import { buildTokenRequest, type TokenRequestInput } from './token-request';

export const SECRET_PLACEHOLDER = 'YOUR_CLIENT_SECRET';

export interface Snippets {
  curl: string;
  node: string;
  python: string;
}

/** POSIX shell single-quoting: ' → '\'' . */
const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** JSON string literals are valid JS and Python string literals for our ASCII-safe escaping. */
const lit = (s: string) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function buildSnippets(input: TokenRequestInput, includeSecret: boolean): Snippets {
  const req = buildTokenRequest({ ...input, clientSecret: includeSecret ? input.clientSecret : SECRET_PLACEHOLDER });
  const json = JSON.stringify(req.body, null, 2);
  const pyDict = Object.entries(req.body)
    .map(([k, v]) => `    ${lit(k)}: ${lit(v)},`)
    .join('\n');
  const curl = [`curl --request POST \\`, `  --url ${sh(req.url)} \\`, `  --header 'content-type: application/json' \\`, `  --data ${sh(JSON.stringify(req.body))}`].join('\n');
  const node = [
    `// Node 18+ (global fetch)`,
    `const res = await fetch(${lit(req.url)}, {`,
    `  method: 'POST',`,
    `  headers: { 'content-type': 'application/json' },`,
    `  body: JSON.stringify(${json.replace(/\n/g, '\n  ')}),`,
    `});`,
    `const { access_token, expires_in, scope } = await res.json();`,
  ].join('\n');
  const python = [
    `import requests`,
    ``,
    `res = requests.post(`,
    `    ${lit(req.url)},`,
    `    json={`,
    pyDict.replace(/^/gm, '    '),
    `    },`,
    `    timeout=10,`,
    `)`,
    `res.raise_for_status()`,
    `token = res.json()["access_token"]`,
  ].join('\n');
  return { curl, node, python };
}
