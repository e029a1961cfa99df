// Figure: the decode figure of bench/figures/decode.ts measured IN CHROMIUM, where the product runs: ours vs
// jwt-decode 4 vs jose's decodeJwt (+ decodeProtectedHeader) vs the browser floor, on the same three tokens,
// with the same timing (timePaired: warm-up, interleaved batches, median of per-round ratios).
// The floor is the fastest browser-native path, for header and payload as ours does: Uint8Array.fromBase64
// (alphabet base64url) when Chromium has it, else atob after the alphabet swap; then TextDecoder; then JSON.parse.
// (Ours takes atob for segments up to 4 KB even where fromBase64 exists: src/lib/jwt/b64.ts plainBase64url.)
// Our decoder, jwt-decode, jose and the timing code are bundled with esbuild into one IIFE and evaluated in a
// blank extension page (bench-blank.html) of the bench's browser session. Before timing, a few tricky inputs are
// decoded in the page and in Node: the browser takes other native paths (fromBase64), so both must agree.
// Runs in Node (playwright-core, esbuild); the bundle runs in the page.
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { decodeToken } from '../../src/lib/jwt';
import { decodeRows, DECODE_TOKENS } from '../figures/decode';
import { ROOT } from '../build';
import type { Figure } from '../harness';
import type { BrowserBench } from './util';

const ENTRY = `
import { decodeToken } from ${JSON.stringify(join(ROOT, 'src/lib/jwt/index.ts'))};
import { timePaired } from ${JSON.stringify(join(ROOT, 'bench/figures/decode.ts'))};
import { jwtDecode } from 'jwt-decode';
import { decodeJwt, decodeProtectedHeader } from 'jose';
const utf8 = new TextDecoder();
const fromBase64 = Uint8Array.fromBase64;
const bytes = fromBase64
  ? (s) => fromBase64(s, { alphabet: 'base64url' })
  : (s) => Uint8Array.from(atob(s.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));
function floor(token) {
  const a = token.indexOf('.');
  const b = token.indexOf('.', a + 1);
  return [JSON.parse(utf8.decode(bytes(token.slice(0, a)))), JSON.parse(utf8.decode(bytes(token.slice(a + 1, b))))];
}
globalThis.__decodeBench = {
  floorName: fromBase64 ? 'Uint8Array.fromBase64→TextDecoder→JSON.parse' : 'atob→TextDecoder→JSON.parse',
  check: (inputs) => inputs.map((s) => JSON.stringify(summary(decodeToken(s)))),
  time: (token) => timePaired({
    ours: () => decodeToken(token),
    jwtDecode: () => [jwtDecode(token, { header: true }), jwtDecode(token)],
    jose: () => [decodeProtectedHeader(token), decodeJwt(token)],
    floor: () => floor(token),
  }, 11, 10),
};
${summary.toString()}
`;

/** What must agree between Node and the page for one input. Self-contained: also bundled into the page. */
export function summary(r: ReturnType<typeof decodeToken>): unknown {
  const codes = r.notes.map((n) => n.code + (n.path ?? ''));
  if (!r.ok) return { error: r.error.code, segment: r.error.segment, codes };
  return { form: r.token.form, header: r.token.header, payload: r.token.payload, codes, dup: r.token.duplicateKeys };
}

const enc = (o: unknown) => btoa(JSON.stringify(o)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const H = enc({ alg: 'HS256', typ: 'JWT' });
/** Inputs where the native decoders differ (whitespace, alphabet, padding, bits, UTF-8), and duplicate keys. */
export function checkInputs(): string[] {
  const [, small] = DECODE_TOKENS[0];
  const [h, p, s] = small.split('.') as [string, string, string];
  const utf8 = (json: string) => btoa(String.fromCharCode(...new TextEncoder().encode(json))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  return [
    small,
    `${h}.${p.slice(0, 10)} ${p.slice(10)}.${s}`,
    `${h}.${p.slice(0, 10)}+${p.slice(11)}.${s}`,
    `${h}.${p.slice(0, 10)}/${p.slice(11)}.${s}`,
    `${h}=.${p}.${s}`,
    `${h}.${p}x.${s}`,
    `${h}.${p.slice(0, -1)}=.${s}`,
    `${H}.${utf8('{"sub":"é","n":1}')}.${s}`,
    `${H}.${utf8('{"sub":"a","sub":"b"}')}.${s}`,
    `${H}.${utf8('{"a":{"x":"1","x":"2"},"b":["q"]}')}.${s}`,
    `${H}.${utf8('{"iss":"x\\u202e","big":12345678901234567890}')}.${s}`,
    `${H}.${btoa('{"sub":"\xff"}').replaceAll('=', '')}.${s}`,
    `${H}.eyJ_Ijoi-yJ9.${s}`,
    // The fast path (src/lib/jwt/fast.ts): atob below 4 KB, fromBase64 above; what it must decline.
    DECODE_TOKENS[1][1],
    DECODE_TOKENS[2][1],
    `${H}.${utf8(`{"big":"${'x'.repeat(6000)}","sub":"é"}`)}.${s}`,
    `${H}.${utf8(`{"big":"${'x'.repeat(6000)}","sub":"a","sub":"b"}`)}.${s}`,
    `${H}.${utf8('{"d":"\x7f"}')}.${s}`,
    `${H}.${utf8('{"a":1}').slice(0, -1)}B.${s}`,
    `${H}.${p}.${s}=`,
  ];
}

/** The page-side bench (defines globalThis.__decodeBench) as one IIFE; shared with the Firefox figures. */
export function decodeBenchBundle(target: string): string {
  return buildSync({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', target, write: false }).outputFiles[0]!.text;
}

export async function decodeBrowserFigures(b: BrowserBench): Promise<Figure[]> {
  const bundle = decodeBenchBundle('chrome116');
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/bench-blank.html`);
    await page.evaluate(bundle); // CDP evaluation: not subject to the page's CSP
    type Bench = { floorName: string; check(i: string[]): string[]; time(t: string): Record<string, number[]> };
    const inputs = checkInputs();
    const inPage = await page.evaluate((i) => (globalThis as unknown as { __decodeBench: Bench }).__decodeBench.check(i), inputs);
    inputs.forEach((input, i) => {
      const node = JSON.stringify(summary(decodeToken(input)));
      if (inPage[i] !== node) throw new Error(`Chromium and Node decode input ${i} differently: ${inPage[i]} vs ${node}`);
    });
    const floorName = await page.evaluate(() => (globalThis as unknown as { __decodeBench: Bench }).__decodeBench.floorName);
    const figures: Figure[] = [];
    for (const [label, token] of DECODE_TOKENS) {
      const t = await page.evaluate((tok) => (globalThis as unknown as { __decodeBench: Bench }).__decodeBench.time(tok), token);
      figures.push(...decodeRows('Chromium', label, token.length, t, floorName));
    }
    return figures;
  } finally {
    await page.close();
  }
}
