// The 403 fix (issue 15): which scopes to ask for when re-minting, and in which mint mode. Auth0 does NOT narrow
// client-credentials scopes (FACTS §1): the token carries the whole client grant, and asking for a scope
// outside the grant fails with 403 "Client has not been granted scopes: …". The "exact" mode (issue #11: a
// minting app whose grant is PATCHed to exactly the picked scopes) gives a token with exactly the token's
// scopes plus the missing one; it is chosen here, in one place, whenever the profile has a minting app for the
// Management API. Pure.
import { isUserTokenOnly } from '../scopes/scope-names';

export type RemintMode = 'client-credentials' | 'exact';

/** The mint mode for a re-mint from this profile: exact when it has a usable minting app for the Management
 *  API audience, else plain client credentials (the whole grant, FACTS §1). */
export function remintModeFor(profile: { exact: boolean }): RemintMode {
  return profile.exact ? 'exact' : 'client-credentials';
}

/** The scope to add: the first expected one an M2M grant can hold (FACTS §3: never current_user scopes). */
export function scopeToAdd(expected: readonly string[]): string | null {
  return expected.find((s) => !isUserTokenOnly(s)) ?? null;
}

/** The token's scopes plus the added one, without duplicates, in a stable order. */
export function remintScopes(tokenScopes: readonly string[], add: string): string[] {
  return [...new Set([...tokenScopes, add])];
}

/** The sentence shown when the re-mint fails; Auth0's "Client has not been granted scopes" (FACTS §1) gets the
 *  one fix that works: the scope must first be in the client grant. */
export function remintFailureText(error: { message: string; detail?: Record<string, unknown> }, scope: string): string {
  const said = `${String(error.detail?.['error_description'] ?? '')} ${error.message}`.toLowerCase();
  const base = `Could not mint a token with ${scope}: ${error.message}`;
  if (!said.includes('has not been granted scopes')) return base;
  return `${base} ${scope} is not in this profile's client grant, and Auth0 never adds scopes beyond the grant: tick it on APIs → Auth0 Management API → Machine to Machine Applications → the client → Update, then click again.`;
}
