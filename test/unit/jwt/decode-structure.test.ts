// SECURITY B1.1–B1.9 through decodeToken: structure, alg none, JWE, segment counts, base64url strictness,
// padding, selection cleanup, JSON object checks and strict UTF-8.
import { SignJWT, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeToken, stripWhitespace } from '../../../src/lib/jwt/decode';
import type { DecodeOutcome } from '../../../src/lib/jwt/types';
import { M2M_CLAIMS, RFC_PAYLOAD_B64, RFC7519_3_1, b64u, b64uBytes, tok } from './fixtures';

const NOW = 1757500700;
const ok = (r: DecodeOutcome) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.token;
};
const err = (r: DecodeOutcome) => {
  if (r.ok) throw new Error('expected an error');
  return r.error;
};
const messages = (r: DecodeOutcome) => r.notes.map((n) => n.message).join('\n');

describe('B1.1 Auth0 RS256 M2M token', () => {
  it('B1.1 shows header and claims, signature "not verified", never "valid"', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const jwt = await new SignJWT(M2M_CLAIMS).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'UbiCIPjAe58nGfZBeeoLq' }).sign(privateKey);
    const r = decodeToken(jwt, { now: NOW });
    const t = ok(r);
    expect(t.form).toBe('jws');
    expect(t.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'UbiCIPjAe58nGfZBeeoLq' });
    expect(t.payload).toEqual(M2M_CLAIMS);
    expect(t.signatureState).toBe('not-verified');
    expect(t.kind.kind).toBe('management-m2m');
    expect(messages(r)).not.toMatch(/\bvalid\b|verified/i);
    expect(t.time?.state).toBe('valid'); // time window only; the signature stays "not-verified"
  });
});

describe('B1.2 alg none', () => {
  it.each(['none', 'None', 'NONE', 'nOnE'])('B1.2 alg %s with an empty signature → unsecured, UNSIGNED', (alg) => {
    const t = ok(decodeToken(`${b64u(JSON.stringify({ alg }))}.${RFC_PAYLOAD_B64}.`));
    expect(t.form).toBe('unsecured');
    expect(t.unsigned).toBe(true);
    expect(t.signatureState).toBe('unsigned');
    expect(t.warnings.some((w) => w.code === 'UNSIGNED')).toBe(true);
  });
  it.each(['none', 'None', 'NONE'])('B1.2 alg %s with a non-empty signature → malformed unsecured JWT', (alg) => {
    const e = err(decodeToken(`${b64u(JSON.stringify({ alg }))}.${RFC_PAYLOAD_B64}.c2ln`));
    expect(e.code).toBe('ERR_MALFORMED_UNSECURED');
    expect(e.segment).toBe('signature');
    expect(e.message).toMatch(/malformed unsecured JWT/i);
  });
});

describe('B1.3 JWE', () => {
  const jweHeader = b64u(JSON.stringify({ alg: 'RSA-OAEP', enc: 'A256GCM', kid: 'enc-key-1' }));
  it('B1.3 shows alg, enc and kid, "encrypted, payload not decodable", never parses the ciphertext', () => {
    const jsonLooking = b64u('{"sub":"attacker"}'); // would parse as JSON if we ever tried
    const r = decodeToken(`${jweHeader}.${b64u('key')}.${b64u('iv-iv-iv-iv')}.${jsonLooking}.${b64u('tag')}`);
    const t = ok(r);
    expect(t.form).toBe('jwe');
    expect(t.payload).toBeUndefined();
    expect(t.signatureState).toBe('encrypted');
    expect(t.header).toEqual({ alg: 'RSA-OAEP', enc: 'A256GCM', kid: 'enc-key-1' });
    expect(messages(r)).toMatch(/alg RSA-OAEP, enc A256GCM, kid enc-key-1\): payload not decodable/);
    expect(JSON.stringify(t)).not.toContain('attacker');
  });
  it('B1.3 an empty encrypted key (alg dir) is fine; Auth0 opaque-token shape is explained', () => {
    const h = b64u(JSON.stringify({ alg: 'dir', enc: 'A256GCM', iss: 'https://dev-abc.eu.auth0.com/' }));
    const t = ok(decodeToken(`${h}..${b64u('iv-iv-iv-iv')}.${b64u('ciphertext')}.${b64u('tag')}`));
    expect(t.form).toBe('jwe');
    expect(t.kind.reason).toMatch(/opaque access token/);
  });
  it('B1.3 five segments without enc → not a compact JWT; bad JWE part named', () => {
    expect(err(decodeToken(`${b64u('{"alg":"RS256"}')}.a.b.c.d`)).code).toBe('ERR_SEGMENT_COUNT');
    const e = err(decodeToken(`${jweHeader}.${b64u('key')}.iv+.${b64u('ct')}.${b64u('tag')}`));
    expect(e).toMatchObject({ code: 'ERR_NOT_BASE64URL', segment: 'iv' });
  });
});

