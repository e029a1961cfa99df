// The vault's passphrase rule and offline-guess estimate (issue 13 item 5): at least 12 characters, and the
// time a brute-force guess would take at PBKDF2-SHA256 600,000 iterations on one high-end GPU.
import { describe, expect, it } from 'vitest';
import { checkPassphrase, estimateBits, formatDuration, guessesPerSecond, MIN_PASSPHRASE_CHARS, offlineGuessSeconds } from '../../../src/lib/vault/strength';
import { validate } from '../../../src/shared/validate';
import { MESSAGES } from '../../../src/shared/messages';

describe('passphrase rule (issue 13 item 5)', () => {
  it('refuses fewer than 12 characters with a specific message, accepts 12', () => {
    expect(MIN_PASSPHRASE_CHARS).toBe(12);
    expect(checkPassphrase('elevenchars')).toMatchObject({ ok: false, problem: expect.stringContaining('at least 12 characters (11 so far)') });
    expect(checkPassphrase('twelve chars').ok).toBe(true);
    // Characters, not UTF-16 units: 11 emoji are 11 characters.
    expect(checkPassphrase('🔑'.repeat(11)).ok).toBe(false);
  });
  it('the vault.setup message refuses a passphrase under 12 characters before any handler runs', () => {
    expect(validate(MESSAGES['vault.setup'].request, { mode: 'passphrase', passphrase: 'short pass1' }).ok).toBe(false);
    expect(validate(MESSAGES['vault.setup'].request, { mode: 'passphrase', passphrase: 'long enough pass' }).ok).toBe(true);
  });
});

describe('offline guess time at PBKDF2-SHA256 600,000 iterations', () => {
  it('uses ~14,700 guesses per second on one GPU at 600,000 iterations', () => {
    expect(guessesPerSecond()).toBeCloseTo(14_667, -1);
    expect(guessesPerSecond(1_000)).toBeCloseTo(8.8e6, -4);
  });
  it('estimates bits from the character classes, and repeats do not count fully', () => {
    expect(estimateBits('')).toBe(0);
    expect(estimateBits('abcdefghijkl')).toBeCloseTo(12 * Math.log2(26));
    expect(estimateBits('aaaaaaaaaaaa')).toBeCloseTo(2 * Math.log2(26));
    expect(estimateBits('Abcdefghij1!')).toBeCloseTo(12 * Math.log2(95));
  });
  it('gives short and repetitive passphrases seconds to hours, long mixed ones centuries', () => {
    expect(offlineGuessSeconds('password')).toBeLessThan(86_400 * 365);
    expect(offlineGuessSeconds('aaaaaaaaaaaa')).toBeLessThan(1);
    expect(offlineGuessSeconds('correct horse battery staple')).toBeGreaterThan(1e12 * 365.25 * 86_400);
    expect(checkPassphrase('aaaaaaaaaaaa').guessTime).toContain('under a second');
    expect(checkPassphrase('Tr0ub4dor&3xyz').guessTime).toMatch(/years|universe/);
    expect(checkPassphrase('x').guessTime).toContain('PBKDF2-SHA256, 600,000 iterations');
  });
  it('formats durations for people', () => {
    expect(formatDuration(0.2)).toBe('under a second');
    expect(formatDuration(1)).toBe('1 second');
    expect(formatDuration(7200)).toBe('2 hours');
    expect(formatDuration(3 * 365.25 * 86_400)).toBe('3 years');
    expect(formatDuration(2500 * 365.25 * 86_400)).toBe('about 2,500 years');
    expect(formatDuration(Infinity)).toBe('longer than the age of the universe');
  });
});
