// Passphrase rule and offline-guessing estimate for the vault (issue 13 item 5; SECURITY B5.44). Someone who
// copies storage.local (Firefox content scripts can read it; Chrome stops them with TRUSTED_CONTEXTS) holds the
// salt, the verifier and the ciphertext, and can guess passphrases offline at the speed of PBKDF2-SHA256 with
// 600,000 iterations. The rule: at least 12 characters. The estimate shows how long such guessing would take,
// so the user sees why length matters. Pure.
import { PBKDF2_ITERATIONS } from './crypto';

export const MIN_PASSPHRASE_CHARS = 12;

/** PBKDF2-HMAC-SHA256 guesses per second of one high-end GPU at 1 iteration: hashcat's mode 10900 benchmark on
 *  an RTX 4090 is about 8.8 million guesses/s at 999 iterations, i.e. ~8.8e9 iteration-guesses/s. An
 *  assumption, stated in the UI as "one high-end GPU"; a well-funded attacker has many. */
export const GPU_ITERATIONS_PER_SECOND = 8.8e9;

/** Guesses per second against this vault on one GPU: ~14,700 at 600,000 iterations. */
export function guessesPerSecond(iterations = PBKDF2_ITERATIONS): number {
  return GPU_ITERATIONS_PER_SECOND / Math.max(1, iterations);
}

/** Bits of a brute-force search over the character classes used. An upper bound: real passphrases made of
 *  words or patterns are guessed far sooner, so the UI calls it "at most". Repeated characters count once
 *  beyond the number of distinct ones, so "aaaaaaaaaaaa" is not 56 bits. */
export function estimateBits(passphrase: string): number {
  const chars = [...passphrase];
  if (chars.length === 0) return 0;
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => /[ -/:-@[-`{-~]/.test(c))) pool += 33;
  if (chars.some((c) => c.codePointAt(0)! > 0x7e)) pool += 100;
  const distinct = new Set(chars).size;
  // Each distinct character is a full choice; each repeat adds at most one bit of "which earlier one".
  const effective = distinct + Math.min(chars.length - distinct, distinct);
  return effective * Math.log2(Math.max(pool, 2));
}

/** Average seconds to guess by brute force on one GPU: half the search space. */
export function offlineGuessSeconds(passphrase: string, iterations = PBKDF2_ITERATIONS): number {
  return 2 ** estimateBits(passphrase) / 2 / guessesPerSecond(iterations);
}

const UNITS: [number, string][] = [
  [365.25 * 86_400, 'year'],
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** "under a second", "3 hours", "about 2,000 years", "longer than the age of the universe". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds > 1.4e10 * 365.25 * 86_400) return 'longer than the age of the universe';
  if (seconds < 1) return 'under a second';
  for (const [size, name] of UNITS) {
    if (seconds >= size) {
      const n = Math.round(seconds / size);
      const text = n.toLocaleString('en-US');
      return `${n >= 1000 ? 'about ' : ''}${text} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return 'under a second';
}

export interface PassphraseCheck {
  ok: boolean;
  /** Why it is refused, or empty when accepted. */
  problem: string;
  /** "Guessing it offline by brute force would take up to N on one high-end GPU (PBKDF2-SHA256, 600,000 iterations)." */
  guessTime: string;
}

export function checkPassphrase(passphrase: string, iterations = PBKDF2_ITERATIONS): PassphraseCheck {
  const length = [...passphrase].length;
  const problem = length < MIN_PASSPHRASE_CHARS ? `Use at least ${MIN_PASSPHRASE_CHARS} characters (${length} so far); a few random words work well.` : '';
  const d = formatDuration(offlineGuessSeconds(passphrase, iterations));
  const span = d.startsWith('longer') || d.startsWith('under') ? d : `up to ${d}`;
  const guessTime = `Guessing it offline by brute force would take ${span} on one high-end GPU (PBKDF2-SHA256, ${iterations.toLocaleString('en-US')} iterations); far less if it is made of common words.`;
  return { ok: problem === '', problem, guessTime };
}
