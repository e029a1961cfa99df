// SECURITY B1.12 (NumericDate types and ranges) and B1.13 (exp == now is expired, leeway shown apart, future
// nbf/iat), plus the duration/relative/local+UTC formatting used by the inspector.
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../../src/lib/jwt/decode';
import { analyzeNumericDate, describeLifetime, formatDuration, formatLocalAndUtc, formatRelative, timeStatus } from '../../../src/lib/jwt/time';
import { LEGACY_DOC_CLAIMS, tok } from './fixtures';

describe('B1.12 NumericDate values', () => {
  it('B1.12 integer → ok with a UTC date', () => {
    expect(analyzeNumericDate(1300819380)).toEqual({ status: 'ok', seconds: 1300819380, ms: 1300819380000, iso: '2011-03-22T18:43:00.000Z', warnings: [] });
  });
  it('B1.12 float → accepted, fraction shown', () => {
    const d = analyzeNumericDate(1300819380.25);
    expect(d).toMatchObject({ status: 'ok', fraction: 0.25, iso: '2011-03-22T18:43:00.250Z' });
    if (d.status === 'ok') expect(d.warnings[0]).toMatch(/fractional seconds \(1300819380\.25\)/);
  });
  it('B1.12 string (legacy Auth0 doc example) → non-standard type, raw kept, expiry unknown', () => {
    expect(analyzeNumericDate('1446056652')).toMatchObject({ status: 'non-standard-type', raw: '"1446056652"' });
    const t = decodeToken(tok({ alg: 'HS256' }, { ...LEGACY_DOC_CLAIMS, exp: '1446060000' }), { now: 1446056700 });
    expect(t.ok && t.token.time?.iat.status).toBe('non-standard-type');
    expect(t.ok && t.token.time?.state).toBe('unknown');
    expect(t.ok && t.token.time?.expired).toBeUndefined();
  });
  it('B1.12 negative → a pre-1970 date with a warning', () => {
    const d = analyzeNumericDate(-86400);
    expect(d).toMatchObject({ status: 'ok', iso: '1969-12-31T00:00:00.000Z' });
    if (d.status === 'ok') expect(d.warnings).toContain('negative: a date before 1970');
  });
  it.each([1e20, 8.64e15 + 1, 8.64e12 + 1, Infinity, -Infinity, -1e20])('B1.12 %s → out of range, no RangeError', (v) => {
    expect(() => analyzeNumericDate(v)).not.toThrow();
    expect(analyzeNumericDate(v).status).toBe('out-of-range');
  });
  it('B1.12 1e400 in a token → out of range, no RangeError', () => {
    const r = decodeToken(tok({ alg: 'HS256' }, '{"exp":1e400,"iat":1e20}'), { now: 0 });
    expect(r.ok && r.token.time?.exp.status).toBe('out-of-range');
    expect(r.ok && r.token.time?.iat.status).toBe('out-of-range');
    expect(r.ok && r.token.lossyNumbers.map((l) => l.raw)).toEqual(['1e400']);
  });
  it('B1.12 8.64e12 s is still a date (the last one JavaScript can show)', () => {
    expect(analyzeNumericDate(8.64e12)).toMatchObject({ status: 'ok', iso: '+275760-09-13T00:00:00.000Z' });
  });
  it.each([null, true, false, {}, [], { a: 1 }])('B1.12 %j → invalid type', (v) => {
    expect(analyzeNumericDate(v).status).toBe('invalid-type');
  });
  it('B1.12 absent', () => expect(analyzeNumericDate(undefined)).toEqual({ status: 'absent' }));
});

