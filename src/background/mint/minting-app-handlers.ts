// Handlers of the exact-minting set-up messages (issue #11). Runs in the background; the service is
// ../mint/minting-apps.ts, wired in ./mint.ts.
import type { MintingAppResponses } from '../../shared/messages/minting-app';
import type { Handler } from '../router';
import { active, mintingApps } from '../services';

export const mintingAppHandlers: { [T in keyof MintingAppResponses]: Handler<T> } = {
  'mintingApp.create': async ({ profileId, audience, name, confirm }, sender) => {
    await active(sender);
    return mintingApps.create(profileId, audience, name, confirm);
  },
  'mintingApp.link': async ({ profileId, audience, clientId, clientSecret, confirm }, sender) => {
    await active(sender);
    return mintingApps.link(profileId, audience, clientId, clientSecret, confirm);
  },
  'mintingApp.remove': async ({ profileId, audience }, sender) => {
    await active(sender);
    return mintingApps.remove(profileId, audience);
  },
};
