// Exact-scope minting's set-up (issue #11): per profile and audience, a machine-to-machine application that exists
// only for Token Workbench. "Create" uses the profile's own client (create:clients, create:client_grants) to
// make the app with the client-credentials grant and a `subject_type: client` grant with no scopes (FACTS §9);
// "link" adopts an existing app and finds (or creates) that grant. The app's secret goes into the vault with the
// profile's other secrets; the profile keeps only ids. Production profiles need the typed tenant name. Runs in
// the background; every dependency is injected.
import { appError, isAppError } from '../../lib/errors';
import type { MintingAppView } from '../../shared/messages/minting-app';
import { callManagementApi, type MgmtFetch } from '../../lib/auth0/management-api';
import { createClientGrantRequest, createMintingClientRequest, findGrantsRequest, parseCreatedClient, parseGrants } from '../../lib/auth0/management-requests';
import { dashboardBase } from '../../lib/profiles/dashboard';
import { mintingAppFor, type MintingApp, type Profile } from '../../lib/profiles/profile';
import { checkConfirm } from '../terminate/deps';
import type { ProfilesStore } from './profiles-store';
import type { Vault } from './vault';

export const DEFAULT_MINTING_APP_NAME = 'Token Workbench minting app';

export interface MintingAppsDeps {
  profiles: ProfilesStore;
  vault: Vault;
  /** A Management API token of the profile's own client (every granted scope). */
  managementToken(p: Profile): Promise<string>;
  fetch: MgmtFetch;
  now?: () => number;
}

const view = (a: MintingApp): MintingAppView => ({ audience: a.audience, clientId: a.clientId, grantId: a.grantId, name: a.name, created: a.created });

export function createMintingApps(deps: MintingAppsDeps) {
  const now = deps.now ?? Date.now;

  async function session(p: Profile) {
    const target = { host: p.customDomain || p.domain, token: await deps.managementToken(p) }; // FACTS §8
    const ctx = { dashboardBase: dashboardBase(p.domain) ?? undefined };
    return (req: Parameters<typeof callManagementApi>[1], needed: string[]) => callManagementApi(target, req, { fetch: deps.fetch, now }, { ...ctx, needed });
  }

  async function store(p: Profile, app: MintingApp, secret: string): Promise<MintingAppView> {
    const secrets = await deps.vault.getSecrets(p.id);
    await deps.vault.putSecrets(p.id, { ...secrets, mintingApps: { ...secrets.mintingApps, [app.clientId]: secret } });
    const fresh = await deps.profiles.require(p.id);
    await deps.profiles.put({ ...fresh, mintingApps: [...(fresh.mintingApps ?? []).filter((a) => a.audience !== app.audience), app], updatedAt: now() });
    return view(app);
  }

  async function ready(profileId: string, audience: string, confirm: string): Promise<Profile> {
    const p = await deps.profiles.require(profileId);
    checkConfirm(p, confirm);
    if (!p.clientId || !p.hasSecret.client) throw appError('ERR_LOCKED', "Exact minting is set up with the profile's own client: add its client ID and secret first.");
    const existing = mintingAppFor(p, audience);
    if (existing?.hasSecret) throw appError('ERR_INVALID_MESSAGE', `Exact minting for ${audience} is already set up with ${existing.name} (${existing.clientId}). Remove it first to change it.`);
    return p;
  }

  return {
    async create(profileId: string, audience: string, name: string | undefined, confirm: string): Promise<MintingAppView> {
      const p = await ready(profileId, audience, confirm);
      const call = await session(p);
      const made = parseCreatedClient((await call(createMintingClientRequest(name?.trim() || DEFAULT_MINTING_APP_NAME), ['create:clients'])).body);
      if (!made) throw appError('ERR_UNEXPECTED_RESPONSE', 'Auth0 created the application but its answer had no client ID or secret. Delete it in the dashboard and try again.');
      let grantId: string;
      try {
        const grant = (await call(createClientGrantRequest(made.clientId, audience), ['create:client_grants'])).body as { id?: unknown } | null;
        if (typeof grant?.id !== 'string') throw appError('ERR_UNEXPECTED_RESPONSE', 'Auth0 answered without a grant id.');
        grantId = grant.id;
      } catch (err) {
        const why = isAppError(err) ? err.message : 'unknown error';
        throw appError(isAppError(err) ? err.code : 'ERR_INTERNAL', `The application ${made.clientId} was created, but its grant for ${audience} was not: ${why} Link it with “Use an existing application” once it has a grant, or delete it in the dashboard.`);
      }
      return store(p, { audience, clientId: made.clientId, grantId, name: made.name || DEFAULT_MINTING_APP_NAME, created: true, hasSecret: true, setupAt: now() }, made.clientSecret);
    },

    async link(profileId: string, audience: string, clientId: string, clientSecret: string, confirm: string): Promise<MintingAppView> {
      const p = await ready(profileId, audience, confirm);
      if (clientId === p.clientId) throw appError('ERR_INVALID_MESSAGE', "Use a separate application: exact minting changes its grant before every token, which would take scopes away from the profile's own client.");
      const call = await session(p);
      // FACTS §9: the `subject_type: client` grant only; a user-access grant is never touched.
      const found = parseGrants((await call(findGrantsRequest(clientId, audience), ['read:client_grants'])).body) ?? [];
      let grantId = found.find((g) => g.clientId === clientId && g.audience === audience)?.id;
      if (!grantId) {
        const grant = (await call(createClientGrantRequest(clientId, audience), ['create:client_grants'])).body as { id?: unknown } | null;
        if (typeof grant?.id !== 'string') throw appError('ERR_UNEXPECTED_RESPONSE', 'Auth0 answered without a grant id.');
        grantId = grant.id;
      }
      return store(p, { audience, clientId, grantId, name: `Application ${clientId.slice(0, 8)}…`, created: false, hasSecret: true, setupAt: now() }, clientSecret);
    },

    /** Forgets the app here; it stays in the tenant (deleting it is the dashboard's job). */
    async remove(profileId: string, audience: string): Promise<{ removed: boolean }> {
      const p = await deps.profiles.require(profileId);
      const app = mintingAppFor(p, audience);
      if (!app) return { removed: false };
      await deps.profiles.put({ ...p, mintingApps: (p.mintingApps ?? []).filter((a) => a.audience !== audience), updatedAt: now() });
      const secrets = await deps.vault.getSecrets(p.id).catch(() => null);
      if (secrets?.mintingApps?.[app.clientId] !== undefined) {
        const { [app.clientId]: _gone, ...rest } = secrets.mintingApps;
        await deps.vault.putSecrets(p.id, { ...secrets, mintingApps: rest });
      }
      return { removed: true };
    },
  };
}

export type MintingApps = ReturnType<typeof createMintingApps>;
