// Handlers of the Terminate messages (issue #6), wired to the mint feature's own services so there is one token
// cache, one in-flight dedupe, one vault and one ledger writer (SECURITY B7.59): minting, ledger state and
// storing a rotated secret go through `mintHandlers`, with the caller's sender so activity is counted. Network:
// the host-checked adapter of ../net.ts only. Runs in the background.
import type { RequestOf } from '../../shared/messages';
import type { TerminateResponses } from '../../shared/messages/terminate';
import type { Profile } from '../../lib/profiles/profile';
import type { Handler, SenderInfo } from '../router';
import { browserAuthFetch } from '../net';
import { createTerminateService } from './service';
import { mintHandlers } from '../mint/handlers';
import { ledger, profiles } from '../services';

const sender = (ctx: unknown) => ctx as SenderInfo;

/** The profile as `profiles.save` input with only the client secret new: every other secret is kept. Absent
 *  fields are left out (the request schema refuses undefined-valued fields). */
function withNewClientSecret(p: Profile, clientSecret: string): RequestOf<'profiles.save'> {
  const { customApi, legacy } = p.hs256;
  return {
    id: p.id,
    label: p.label,
    domain: p.domain,
    ...(p.customDomain ? { customDomain: p.customDomain } : {}),
    environment: p.environment,
    ...(p.clientId ? { clientId: p.clientId } : {}),
    clientSecret,
    ...(customApi ? { hs256CustomApi: { audience: customApi.audience, ...(customApi.subject ? { subject: customApi.subject } : {}), secretEncoding: customApi.secretEncoding } } : {}),
    ...(legacy ? { hs256Legacy: { globalClientId: legacy.globalClientId, secretEncoding: legacy.secretEncoding } } : {}),
    // Already acknowledged when the HS256 modes were configured (SECURITY B3.29); nothing about them changes.
    ...(customApi || legacy ? { acknowledgeHs256Risk: true } : {}),
  };
}

const service = createTerminateService({
  profiles,
  ledgerEntries: () => ledger.entries(), // the paged store and its cache, not a raw storage read
  setBlacklist: async (ledgerId, state, ctx) => void (await mintHandlers['ledger.setBlacklist']({ ledgerId, state }, sender(ctx))),
  mint: (req, ctx) => mintHandlers['mint.request'](req, sender(ctx)),
  storeClientSecret: async (p, secret, ctx) => void (await mintHandlers['profiles.save'](withNewClientSecret(p, secret), sender(ctx))),
  // net.ts spreads `init` into fetch, so a GET simply carries no body (fetch refuses one on GET).
  fetch: browserAuthFetch(() => profiles.customDomains()),
});

type TerminateHandlers = { [T in keyof TerminateResponses]: Handler<T> };

export const terminateHandlers: TerminateHandlers = {
  'terminate.plan': (p, s) => service['terminate.plan'](p, s),
  'blacklist.add': (p, s) => service['blacklist.add'](p, s),
  'blacklist.list': (p, s) => service['blacklist.list'](p, s),
  'blacklist.audiences': (p, s) => service['blacklist.audiences'](p, s),
  'blacklist.bulk': (p, s) => service['blacklist.bulk'](p, s),
  'blacklist.bulkStatus': (p, s) => service['blacklist.bulkStatus'](p, s),
  'lever.findGrant': (p, s) => service['lever.findGrant'](p, s),
  'lever.deleteGrant': (p, s) => service['lever.deleteGrant'](p, s),
  'lever.rotateSecret': (p, s) => service['lever.rotateSecret'](p, s),
  'lever.setLifetime': (p, s) => service['lever.setLifetime'](p, s),
  'terminate.rememberGlobalClient': (p, s) => service['terminate.rememberGlobalClient'](p, s),
};
