// Pure parts of the Inspect UI and its background helpers: verification/time wording (signature and time are
// separate, decoding never says "valid"), countdown format, verify mode, safe links, the curl line, the badge
// text, the custom-domain trust filter and the persisted-JWKS freshness rule.
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => ({ ext: (await import('./fake-ext')).ext, extensionOrigin: () => 'chrome-extension://testextensionid' }));
import { decodeToken, timeStatus } from '../../../src/lib/jwt';
import type { VerifyResult } from '../../../src/lib/verify';
import { describeTime, describeVerify, formatCountdown, verifyMode } from '../../../src/ui/inspect/labels';
import { safeHttpsUrl } from '../../../src/ui/inspect/ClaimsTable';
import { curlFor } from '../../../src/ui/inspect/CopyBar';
import { badgeFor, expOf } from '../../../src/background/inspect/badge';
import { usablePersisted } from '../../../src/background/inspect/jwks-fetch';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const tok = (h: object, p: object, sig = 'c2ln') => `${b64(h)}.${b64(p)}.${sig}`;
const time = { state: { status: 'valid' as const, exp: 2 }, claimsVerified: false, now: 1, leeway: 0, warnings: [] };
const decoded = (t: string) => {
  const d = decodeToken(t);
  if (!d.ok) throw new Error(d.error.message);
  return d.token;
};