describe('B1.4 segment counts', () => {
  it.each([
    ['', 'ERR_EMPTY'],
    ['   \n', 'ERR_EMPTY'],
    ['.', 'ERR_SEGMENT_COUNT'],
    ['..', 'ERR_MISSING_HEADER'],
    ['abc', 'ERR_SEGMENT_COUNT'],
    ['a.b', 'ERR_SEGMENT_COUNT'],
    ['a.b.c.d', 'ERR_SEGMENT_COUNT'],
    ['a.b.c.d.e.f', 'ERR_SEGMENT_COUNT'],
    [`${b64u('{"alg":"HS256"}')}..c2ln`, 'ERR_MISSING_PAYLOAD'],
    [`${b64u('{"alg":"HS256"}')}..`, 'ERR_MISSING_PAYLOAD'],
    [`.${RFC_PAYLOAD_B64}.c2ln`, 'ERR_MISSING_HEADER'],
  ])('B1.4 %j → %s', (input, code) => {
    expect(() => decodeToken(input)).not.toThrow();
    expect(err(decodeToken(input)).code).toBe(code);
  });
  it('B1.4 message names the segment count', () => {
    expect(err(decodeToken('a.b')).message).toBe('Not a compact JWT (2 segments).');
    expect(err(decodeToken('a.b.c.d')).message).toBe('Not a compact JWT (4 segments).');
    expect(err(decodeToken('a.b.c.d.e.f')).message).toBe('Not a compact JWT (6 segments).');
  });
  it('B1.4 one token-like segment → opaque token, explained as Auth0 issues them without an audience', () => {
    const r = decodeToken('8tUvXQkMJmV3z2f9qWc1Rr5YbA0nH4sL');
    const t = ok(r);
    expect(t.form).toBe('opaque');
    expect(t.payload).toBeUndefined();
    expect(messages(r)).toMatch(/Not a compact JWT \(1 segment\).*opaque.*no audience/);
  });
  it('B1.4 non-string input does not throw', () => {
    expect(err(decodeToken(undefined as unknown as string)).code).toBe('ERR_EMPTY');
  });
});

describe('B1.5 base64url strictness', () => {
  const [h, p, s] = RFC7519_3_1.split('.') as [string, string, string];
  it.each([
    ['header', `${h}+.${p}.${s}`],
    ['header', `${h}/.${p}.${s}`],
    ['payload', `${h}.${p}+.${s}`],
    ['payload', `${h}.${p.slice(0, -1)}/.${s}`],
    ['signature', `${h}.${p}.${s}+`],
    ['signature', `${h}.${p}.a/b`],
  ])('B1.5 "+" or "/" in the %s → not base64url, naming it', (segment, input) => {
    const e = err(decodeToken(input));
    expect(e.code).toBe('ERR_NOT_BASE64URL');
    expect(e.segment).toBe(segment);
    expect(e.message).toContain(segment);
    expect(e.message).toMatch(/standard base64/);
  });
  it.each([
    ['header', `eyJhb.${p}.${s}`],
    ['payload', `${h}.eyJhb.${s}`],
    ['signature', `${h}.${p}.abcde`],
  ])('B1.5 %s length ≡ 1 (mod 4) → not base64url', (segment, input) => {
    const e = err(decodeToken(input));
    expect(e).toMatchObject({ code: 'ERR_NOT_BASE64URL', segment });
    expect(e.message).toMatch(/1 \(mod 4\)/);
  });
  it('B1.5 other characters are named by position', () => {
    expect(err(decodeToken(`${h}.${p}.ab*c`)).message).toMatch(/"\*" at position 2/);
  });
});

describe('B1.6 padding', () => {
  it('B1.6 trailing "=" → decoded with a non-canonical padding note; original segments kept', () => {
    const padded = b64u('{"alg":"HS256","x":12}') + '=='; // 22 bytes → 30 characters + "=="
    const payloadPad = '='.repeat((4 - (RFC_PAYLOAD_B64.length % 4)) % 4);
    expect(payloadPad.length).toBeGreaterThan(0);
    const input = `${padded}.${RFC_PAYLOAD_B64}${payloadPad}.c2lnbmF0dXJl`;
    const r = decodeToken(input);
    const t = ok(r);
    expect(t.header).toEqual({ alg: 'HS256', x: 12 });
    expect(t.raw).toBe(input);
    expect(t.segments[0]).toBe(padded);
    expect(t.notes.filter((n) => n.code === 'PADDING').map((n) => n.segment)).toEqual(['header', 'payload']);
    expect(messages(r)).toMatch(/non-canonical/);
  });
  it('B1.6 wrong padding amount is refused', () => {
    expect(err(decodeToken(`${b64u('{"alg":"HS256","x":12}')}=.${RFC_PAYLOAD_B64}.c2ln`)).code).toBe('ERR_NOT_BASE64URL');
  });
});

