// The Terminate service (issue #6): one handler per message of ../../shared/messages/terminate.ts, each
// checking the user's confirmation before any change (production: the tenant name typed), then delegating to
// the blacklister, the bulk job or the levers. Every dependency is injected (./deps.ts); the sender is passed on
// so a request from our own pages counts as activity. Runs in the background.
import { appError } from '../../lib/errors';
import type { RequestOf } from '../../shared/messages';
import type { TerminateResponses } from '../../shared/messages/terminate';
import type { SenderInfo } from '../router';
import { createBlacklister } from './blacklist';
import { createBulk } from './bulk';
import { checkConfirm, type TerminateDeps } from './deps';
import { createLevers } from './levers';
import { buildPlan } from './plan';

type Method<T extends keyof TerminateResponses> = (payload: RequestOf<T>, sender: SenderInfo) => Promise<TerminateResponses[T]>;
export type TerminateService = { [T in keyof TerminateResponses]: Method<T> };

export function createTerminateService(deps: TerminateDeps): TerminateService {
  const blacklister = createBlacklister(deps);
  const bulk = createBulk(deps);
  const levers = createLevers(deps);
  const profile = (id: string) => deps.profiles.require(id);
  const confirmed = async (id: string, confirm: string) => {
    const p = await profile(id);
    checkConfirm(p, confirm);
    return p;
  };

  return {
    'terminate.plan': async ({ token }) => buildPlan(token, await deps.profiles.all(), await deps.ledger.entries()),
    'blacklist.add': async ({ profileId, aud, jti, confirm }, sender) => blacklister.add(await confirmed(profileId, confirm), aud, jti, sender),
    'blacklist.list': async ({ profileId, aud }, sender) => ({ aud, entries: await blacklister.list(await profile(profileId), aud, sender) }),
    'blacklist.audiences': async ({ profileId }) => ({ audiences: await blacklister.audiences(await profile(profileId), await deps.profiles.all()) }),
    'blacklist.bulk': async ({ profileId, confirm }, sender) => bulk.start(await confirmed(profileId, confirm), await deps.profiles.all(), await deps.ledger.entries(), sender),
    'blacklist.bulkStatus': async ({ jobId }) => {
      const s = bulk.status(jobId);
      if (!s) throw appError('ERR_NOT_FOUND', 'This bulk run is no longer known (the background restarted). The ledger keeps what was done; run it again for the rest.');
      return s;
    },
    'lever.findGrant': async ({ profileId, clientId, audience }, sender) => levers.findGrant(await profile(profileId), clientId, audience, sender),
    'lever.deleteGrant': async ({ profileId, clientId, audience, confirm, grantId }, sender) => levers.deleteGrant(await confirmed(profileId, confirm), clientId, audience, grantId, sender),
    'lever.rotateSecret': async ({ profileId, clientId, confirm, storeInVault, reveal }, sender) =>
      levers.rotateSecret(await confirmed(profileId, confirm), clientId, { storeInVault, reveal }, sender),
    'terminate.rememberGlobalClient': async ({ profileId, globalClientId }) => {
      const p = await profile(profileId);
      const ids = [...new Set([...(p.globalClientIds ?? []), globalClientId])].slice(-20);
      await deps.profiles.put({ ...p, globalClientIds: ids });
      return { remembered: true, message: `Remembered: legacy tokens for global client ${globalClientId} now find profile “${p.label}”.` };
    },
    'lever.setLifetime': async ({ profileId, audience, seconds, confirm }, sender) => levers.setLifetime(await confirmed(profileId, confirm), audience, seconds, sender),
  };
}
