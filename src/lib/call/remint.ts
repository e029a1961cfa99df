// The 403 fix (issue 15): which scopes to ask for when re-minting, and in which mint mode. Auth0 does NOT narrow
// client-credentials scopes (FACTS §1): the token carries the whole client grant, and asking for a scope
// outside the grant fails with 403 "Client has not been granted scopes: …". The "exact" mode (a minting app
// whose grant is set to exactly the picked scopes) is chosen here, in one place, once it exists. Pure.
import { isUserTokenOnly } from '../scopes/scope-names';

export type RemintMode = 'client-credentials';

/** The mint mode for a re-mint from this profile. One function, so switching to exact mode is one change. */
export function remintModeFor(_profile: { id: string }): RemintMode {
  return 'client-credentials';
}

/** The scope to add: the first expected one an M2M grant can hold (FACTS §3: never current_user scopes). */
export function scopeToAdd(expected: readonly string[]): string | null {
  return expected.find((s) => !isUserTokenOnly(s)) ?? null;
}

/** The token's scopes plus the added one, without duplicates, in a stable order. */
export function remintScopes(tokenScopes: readonly string[], add: string): string[] {
  return [...new Set([...tokenScopes, add])];
}
