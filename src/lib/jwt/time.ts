// NumericDate analysis (RFC 7519 §2) and token time status for the JWT inspector. Pure TypeScript; runs in
// every extension context. `now` is always injected (seconds since the epoch) so tests and UI agree.
// SECURITY B1.12: integer/float/string/negative/out-of-range/invalid-type values never throw (no RangeError).
// SECURITY B1.13: exp == now is expired (jose: `exp <= now - tolerance` fails); the leeway is reported apart.
// FACTS §7: Auth0's default Management API token lifetime is 86400 s; the per-API maximum is 2592000 s.

/** JavaScript Date's range: ±8.64e15 ms, i.e. ±8.64e12 s. */
const MAX_SECONDS = 8.64e12;
export const AUTH0_DEFAULT_LIFETIME = 86400;
export const AUTH0_MAX_LIFETIME = 2592000;
export const DEFAULT_LEEWAY = 60; // as auth0-spa-js

export type NumericDate =
  | { readonly status: 'absent' }
  | {
      readonly status: 'ok';
      readonly seconds: number;
      readonly ms: number;
      /** UTC, ISO 8601. */
      readonly iso: string;
      /** Fractional part of the seconds, when the value is not an integer. */
      readonly fraction?: number;
      readonly warnings: readonly string[];
    }
  | { readonly status: 'non-standard-type' | 'out-of-range' | 'invalid-type'; readonly raw: string; readonly warnings: readonly string[] };

export function analyzeNumericDate(value: unknown): NumericDate {
  if (value === undefined) return { status: 'absent' };
  if (typeof value === 'string') {
    // The legacy Auth0 APIv2 doc example has "iat":"1446056652" (FACTS §3).
    return { status: 'non-standard-type', raw: JSON.stringify(value), warnings: ['non-standard type: a string, not a number (RFC 7519 §2 NumericDate)'] };
  }
  if (typeof value !== 'number') {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
    return { status: 'invalid-type', raw: safeJson(value), warnings: [`invalid type: ${what}, not a number`] };
  }
  if (!Number.isFinite(value) || Math.abs(value) > MAX_SECONDS) {
    return { status: 'out-of-range', raw: String(value), warnings: ['out of range: not a representable date'] };
  }
  const ms = value * 1000;
  const warnings: string[] = [];
  if (value < 0) warnings.push('negative: a date before 1970');
  const fraction = value - Math.trunc(value);
  const iso = new Date(ms).toISOString();
  if (fraction !== 0) {
    warnings.push(`fractional seconds (${String(value)})`);
    return { status: 'ok', seconds: value, ms, iso, fraction, warnings };
  }
  return { status: 'ok', seconds: value, ms, iso, warnings };
}

export type TimeState = 'valid' | 'expired' | 'not-yet-valid' | 'no-expiry' | 'unknown';

export interface TimeStatus {
  readonly now: number;
  readonly leeway: number;
  readonly exp: NumericDate;
  readonly nbf: NumericDate;
  readonly iat: NumericDate;
  readonly state: TimeState;
  /** Strict: exp <= now. undefined when exp is absent or unusable ("unknown"). */
  readonly expired: boolean | undefined;
  /** Strict: nbf > now. */
  readonly notYetValid: boolean;
  /** Expired or not yet valid, but by less than the leeway: a leeway-tolerant verifier would still accept it. */
  readonly withinLeeway: boolean;
  readonly iatInFuture: boolean;
  /** exp − iat in seconds, when both are usable. */
  readonly lifetime: number | undefined;
  /** "expires in 3 h 12 min" / "expired 5 min ago". */
  readonly relative: string | undefined;
  readonly warnings: readonly string[];
}

