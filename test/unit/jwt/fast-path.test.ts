// The plain-JWS fast path (src/lib/jwt/fast.ts, issue 7) may only ever return what the full path returns: on
// every B1 input and on thousands of seeded random tokens (valid, mutated, duplicated, odd), decodeToken with
// the fast path must equal decodeToken with the fast path switched off (the module mocked to always decline).
// The test also checks the fast path is really taken for ordinary tokens, so that the comparison is not empty.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeToken } from '../../../src/lib/jwt/decode';
import { decodePlainJws } from '../../../src/lib/jwt/fast';
import type { DecodeOptions, DecodeOutcome } from '../../../src/lib/jwt/types';
import { b64u, tok } from './fixtures';
import { B1_INPUTS, M2M, NOW, randomInputs } from './fast-path-inputs';
import { MAX_TOKEN_CHARS } from '../../../src/lib/jwt/limits';

const OPTS: DecodeOptions = { now: NOW };
type Decode = (s: string, o?: DecodeOptions) => DecodeOutcome;
let fullPath: Decode;

/** A fresh copy of the parser; with `fast: false` its fast path always declines, leaving the full path alone. */
async function freshParser(fast: boolean): Promise<Decode> {
  vi.resetModules();
  if (!fast) vi.doMock('../../../src/lib/jwt/fast', () => ({ decodePlainJws: () => undefined }));
  const decode = (await import('../../../src/lib/jwt/decode')).decodeToken;
  vi.doUnmock('../../../src/lib/jwt/fast');
  vi.resetModules();
  return decode;
}

beforeAll(async () => {
  fullPath = await freshParser(false);
});

/** Everything observable: the outcome as data (toJSON includes kind and time) plus the non-JSON flags. */
function view(r: DecodeOutcome): unknown {
  return JSON.parse(JSON.stringify({ r, ok: r.ok, fixable: r.ok ? undefined : r.fixable, proto: r.ok ? Object.getPrototypeOf(r.token.header) === Object.prototype : null }));
}

describe('fast path = full path', () => {
  it('gives the same outcome on every B1 input, and is taken for ordinary tokens', () => {
    let taken = 0;
    for (const input of B1_INPUTS) {
      const fast = decodePlainJws(input, OPTS, MAX_TOKEN_CHARS);
      if (fast !== undefined) taken++;
      expect(view(decodeToken(input, OPTS)), input.slice(0, 120)).toEqual(view(fullPath(input, OPTS)));
      if (fast !== undefined) expect(view(fast)).toEqual(view(fullPath(input, OPTS)));
    }
    expect(decodePlainJws(M2M, OPTS, MAX_TOKEN_CHARS)).toBeDefined();
    expect(taken).toBeGreaterThan(10);
  });

  it('gives the same outcome on 4,000 seeded random tokens (valid, mutated, duplicated, odd values)', () => {
    let taken = 0;
    for (const input of randomInputs(4000, 0x5eed)) {
      if (decodePlainJws(input, OPTS, MAX_TOKEN_CHARS) !== undefined) taken++;
      expect(view(decodeToken(input, OPTS)), input).toEqual(view(fullPath(input, OPTS)));
    }
    expect(taken).toBeGreaterThan(500);
  });

  it('still finds duplicates if Object.prototype ever gets an enumerable property (the fast path counts with for-in)', () => {
    const input = tok('{"alg":"HS256","x":1,"x":1}', '{"a":1,"a":1}'); // one duplicate per segment, one extra key each
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true });
    let dups: unknown;
    try {
      const r = decodeToken(input, OPTS);
      dups = r.ok ? r.token.duplicateKeys : r.error.code;
    } finally {
      delete (Object.prototype as { polluted?: number }).polluted;
    }
    expect(dups).toEqual(['header/x', 'payload/a']);
  });

  it('honours a smaller maxBytes like the full path', () => {
    for (const maxBytes of [10, M2M.length - 1, M2M.length]) {
      expect(view(decodeToken(M2M, { ...OPTS, maxBytes }))).toEqual(view(fullPath(M2M, { ...OPTS, maxBytes })));
    }
  });
});

// Browsers with Uint8Array.fromBase64 take it for segments over ATOB_MAX (b64.ts). Node 20 has none: a stand-in
// with the spec's leniency (as in fast-paths.test.ts) is installed, and both parsers are loaded afresh.
describe('fast path = full path where Uint8Array.fromBase64 exists', () => {
  const lenient = (s: string, o: { alphabet: string }) => {
    if (o.alphabet !== 'base64url' || !/^[A-Za-z0-9_-]*={0,2}$/.test(s.replace(/[\t\n\f\r ]/g, ''))) throw new SyntaxError('bad');
    return new Uint8Array(Buffer.from(s.replace(/[\t\n\f\r ]/g, ''), 'base64url'));
  };
  const big = 'x'.repeat(6000);
  const HS = '{"alg":"HS256"}';
  const inputs = [
    ...B1_INPUTS,
    tok(HS, { big }), tok(HS, { big, sub: 'é' }), tok(HS, { big, iss: 'a\u202e' }), tok(HS, `{"big":"${big}","d":"\u007f"}`),
    tok(HS, `{"big":"${big}","sub":"a","sub":"b"}`), tok(HS, `{"big":"${big}","n":12345678901234567890}`), tok(`{"alg":"HS256","k":"${big}"}`, '{}'),
    `${b64u(HS)}.${b64u(`{"big":"${big}"}`).slice(0, 4000)} ${b64u(`{"big":"${big}"}`).slice(4000)}.c2ln`,
  ];
  let fast: Decode;
  let full: Decode;
  beforeAll(async () => {
    (Uint8Array as unknown as { fromBase64: unknown }).fromBase64 = vi.fn(lenient);
    fast = await freshParser(true);
    full = await freshParser(false);
  });
  afterAll(() => {
    delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
    vi.resetModules();
  });
  it('gives the same outcome on the B1 inputs and on large segments', () => {
    for (const input of inputs) expect(view(fast(input, OPTS)), input.slice(0, 120)).toEqual(view(full(input, OPTS)));
    expect(view(fast(inputs.at(-8)!, OPTS))).toEqual(view(decodeToken(inputs.at(-8)!, OPTS)));
    expect((Uint8Array as unknown as { fromBase64: ReturnType<typeof vi.fn> }).fromBase64).toHaveBeenCalled();
  });
});
