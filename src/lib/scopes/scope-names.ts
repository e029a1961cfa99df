// Content-script side view of the Management API scope names. Imports ONLY scope-names.json
// (the small list), never catalog.json, so the content-script bundle stays small.
import data from './scope-names.json';

/** Every Management API scope name known to the catalog (OAS + resource-server recordings, FACTS §5). */
export const MANAGEMENT_SCOPE_NAMES: ReadonlySet<string> = new Set(data.names);

// FACTS §3: the current_user scopes are granted only in user tokens (SPA flow / legacy id_token),
// never to M2M clients: none of them is in the recorded 257-scope Management API client grant.
const USER_TOKEN_ONLY: ReadonlySet<string> = new Set(data.userTokenOnly);

export function isManagementScope(name: string): boolean {
  return MANAGEMENT_SCOPE_NAMES.has(name);
}

/** True for scopes that a client-credentials (M2M) grant can never carry, e.g. `read:current_user`. */
export function isUserTokenOnly(name: string): boolean {
  return USER_TOKEN_ONLY.has(name);
}

export const USER_TOKEN_ONLY_SCOPES: readonly string[] = Object.freeze([...data.userTokenOnly]);
