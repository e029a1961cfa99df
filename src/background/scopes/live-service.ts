// The live scope list service (issue #12 item 6): fetches `GET /api/v2/resource-servers` (every API of the
// tenant, the Management API included, FACTS §2) with the profile's management token, keeps names and
// descriptions per profile in storage.local with the time they were fetched, and answers look-ups from that
// cache. The token comes from the mint feature's own path (client credentials with no scope list: every granted
// scope and the same cache entry the Terminate feature uses; a legacy profile signs a short token with just
// `read:resource_servers`, FACTS §3), so there is one token cache and one ledger writer. A content script only
// ever gets names (`forPage`), never a token, and never starts a fetch. Deps are injected: unit-tested without a
// browser. Runs in the background.
import { appError } from '../../lib/errors';
import type { MintResult } from '../../shared/messages/mint';
import type { MintMode } from '../../lib/mint/ledger';
import type { SenderInfo } from '../router';
import type { Profile } from '../../lib/profiles/profile';
import { callManagementApi, type MgmtFetch } from '../../lib/auth0/management-api';
import type { MgmtRequest } from '../../lib/auth0/management-requests';
import { findLiveApi, managementApi, parseResourceServers, type LiveApi, type LiveScopeList, type LiveScopesView, type PageScopeNames } from '../../lib/scopes/live';

/** FACTS §5: the one scope `GET /api/v2/resource-servers` accepts. */
export const READ_RESOURCE_SERVERS = 'read:resource_servers';
const PER_PAGE = 100; // Auth0's page size maximum
const MAX_PAGES = 10; // 1,000 APIs: far beyond a tenant's usual count, and a bound on a looping answer
const LEGACY_LIFETIME_S = 300;

export interface LiveScopesDeps {
  profiles: { all(): Promise<Profile[]>; require(id: string): Promise<Profile> };
  /** Mints a management token for `caller` (whose activity counts, like any mint it asks for). */
  mint(req: { profileId: string; mode: MintMode; scopes: string[]; lifetimeSeconds?: number }, caller: SenderInfo): Promise<MintResult>;
  fetch: MgmtFetch;
  load(): Promise<Record<string, LiveScopeList>>;
  save(all: Record<string, LiveScopeList>): Promise<void>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

function listRequest(page: number): MgmtRequest {
  return {
    method: 'GET',
    path: '/api/v2/resource-servers',
    query: { page: String(page), per_page: String(PER_PAGE), include_totals: 'true' },
    template: '/api/v2/resource-servers',
    idempotent: true,
  };
}

export function createLiveScopes(deps: LiveScopesDeps) {
  const now = deps.now ?? Date.now;
  const inFlight = new Map<string, Promise<LiveScopesView>>();

  async function token(p: Profile, caller: SenderInfo): Promise<{ host: string; token: string; granted: string[] }> {
    if (p.clientId && p.hasSecret.client) {
      const m = await deps.mint({ profileId: p.id, mode: 'client-credentials', scopes: [] }, caller);
      return { host: p.customDomain || p.domain, token: m.token, granted: m.grantedScopes }; // FACTS §8
    }
    if (p.hs256.legacy && p.hasSecret.legacy) {
      const m = await deps.mint({ profileId: p.id, mode: 'hs256-legacy', scopes: [READ_RESOURCE_SERVERS], lifetimeSeconds: LEGACY_LIFETIME_S }, caller);
      return { host: p.domain, token: m.token, granted: [READ_RESOURCE_SERVERS] };
    }
    throw appError('ERR_LOCKED', 'This profile has no stored credential for the Management API, so the tenant’s scope list cannot be read: the bundled catalog is used.');
  }

  async function fetchAll(p: Profile, caller: SenderInfo): Promise<LiveScopeList> {
    const t = await token(p, caller);
    // Granted scopes known and without read:resource_servers: asking would only earn a 403.
    if (t.granted.length && !t.granted.includes(READ_RESOURCE_SERVERS)) {
      throw appError('ERR_AUTH0', `This profile's client lacks ${READ_RESOURCE_SERVERS}, so the tenant’s scope list cannot be read: the bundled catalog is used.`);
    }
    const apis: LiveApi[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await callManagementApi({ host: t.host, token: t.token }, listRequest(page), { fetch: deps.fetch, now: deps.now, sleep: deps.sleep }, { needed: [READ_RESOURCE_SERVERS] });
      const parsed = parseResourceServers(answer.body);
      if (!parsed) throw appError('ERR_UNEXPECTED_RESPONSE', 'Auth0 answered the resource-server list with something that is not a list.');
      apis.push(...parsed.apis);
      const done = parsed.apis.length < PER_PAGE || (parsed.total !== null && apis.length >= parsed.total);
      if (done) break;
    }
    return { fetchedAt: now(), apis };
  }

  async function refresh(profileId: string, caller: SenderInfo): Promise<LiveScopesView> {
    const p = await deps.profiles.require(profileId);
    let list: LiveScopeList;
    try {
      list = await fetchAll(p, caller);
    } catch (err) {
      // The old list stays (stored profiles and data survive every failure); the popup shows why.
      const old = (await deps.load())[profileId] ?? null;
      const message = err && typeof err === 'object' && 'message' in err ? String((err as { message: unknown }).message) : 'The tenant’s scope list could not be read.';
      return { list: old, notice: message };
    }
    const all = await deps.load();
    const known = new Set((await deps.profiles.all()).map((x) => x.id));
    for (const id of Object.keys(all)) if (!known.has(id)) delete all[id]; // a deleted profile's list goes too
    all[profileId] = list;
    await deps.save(all);
    return { list };
  }

  return {
    async get(profileId: string): Promise<LiveScopesView> {
      return { list: (await deps.load())[profileId] ?? null };
    },
    /** One fetch per profile at a time: a second caller shares the first one's answer. */
    refresh(profileId: string, caller: SenderInfo): Promise<LiveScopesView> {
      let p = inFlight.get(profileId);
      if (!p) {
        p = refresh(profileId, caller).finally(() => inFlight.delete(profileId));
        inFlight.set(profileId, p);
      }
      return p;
    },
    /** Cache only (a page visit never causes a fetch or a mint): names of the profiles for these domains. */
    async forPage(domains: readonly string[], apiId: string | undefined): Promise<PageScopeNames> {
      const wanted = new Set(domains.map((d) => d.toLowerCase()));
      const all = await deps.load();
      const profiles = (await deps.profiles.all()).filter((p) => wanted.size === 0 || wanted.has(p.domain.toLowerCase()));
      const management = new Set<string>();
      const api = new Set<string>();
      let fetchedAt: number | null = null;
      for (const p of profiles) {
        const list = all[p.id];
        if (!list) continue;
        fetchedAt = Math.max(fetchedAt ?? 0, list.fetchedAt);
        for (const s of managementApi(list, p.domain)?.scopes ?? []) management.add(s.value);
        // A custom API's own permissions only where the page names that API (and only its tenant's profiles).
        if (apiId && wanted.size) for (const s of findLiveApi(list, apiId)?.scopes ?? []) api.add(s.value);
      }
      return { management: [...management], api: [...api], fetchedAt };
    },
  };
}

export type LiveScopes = ReturnType<typeof createLiveScopes>;