describe('B1.13 expiry, leeway, nbf, iat', () => {
  const now = 1_700_000_000;
  it('B1.13 exp == now → expired (jose semantics)', () => {
    const s = timeStatus({ exp: now }, now);
    expect(s.expired).toBe(true);
    expect(s.state).toBe('expired');
    expect(s.relative).toBe('expired just now');
  });
  it('B1.13 leeway is reported apart and does not change expired-ness', () => {
    const s = timeStatus({ exp: now - 30 }, now, 60);
    expect(s).toMatchObject({ expired: true, withinLeeway: true, leeway: 60, state: 'expired' });
    expect(timeStatus({ exp: now - 60 }, now, 60).withinLeeway).toBe(false); // jose: exp <= now - tolerance fails
    expect(timeStatus({ exp: now + 1 }, now)).toMatchObject({ expired: false, state: 'valid', withinLeeway: false });
    expect(timeStatus({}, now).leeway).toBe(60); // default as in spa-js
  });
  it('B1.13 future nbf → not yet valid', () => {
    const s = timeStatus({ nbf: now + 120, exp: now + 3600 }, now);
    expect(s).toMatchObject({ notYetValid: true, state: 'not-yet-valid', withinLeeway: false });
    expect(s.warnings.join()).toMatch(/not yet valid: nbf is 2 min in the future/);
    expect(timeStatus({ nbf: now + 30 }, now).withinLeeway).toBe(true);
    expect(timeStatus({ nbf: now }, now).notYetValid).toBe(false);
  });
  it('B1.13 future iat → a warning', () => {
    const s = timeStatus({ iat: now + 3600, exp: now + 7200 }, now);
    expect(s.iatInFuture).toBe(true);
    expect(s.warnings.join()).toMatch(/iat is 1 h in the future/);
    expect(timeStatus({ iat: now + 10 }, now).warnings.join()).toMatch(/within the leeway/);
  });
  it('B1.13 lifetime compared with the Auth0 default 86400 s', () => {
    expect(timeStatus({ iat: now, exp: now + 86400 }, now).lifetime).toBe(86400);
    expect(describeLifetime(86400)).toBe("24 h (Auth0's default of 86400 s)");
    expect(describeLifetime(3600)).toMatch(/shorter than/);
    expect(timeStatus({ iat: now, exp: now + 2592001 }, now).warnings.join()).toMatch(/30-day maximum/);
    expect(timeStatus({ iat: now, exp: now }, now).warnings.join()).toMatch(/not after iat/);
  });
  it('B1.13 no exp → no-expiry; own properties only', () => {
    expect(timeStatus({}, now).state).toBe('no-expiry');
    expect(timeStatus(Object.create({ exp: 1 }) as Record<string, unknown>, now).exp.status).toBe('absent');
  });
});

describe('formatting', () => {
  it.each([
    [45, 'expires in 45 s'],
    [11520, 'expires in 3 h 12 min'],
    [-300, 'expired 5 min ago'],
    [-330, 'expired 5 min 30 s ago'],
    [0, 'expired just now'],
    [86400 * 3 + 7200, 'expires in 3 d 2 h'],
  ])('formatRelative(%s) → %s', (s, text) => expect(formatRelative(s)).toBe(text));
  it.each([
    [86400, '24 h'],
    [5400, '1 h 30 min'],
    [60, '1 min'],
    [0, '0 s'],
    [172800, '2 d'],
  ])('formatDuration(%s) → %s', (s, text) => expect(formatDuration(s)).toBe(text));
  it('formatLocalAndUtc shows both, in a given zone, and never throws', () => {
    expect(formatLocalAndUtc(1300819380000, 'UTC').utc).toBe('2011-03-22 18:43:00 UTC');
    expect(formatLocalAndUtc(1300819380250).utc).toBe('2011-03-22 18:43:00.250 UTC');
    expect(formatLocalAndUtc(1300819380000, 'Asia/Tokyo').local).toMatch(/2011/);
    expect(formatLocalAndUtc(1300819380000, 'Not/AZone').local).toBe('2011-03-22 18:43:00 UTC');
    expect(formatLocalAndUtc(1e20)).toEqual({ local: 'out of range', utc: 'out of range' });
  });
});