export function timeStatus(payload: Readonly<Record<string, unknown>> | undefined, now: number, leeway = DEFAULT_LEEWAY): TimeStatus {
  const p = payload ?? {};
  const own = (k: string): unknown => (Object.prototype.hasOwnProperty.call(p, k) ? p[k] : undefined);
  const exp = analyzeNumericDate(own('exp'));
  const nbf = analyzeNumericDate(own('nbf'));
  const iat = analyzeNumericDate(own('iat'));
  const warnings: string[] = [];
  for (const [name, d] of [['exp', exp], ['nbf', nbf], ['iat', iat]] as const) {
    if (d.status !== 'absent') for (const w of d.warnings) warnings.push(`${name}: ${w}`);
  }
  const expired = exp.status === 'ok' ? exp.seconds <= now : undefined;
  const notYetValid = nbf.status === 'ok' && nbf.seconds > now;
  const iatInFuture = iat.status === 'ok' && iat.seconds > now;
  const withinLeeway =
    (expired === true && exp.status === 'ok' && exp.seconds > now - leeway) ||
    (notYetValid && nbf.status === 'ok' && nbf.seconds <= now + leeway);
  if (notYetValid && nbf.status === 'ok') warnings.push(`not yet valid: nbf is ${formatDuration(nbf.seconds - now)} in the future`);
  if (iatInFuture && iat.status === 'ok') {
    warnings.push(`iat is ${formatDuration(iat.seconds - now)} in the future${iat.seconds <= now + leeway ? ' (within the leeway: clock skew?)' : ''}`);
  }
  let lifetime: number | undefined;
  if (exp.status === 'ok' && iat.status === 'ok') {
    lifetime = exp.seconds - iat.seconds;
    if (lifetime <= 0) warnings.push('exp is not after iat');
    else if (lifetime > AUTH0_MAX_LIFETIME) warnings.push(`lifetime ${formatDuration(lifetime)} exceeds Auth0's 30-day maximum for an API`);
  }
  let state: TimeState;
  if (expired === true) state = 'expired';
  else if (notYetValid) state = 'not-yet-valid';
  else if (exp.status === 'absent') state = 'no-expiry';
  else if (exp.status !== 'ok') state = 'unknown';
  else state = 'valid';
  const relative = exp.status === 'ok' ? formatRelative(exp.seconds - now) : undefined;
  return { now, leeway, exp, nbf, iat, state, expired, notYetValid, withinLeeway, iatInFuture, lifetime, relative, warnings };
}

/** How a lifetime compares with Auth0's defaults (FACTS §7). */
export function describeLifetime(lifetime: number): string {
  if (lifetime === AUTH0_DEFAULT_LIFETIME) return `${formatDuration(lifetime)} (Auth0's default of 86400 s)`;
  const rel = lifetime < AUTH0_DEFAULT_LIFETIME ? 'shorter than' : 'longer than';
  return `${formatDuration(lifetime)} (${rel} Auth0's default of 24 h)`;
}

/** seconds = exp − now. ≤ 0 is expired (exp == now is expired). */
export function formatRelative(seconds: number): string {
  if (!Number.isFinite(seconds)) return seconds > 0 ? 'never expires (out of range)' : 'expired (out of range)';
  if (seconds > 0) return `expires in ${formatDuration(seconds)}`;
  if (seconds > -1) return 'expired just now';
  return `expired ${formatDuration(-seconds)} ago`;
}

/** "45 s", "5 min 30 s", "1 h 30 min", "24 h", "3 d 2 h". Two units at most, zero parts dropped. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'forever';
  const s = Math.floor(Math.abs(seconds));
  const sign = seconds < 0 && s > 0 ? '-' : '';
  const two = (a: number, ua: string, b: number, ub: string): string => `${sign}${a} ${ua}${b ? ` ${b} ${ub}` : ''}`;
  if (s < 60) return `${sign}${s} s`;
  if (s < 3600) return two(Math.floor(s / 60), 'min', s % 60, 's');
  if (s < 172800) return two(Math.floor(s / 3600), 'h', Math.floor((s % 3600) / 60), 'min');
  return two(Math.floor(s / 86400), 'd', Math.floor((s % 86400) / 3600), 'h');
}

/** Local time (in `timeZone`, default the user's) and UTC, for a date in milliseconds. Never throws. */
// Building an Intl.DateTimeFormat costs ~1 ms; the times panel formats several dates on every one-second tick
// (issue #7 profile: ~10 ms per popup open). One formatter per time zone, made on first use.
const localFormats = new Map<string, Intl.DateTimeFormat>();
function localFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = localFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long', timeZone });
    if (localFormats.size < 16) localFormats.set(key, f);
  }
  return f;
}

export function formatLocalAndUtc(ms: number, timeZone?: string): { local: string; utc: string } {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return { local: 'out of range', utc: 'out of range' };
  const iso = new Date(ms).toISOString();
  const utc = `${iso.slice(0, 10)} ${iso.endsWith('.000Z') ? iso.slice(11, 19) : iso.slice(11, 23)} UTC`;
  let local: string;
  try {
    local = localFormat(timeZone).format(ms);
  } catch {
    local = utc; // unknown time zone name
  }
  return { local, utc };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
