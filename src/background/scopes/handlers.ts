// Handlers of the live scope list messages (../../shared/messages/scopes.ts, issue #12 item 6), wired to the
// shared services like the Terminate feature: one profile store, one token service and one ledger writer (the
// management token is minted by the token service; the caller's activity counts, as for any mint it asks for).
// Network: the host-checked adapter of ../net.ts only. Runs in the background.
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import type { ScopesResponses } from '../../shared/messages/scopes';
import { pageDomainsAllowed } from '../../lib/scopes/live';
import { ext, extensionOrigin } from '../../shared/browser';
import { isOwnExtensionPage, type Handler } from '../router';
import { browserAuthFetch } from '../net';
import { createLiveScopes } from './live-service';
import { active, profiles, svc } from '../services';

const live = createLiveScopes({
  profiles,
  mint: async (req, caller) => {
    await active(caller);
    return svc.mint(req);
  },
  fetch: browserAuthFetch(() => profiles.customDomains()),
  load: () => read(ITEMS.liveScopes),
  save: (all) => write(ITEMS.liveScopes, all),
});

export const scopesHandlers: { [T in keyof ScopesResponses]: Handler<T> } = {
  'scopes.live': ({ profileId }) => live.get(profileId),
  'scopes.refresh': ({ profileId }, sender) => live.refresh(profileId, sender),
  'scopes.forPage': async ({ domains, apiId }, sender) => {
    if (isOwnExtensionPage(sender, { extensionId: ext.runtime.id, extensionOrigin: extensionOrigin() })) return live.forPage(domains, apiId);
    // A content script asks only about the tenant its own page's URL names (reference pages: no tenant).
    const allowed = pageDomainsAllowed(sender.url, domains);
    return allowed ? live.forPage(allowed, apiId) : { management: [], api: [], fetchedAt: null };
  },
};
