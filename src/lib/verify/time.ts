// Time state of a token, checked with the injected clock (never Date.now). Kept apart from the
// signature state (SECURITY B2.22). Semantics follow jose: expired when exp <= now - leeway, so
// exp == now is already expired with the default leeway 0 (SECURITY B1.13).
import type { TimeCheck, TimeState } from './types';

function numericDate(v: unknown): number | 'absent' | 'invalid' {
  if (v === undefined) return 'absent';
  return typeof v === 'number' && Number.isFinite(v) ? v : 'invalid';
}

export function checkTime(payload: Record<string, unknown> | undefined, now: number, leeway: number, claimsVerified: boolean): TimeCheck {
  const p = payload ?? {};
  const exp = numericDate(p.exp);
  const nbf = numericDate(p.nbf);
  const iat = numericDate(p.iat);
  let state: TimeState;
  if (exp === 'invalid') state = { status: 'invalid', claim: 'exp', detail: 'exp is not a finite number' };
  else if (nbf === 'invalid') state = { status: 'invalid', claim: 'nbf', detail: 'nbf is not a finite number' };
  else if (typeof exp === 'number' && exp <= now - leeway) state = { status: 'expired', exp, ago: now - exp };
  else if (typeof nbf === 'number' && nbf > now + leeway) state = { status: 'not-yet-valid', nbf, in: nbf - now };
  else state = typeof exp === 'number' ? { status: 'valid', exp } : { status: 'no-expiry' };
  // iat never decides validity (RFC 7519 §4.1.6), it only earns a warning.
  const warnings: string[] = [];
  if (iat === 'invalid') warnings.push('iat-not-a-number');
  else if (typeof iat === 'number' && iat > now + leeway) warnings.push('iat-in-future');
  return { state, claimsVerified, now, leeway, warnings };
}
