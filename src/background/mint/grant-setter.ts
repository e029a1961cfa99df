// Sets a minting app's client grant to exactly the picked scopes before an exact mint (issue #11; FACTS §1: the
// grant is the only lever, client credentials never narrow; FACTS §9: PATCH /api/v2/client-grants/{id} replaces
// `scope`, needs update:client_grants). The management token comes from the profile's own client. Errors say
// which scope the profile's client lacks, or that the grant is gone. Runs in the background; fetch injected.
import { appError, isAppError, type AppError } from '../../lib/errors';
import { callManagementApi, type MgmtFetch } from '../../lib/auth0/management-api';
import { setGrantScopesRequest } from '../../lib/auth0/management-requests';
import { dashboardBase } from '../../lib/profiles/dashboard';
import type { MintingApp, Profile } from '../../lib/profiles/profile';

export interface GrantSetterDeps {
  fetch: MgmtFetch;
  /** A Management API token of the profile's own client (every scope its grant has); `fresh` skips the cache. */
  managementToken(p: Profile, fresh?: boolean): Promise<string>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
}

export async function setGrantScopes(deps: GrantSetterDeps, p: Profile, app: MintingApp, scopes: readonly string[]): Promise<void> {
  const host = p.customDomain || p.domain; // FACTS §8: a token is used on the host it was minted on
  const patch = async (fresh: boolean) =>
    callManagementApi({ host, token: await deps.managementToken(p, fresh) }, setGrantScopesRequest(app.grantId, scopes), { fetch: deps.fetch, now: deps.now, sleep: deps.sleep, timeoutMs: deps.timeoutMs }, {
      needed: ['update:client_grants'],
      dashboardBase: dashboardBase(p.domain) ?? undefined,
    });
  try {
    await patch(false);
  } catch (err) {
    // A cached management token predates a scope the user has just granted (tokens live 24 h): ask once anew.
    if (!isAppError(err) || err.detail?.errorCode !== 'insufficient_scope') throw explain(err, app);
    await patch(true).catch((again: unknown) => {
      throw explain(again, app);
    });
  }
}

function explain(err: unknown, app: MintingApp): AppError {
  if (!isAppError(err)) throw err;
  if (err.detail?.errorCode === 'insufficient_scope') {
    return appError('ERR_AUTH0', `Could not set the minting app's grant: the profile's own client needs update:client_grants on the Auth0 Management API. ${err.message}`, err.detail);
  }
  if (err.code === 'ERR_NOT_FOUND') {
    return appError('ERR_NOT_FOUND', `The minting app's grant (${app.grantId}) no longer exists in the tenant. Set up exact minting again in Options.`, err.detail);
  }
  return appError(err.code, `Could not set the minting app's grant to the picked scopes: ${err.message}`, err.detail);
}