describe('describeVerify: one distinct, honest label per state', () => {
  const cases: [VerifyResult, string][] = [
    [{ state: 'verified', code: 'OK', key: { source: 'jwks', jwksUrl: 'https://t.auth0.com/.well-known/jwks.json', kid: 'k1', alg: 'RS256', kty: 'RSA' }, warnings: ['ignored-header-jku'], time }, 'Signature verified'],
    [{ state: 'verified', code: 'OK', key: { source: 'secret', alg: 'HS256', encoding: 'base64url' }, warnings: ['weak-key: secret is 5 bytes, at least 32 expected'], time }, 'Verified with your secret'],
    [{ state: 'signature-invalid', code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', key: { source: 'secret', alg: 'HS256', encoding: 'utf8' }, time }, 'Signature invalid'],
    [{ state: 'no-matching-key', code: 'ERR_JWKS_NO_MATCHING_KEY', jwksUrl: 'u', kid: 'gone', availableKids: ['a', 'b'], time }, 'No matching key'],
    [{ state: 'issuer-not-trusted', code: 'ERR_ISSUER_NOT_TRUSTED', iss: 'https://attacker.example/', host: 'attacker.example', reason: 'not Auth0', time }, 'Issuer not trusted'],
    [{ state: 'jwks-unreachable', code: 'ERR_JWKS_TIMEOUT', jwksUrl: 'u', reason: { kind: 'timeout' }, time }, 'JWKS unreachable'],
    [{ state: 'jwks-unreachable', code: 'ERR_JWKS_INVALID', jwksUrl: 'u', reason: { kind: 'malformed', detail: 'no keys' }, time }, 'JWKS malformed'],
    [{ state: 'unsigned', code: 'ERR_UNSIGNED', alg: 'none', time }, 'UNSIGNED'],
    [{ state: 'unsupported', code: 'ERR_JOSE_NOT_SUPPORTED', reason: 'crit', detail: 'crit', time }, 'Unsupported'],
    [{ state: 'alg-not-allowed', code: 'ERR_JOSE_ALG_NOT_ALLOWED', alg: 'HS256', reason: 'public key', time }, 'Algorithm not allowed for this key'],
    [{ state: 'ambiguous', code: 'ERR_AMBIGUOUS', reason: 'duplicate keys', time }, 'Ambiguous token'],
  ];
  it.each(cases)('%#', (r, label) => {
    const d = describeVerify(r);
    expect(d.label).toBe(label);
    if (r.state === 'verified') expect(d.tone).toBe('ok');
    else expect(['bad', 'warn', 'neutral']).toContain(d.tone);
  });
  it('names the key, the ignored header and the weak secret', () => {
    expect(describeVerify(cases[0]![0]).detail).toMatch(/kid "k1".*jwks\.json.*jku header was ignored/);
    expect(describeVerify(cases[1]![0]).detail).toMatch(/base64url.*weak key: secret is 5 bytes/);
    expect(describeVerify(cases[3]![0]).detail).toContain('"gone"');
    expect(describeVerify(cases[4]![0]).detail).toContain('No request was made');
  });
});

describe('describeTime: never "valid" from decoding alone', () => {
  const at = (p: Record<string, unknown>, now: number) => describeTime(timeStatus(p, now, 60));
  it('labels each time state', () => {
    expect(at({ exp: 1000 }, 500).label).toBe('Not expired');
    expect(at({ exp: 1000 }, 1000).label).toBe('Expired'); // exp == now is expired (B1.13)
    expect(at({ exp: 1000 }, 1030).detail).toContain('within the 60 s leeway');
    expect(at({ nbf: 2000, exp: 3000 }, 1000).label).toBe('Not active yet (nbf)');
    expect(at({}, 1000).label).toBe('No expiry');
    expect(at({ exp: '1000' }, 1000).label).toBe('Expiry unknown');
    for (const p of [{ exp: 1000 }, { exp: 10 }, {}, { nbf: 5000 }]) expect(at(p, 900).label).not.toMatch(/^valid$/i);
  });
  it('formats the live countdown', () => {
    expect(formatCountdown(3 * 3600 + 12 * 60 + 5)).toBe('3:12:05');
    expect(formatCountdown(2 * 86400 + 5)).toBe('2 d 00:00:05');
    expect(formatCountdown(-4)).toBe('0:00:00');
  });
});

describe('verifyMode', () => {
  it('routes asymmetric to the background, HS* to the page, and refuses the rest', () => {
    expect(verifyMode({ form: 'jws', header: { alg: 'RS256' } })).toBe('jwks');
    expect(verifyMode({ form: 'jws', header: { alg: 'EdDSA' } })).toBe('jwks');
    expect(verifyMode({ form: 'jws', header: { alg: 'HS256' } })).toBe('hmac');
    expect(verifyMode({ form: 'unsecured', header: { alg: 'none' } })).toBe('unsigned');
    expect(verifyMode({ form: 'jwe', header: { alg: 'dir' } })).toBe('encrypted');
    expect(verifyMode({ form: 'opaque', header: {} })).toBe('opaque');
    expect(verifyMode({ form: 'jws', header: { alg: 'XYZ' } })).toBe('unsupported');
  });
});

describe('safeHttpsUrl: only clean https values become links', () => {
  it.each([
    ['https://example.com/p.png', false, true],
    ['javascript:alert(1)', false, false],
    ['JAVASCRIPT:alert(1)', false, false],
    ['http://example.com/', false, false],
    ['data:text/html,<script>', false, false],
    ['https://example.com/\u202Egnp.exe', true, false],
    ['https://', false, false],
  ])('%s', (value, suspicious, link) => {
    expect(safeHttpsUrl({ value, suspicious }) !== undefined).toBe(link);
  });
  it('ignores non-strings', () => expect(safeHttpsUrl({ value: { href: 'https://x/' }, suspicious: false })).toBeUndefined());
});

describe('curlFor', () => {
  it('builds a curl line for a Management token on its issuer host (custom domain included)', () => {
    const t = decoded(tok({ alg: 'RS256' }, { iss: 'https://login.acme.test/', sub: 'c@clients', aud: 'https://acme.eu.auth0.com/api/v2/', gty: 'client-credentials' }));
    expect(curlFor(t)).toBe(`curl --request GET --url 'https://login.acme.test/api/v2/users' --header 'authorization: Bearer ${t.raw}'`);
  });
  it('offers none for other kinds', () => {
    expect(curlFor(decoded(tok({ alg: 'RS256' }, { iss: 'https://a.auth0.com/', sub: 'u', aud: 'https://api.example/', scope: 'read:x' })))).toBeUndefined();
  });
});

describe('toolbar badge', () => {
  it('shows minutes left, then EXP in red', () => {
    expect(badgeFor(1000 + 192 * 60, 1000)).toMatchObject({ text: '192m' });
    expect(badgeFor(1030, 1000)).toMatchObject({ text: '1m' });
    expect(badgeFor(1000 + 3 * 86400, 1000)).toMatchObject({ text: '72h' });
    expect(badgeFor(1000, 1000)).toEqual({ text: 'EXP', color: '#b91c1c' });
    expect(badgeFor(null, 1000).text).toBe('∞');
    for (const s of [1, 59, 3600, 86400, 2592000, 1e9]) expect(badgeFor(1000 + s, 1000).text.length).toBeLessThanOrEqual(4);
  });
  it('reads exp from the token, and null when unusable', () => {
    expect(expOf(tok({ alg: 'RS256' }, { exp: 1234 }))).toBe(1234);
    expect(expOf(tok({ alg: 'RS256' }, { exp: '1234' }))).toBeNull();
    expect(expOf('not a token')).toBeNull();
  });
});

describe('persisted JWKS after a worker restart', () => {
  const good = { result: { ok: true as const, json: '{"keys":[]}' }, fetchedAt: 1000 };
  const bad = { result: { ok: false as const, reason: 'timeout' as const }, fetchedAt: 1000 };
  it('reuses a good JWKS within its TTL and a failure only within the cool-down', () => {
    expect(usablePersisted(good, 1100)).toBe(true);
    expect(usablePersisted(good, 1000 + 600)).toBe(false);
    expect(usablePersisted(bad, 1010)).toBe(true);
    expect(usablePersisted(bad, 1031)).toBe(false);
    expect(usablePersisted(good, 900)).toBe(false); // clock went backwards
    expect(usablePersisted(undefined, 1000)).toBe(false);
  });
});