describe('B1.7 selection cleanup', () => {
  it.each([
    ['  \t' + RFC7519_3_1 + '  ', ['TRIMMED_WHITESPACE']],
    [RFC7519_3_1 + '\n', ['TRAILING_NEWLINE']],
    [RFC7519_3_1 + '\r\n', ['TRAILING_NEWLINE']],
    ['Bearer ' + RFC7519_3_1, ['BEARER_PREFIX']],
    ['bearer ' + RFC7519_3_1, ['BEARER_PREFIX']],
    ['BEARER\t' + RFC7519_3_1, ['BEARER_PREFIX']],
    ['"' + RFC7519_3_1 + '"', ['QUOTES']],
    ["'" + RFC7519_3_1 + "'", ['QUOTES']],
    ['“' + RFC7519_3_1 + '”', ['QUOTES']],
    [' "Bearer ' + RFC7519_3_1 + '"\n', ['TRAILING_NEWLINE', 'TRIMMED_WHITESPACE', 'QUOTES', 'BEARER_PREFIX']],
  ])('B1.7 %j → trimmed with a note', (input, codes) => {
    const r = decodeToken(input);
    const t = ok(r);
    expect(t.raw).toBe(RFC7519_3_1);
    expect(t.notes.map((n) => n.code).sort()).toEqual([...codes].sort());
  });
  it.each([' ', '\n', '\r\n', '\t', '\u00A0', '\u200B'])('B1.7 inner %j → error offering strip-whitespace', (ws) => {
    const input = RFC7519_3_1.slice(0, 60) + ws + RFC7519_3_1.slice(60);
    const r = decodeToken(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('ERR_INNER_WHITESPACE');
    expect(r.fixable).toBe('strip-whitespace');
    expect(ok(decodeToken(stripWhitespace(input))).raw).toBe(RFC7519_3_1);
  });
});

describe('B1.8 header and payload must be JSON objects', () => {
  it.each([
    ['not json', 'ERR_NOT_JSON'],
    ['{"a":1', 'ERR_NOT_JSON'],
    ['null', 'ERR_NOT_OBJECT'],
    ['[]', 'ERR_NOT_OBJECT'],
    ['"a string"', 'ERR_NOT_OBJECT'],
    ['42', 'ERR_NOT_OBJECT'],
    ['true', 'ERR_NOT_OBJECT'],
  ])('B1.8 %j → %s in header and payload', (json, code) => {
    const inPayload = err(decodeToken(tok({ alg: 'HS256' }, json)));
    expect(inPayload).toMatchObject({ code, segment: 'payload' });
    expect(inPayload.message).toMatch(/must be a JSON object/);
    expect(err(decodeToken(tok(json, { sub: 'x' })))).toMatchObject({ code, segment: 'header' });
  });
});

describe('B1.9 strict UTF-8', () => {
  const header = b64u('{"alg":"HS256"}');
  const withBytes = (bytes: number[]) => `${header}.${b64uBytes(new Uint8Array(bytes))}.c2ln`;
  const enc = (s: string) => [...new TextEncoder().encode(s)];
  it.each([
    ['overlong C0 AF', [...enc('{"sub":"'), 0xc0, 0xaf, ...enc('"}')]],
    ['stray 0xFF', [...enc('{"sub":"'), 0xff, ...enc('"}')]],
    ['truncated sequence', [...enc('{"sub":"'), 0xe2, 0x82, ...enc('"}')]],
    ['encoded surrogate ED A0 80', [...enc('{"sub":"'), 0xed, 0xa0, 0x80, ...enc('"}')]],
    ['UTF-16LE with BOM', [0xff, 0xfe, ...[...'{"a":1}'].flatMap((c) => [c.charCodeAt(0), 0])]],
    ['UTF-16BE with BOM', [0xfe, 0xff, ...[...'{"a":1}'].flatMap((c) => [0, c.charCodeAt(0)])]],
    ['UTF-16LE without BOM', [...'{"a":1}'].flatMap((c) => [c.charCodeAt(0), 0])],
  ])('B1.9 %s → invalid UTF-8, never U+FFFD', (_name, bytes) => {
    const r = decodeToken(withBytes(bytes));
    const e = err(r);
    expect(e).toMatchObject({ code: 'ERR_INVALID_UTF8', segment: 'payload' });
    expect(JSON.stringify(r)).not.toContain('\uFFFD');
  });
  it('B1.9 a UTF-8 BOM before the JSON is refused, not silently dropped', () => {
    expect(err(decodeToken(withBytes([0xef, 0xbb, 0xbf, ...enc('{"a":1}')]))).code).toBe('ERR_NOT_JSON');
  });
});
