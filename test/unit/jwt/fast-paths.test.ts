// The decoder's fast paths (issue 7) must not change any B1 outcome: the duplicate-key precheck that counts
// quotes (B1.10), and the Uint8Array.fromBase64 path that browsers take (B1.5–B1.9). Node 20 has no
// fromBase64, so a stand-in with the spec's leniency (skips ASCII whitespace, base64url alphabet, optional '=')
// is installed and the module is loaded afresh; the real Chromium path is cross-checked by bench/browser/decode.ts.
// (Plain tokens take the plain-JWS fast path, which uses atob below 4 KB; fast-path.test.ts compares it.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeToken } from '../../../src/lib/jwt/decode';
import type { DecodeOutcome } from '../../../src/lib/jwt/types';
import { b64u, tok } from './fixtures';

const HS = '{"alg":"HS256","typ":"JWT"}';
const dups = (payload: string) => {
  const r = decodeToken(tok(HS, payload));
  if (!r.ok) throw new Error(r.error.message);
  return r.token.duplicateKeys;
};

describe('B1.10 duplicate keys: quote-count precheck', () => {
  it('finds duplicates at any depth, whatever the dropped value holds', () => {
    expect(dups('{"a":"x:y","a":{"s":"t","u":["v"]}}')).toEqual(['payload/a']);
    expect(dups('{"a":{"k":"1","k":"2"},"b":"c"}')).toEqual(['payload/a/k']);
    expect(dups('{"list":[{"k":1},{"k":2,"k":3}]}')).toEqual(['payload/list/1/k']);
    expect(dups('{"k":["a","b"],"k":[]}')).toEqual(['payload/k']);
    expect(dups('{"k":1,"k":1}')).toEqual(['payload/k']);
  });
  it('no false alarm on colons, quotes or escapes inside strings', () => {
    expect(dups('{"iss":"https://t.auth0.com/","scope":"read:users write:users","n":[1,"a:b"]}')).toEqual([]);
    expect(dups('{"q":"say \\"hi\\": ok","p":"a\\\\b"}')).toEqual([]);
    expect(dups('{"__proto__":"x","constructor":{"a":"b"}}')).toEqual([]);
  });
  it('with backslashes in the text (colon-count path) duplicates are still found', () => {
    expect(dups('{"q":"a\\"b","q":"c"}')).toEqual(['payload/q']);
    expect(dups('{"a\\u003a":"x","a:":"y"}')).toEqual(['payload/a:']);
  });
});

/** The parts of an outcome every path must agree on. */
function summary(r: DecodeOutcome): unknown {
  const codes = r.notes.map((n) => `${n.code}${n.segment ?? ''}${n.path ?? ''}`);
  if (!r.ok) return { error: r.error.code, segment: r.error.segment, fixable: r.fixable, codes };
  return { form: r.token.form, header: r.token.header, payload: r.token.payload, codes, dup: r.token.duplicateKeys, s: r.token.suspiciousPaths };
}

const SPEC_CHARS = /^[A-Za-z0-9_-]*={0,2}$/;
function fromBase64Standin(s: string, o: { alphabet: string }): Uint8Array {
  if (o.alphabet !== 'base64url') throw new TypeError('test stand-in: base64url only');
  const stripped = s.replace(/[\t\n\f\r ]/g, '');
  const body = stripped.replace(/=+$/, '');
  if (!SPEC_CHARS.test(stripped) || body.length % 4 === 1) throw new SyntaxError('invalid base64');
  return new Uint8Array(Buffer.from(body, 'base64url'));
}

describe('Uint8Array.fromBase64 path gives the same outcomes as the atob path', () => {
  afterEach(() => {
    delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
    vi.resetModules();
  });
  const h = b64u(HS);
  const p = b64u('{"sub":"user","scope":"read:a"}');
  const raw = (bytes: number[]) => Buffer.from(bytes).toString('base64url');
  const inputs = [
    `${h}.${p}.sig`,
    `${h}.${p.slice(0, 5)} ${p.slice(5)}.sig`, // inner whitespace (B1.7)
    `${h}.${p.slice(0, 5)}\n${p.slice(5)}.sig`,
    `${h}.${p.slice(0, 5)}+${p.slice(6)}.sig`, // B1.5
    `${h}.${p.slice(0, 5)}/${p.slice(6)}.sig`,
    `${h}.${p}x.sig`, // length ≡ 1 mod 4
    `${h}.${p}==.sig`, // padding (B1.6)
    `${h}.${p.slice(0, 4)}=${p.slice(4)}.sig`, // '=' in the middle
    `${h}.${b64u('{"a":1}').slice(0, -1)}B.sig`, // non-canonical bits
    `${h}.${raw([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d])}.sig`, // overlong (B1.9)
    `${h}.${raw([0xff, 0xfe, 0x7b, 0x00])}.sig`, // UTF-16
    `${h}.${b64u('{"sub":"é 👨‍👩‍👧","iss":"x\u202E"}')}.sig`, // non-ASCII, bidi (B1.18/19)
    `${h}.${b64u('{"d":"\u007f"}')}.sig`, // DEL
    `${h}.${b64u('{"sub":"a","sub":"b"}')}.sig`,
    `${h}.${b64u('[1]')}.sig`,
  ];
  it('B1.5–B1.10, B1.18 inputs', async () => {
    const viaAtob = inputs.map((s) => summary(decodeToken(s)));
    (Uint8Array as unknown as { fromBase64: typeof fromBase64Standin }).fromBase64 = vi.fn(fromBase64Standin);
    vi.resetModules();
    const fresh = await import('../../../src/lib/jwt/decode');
    const viaFromBase64 = inputs.map((s) => summary(fresh.decodeToken(s)));
    expect((Uint8Array as unknown as { fromBase64: ReturnType<typeof vi.fn> }).fromBase64).toHaveBeenCalled();
    expect(viaFromBase64).toEqual(viaAtob);
  });
});
