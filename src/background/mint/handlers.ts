// Handlers of profiles, vault, mint and ledger messages (issue #4); the services they use are created once in
// ../services.ts. Runs in the background.
import { ext } from '../../shared/browser';
import { appError, isAppError } from '../../lib/errors';
import type { MintResponses } from '../../shared/messages/mint';
import { buildSnippets } from '../../lib/auth0/snippets';
import { originPattern, profileSummary, type ProfileSecrets } from '../../lib/profiles/profile';
import { applyProfileInput } from '../../lib/profiles/profile-input';
import type { Handler } from '../router';
import { AUTOLOCK_ALARM } from '../vault/autolock';
import { releaseUnusedHost } from '../profiles/host-permissions';
import { updateSettings } from '../settings-store';
import { randomId } from '../../lib/ids';
import { resolveAudience } from '../../lib/auth0/token-request';
import { active, grantedScopes, ledger, profiles, svc, vault } from '../services';

type MintHandlers = { [T in keyof MintResponses]: Handler<T> };

export const mintHandlers: MintHandlers = {
  'profiles.list': async () => (await profiles.all()).map(profileSummary),
  'mint.request': async (req, sender) => {
    await active(sender);
    return svc.mint(req);
  },
  'profiles.save': async (input, sender) => {
    await active(sender);
    const existing = input.id ? await profiles.get(input.id) : null;
    if (input.id && !existing) throw appError('ERR_NOT_FOUND', 'No such profile.');
    const newSecrets = input.clientSecret !== undefined || input.hs256CustomApi?.secret !== undefined || input.hs256Legacy?.secret !== undefined;
    let prev: ProfileSecrets = {};
    let vaultOpen = true;
    if (existing) {
      try {
        prev = await vault.getSecrets(existing.id);
      } catch (err) {
        if (!isAppError(err) || err.code !== 'ERR_LOCKED' || newSecrets) throw err;
        // Locked and no new secret: save metadata only; stand-ins keep the flags, the vault is not touched.
        vaultOpen = false;
        const h = existing.hasSecret;
        prev = { ...(h.client ? { clientSecret: '-' } : {}), ...(h.customApi ? { apiSecret: '-' } : {}), ...(h.legacy ? { globalClientSecret: '-' } : {}) };
      }
    }
    const applied = applyProfileInput(input, existing ? { profile: existing, secrets: prev } : null, Date.now(), () => randomId(12));
    if (vaultOpen) await vault.putSecrets(applied.profile.id, applied.secrets);
    await profiles.put(applied.profile);
    // A changed custom domain gives back the old host's grant unless another profile uses it (issue 13 item 8).
    if (existing?.customDomain && existing.customDomain !== applied.profile.customDomain) {
      await releaseUnusedHost(existing.customDomain, await profiles.all(), ext.permissions);
    }
    const host = applied.profile.customDomain;
    const granted = host ? await ext.permissions.contains({ origins: [originPattern(host)] }) : true;
    return { id: applied.profile.id, ...(granted ? {} : { needsHostPermission: originPattern(host!) }) };
  },
  'profiles.delete': async ({ id }, sender) => {
    await active(sender);
    await vault.putSecrets(id, {});
    await ledger.removeProfile(id);
    const gone = await profiles.get(id);
    const deleted = await profiles.remove(id);
    // Its custom domain's host permission goes too, unless another profile uses it (issue 13 item 8).
    if (deleted) await releaseUnusedHost(gone?.customDomain, await profiles.all(), ext.permissions);
    return { deleted };
  },
  'profiles.test': async ({ profileId, audience }, sender) => {
    await active(sender);
    return svc.test(profileId, audience);
  },
  'vault.status': async () => vault.status(),
  'vault.setup': async ({ mode, passphrase }, sender) => {
    const st = await vault.setup(mode, passphrase);
    await active(sender);
    return st;
  },
  'vault.unlock': async ({ passphrase }, sender) => {
    const st = await vault.unlock(passphrase);
    await active(sender);
    return st;
  },
  'vault.lock': async () => {
    const st = await vault.lock();
    await ext.alarms.clear(AUTOLOCK_ALARM);
    return st;
  },
  'vault.forget': async () => {
    const st = await vault.forget();
    await profiles.clearSecretFlags();
    await ext.alarms.clear(AUTOLOCK_ALARM);
    return st;
  },
  'vault.setAutoLock': async ({ minutes }, sender) => {
    await updateSettings({ autoLockMinutes: minutes }); // the one settings queue (SECURITY B7.59)
    await active(sender);
    return vault.status();
  },
  'ledger.list': async ({ limit, offset }) => {
    const out = await ledger.list(offset ?? 0, limit ?? 100);
    if (out.notice) await ledger.clearNotice(); // told once (SECURITY B7.57)
    return out;
  },
  'ledger.reveal': async ({ ledgerId }, sender) => {
    await active(sender);
    return ledger.reveal(ledgerId);
  },
  'ledger.export': async ({ includeTokens }) => ({ json: await ledger.exportJson(includeTokens) }),
  'ledger.remint': async ({ ledgerId }, sender) => {
    await active(sender);
    return svc.remint(ledgerId);
  },
  'ledger.setBlacklist': async ({ ledgerId, state }) => ({ updated: await ledger.setBlacklist(ledgerId, state) }),
  'mint.snippets': async ({ profileId, audience, scopes, includeSecret }, sender) => {
    await active(sender);
    const p = await profiles.require(profileId);
    if (!p.clientId) throw appError('ERR_INVALID_MESSAGE', 'This profile has no client ID.');
    const secret = includeSecret ? (await vault.getSecrets(p.id)).clientSecret : undefined;
    if (includeSecret && !secret) throw appError('ERR_LOCKED', 'No client secret is stored for this profile.');
    return buildSnippets({ domain: p.domain, customDomain: p.customDomain, clientId: p.clientId, clientSecret: secret ?? '', audience, scopes }, includeSecret);
  },
  'mint.grantedScopes': async ({ profileId, audience }) => {
    // Remembered under the audience the token request used (the Management API by its canonical identifier).
    const p = await profiles.get(profileId);
    const aud = p ? resolveAudience({ domain: p.domain, customDomain: p.customDomain, audience }) : audience;
    return { scopes: await grantedScopes.get(profileId, aud) };
  },
};
