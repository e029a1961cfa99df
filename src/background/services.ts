// The background's services, created once per worker and shared by every feature (SECURITY B7.59: one
// writer per item): profiles, ledger, vault, the token service, the granted-scope memory and exact-minting
// set-up, plus the listeners they need at the top level: the auto-lock alarm and popup port listeners are
// registered synchronously when the background loads, and the idle check runs on every wake (SECURITY B5.46,
// B7.56). Runs in the background.
import { ext, extensionOrigin, type Runtime } from '../shared/browser';
import { isOwnExtensionPage, type SenderInfo } from './router';
import { browserAuthFetch } from './net';
import { AUTOLOCK_ALARM, createAutoLock } from './vault/autolock';
import { createLedgerStore } from './ledger/ledger-store';
import { createProfilesStore } from './profiles/profiles-store';
import { createTokenService } from './mint/tokens';
import { createVault } from './vault/vault';
import { BADGE_ALARM, refreshBadge } from './inspect/badge';
import { createMintingApps } from './mint/minting-apps';
import { createGrantedScopes } from './mint/granted-scopes';

const me = () => ({ extensionId: ext.runtime.id, extensionOrigin: extensionOrigin() });
export const profiles = createProfilesStore(); // shared with the terminate feature: one store, one writer
/** The one ledger store of the worker (its page cache is shared with the terminate feature). */
export const ledger = createLedgerStore();
export const vault = createVault({
  // Runs only when the vault locks, long after this module has run, so `svc` (created below: it needs the
  // vault) is there by then.
  onLock: async () => {
    svc.clear();
    // The pinned token is gone from storage.session (issue 13 item 6): its badge and refresh alarm go too.
    await ext.alarms.clear(BADGE_ALARM).catch(() => false);
    await refreshBadge().catch(() => undefined);
  },
});
/** What each profile's client was granted per audience, recorded by the token service (issue #16). */
export const grantedScopes = createGrantedScopes();
const authFetch = browserAuthFetch(() => profiles.customDomains());
/** The worker's one token service (the tray and the minting-app set-up use it too). */
export const svc = createTokenService({ profiles, vault, ledger, granted: grantedScopes, fetch: authFetch });
const autolock = createAutoLock(vault, { isOwnPage: (s) => !!s && isOwnExtensionPage(s as SenderInfo, me()) });
/** Exact-minting set-up (issue #11): management calls with the profile's own client. */
export const mintingApps = createMintingApps({
  profiles,
  vault,
  fetch: authFetch,
  managementToken: async (p) => (await svc.mint({ profileId: p.id, mode: 'client-credentials', scopes: [] })).token,
});

// Top-level listeners (SECURITY B7.56): a worker woken by the alarm or a popup connect finds them.
ext.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === AUTOLOCK_ALARM) void autolock.check();
});
ext.runtime.onConnect.addListener((port: Runtime.Port) => autolock.onConnect(port));
void autolock.check().catch(() => undefined); // the wake re-check

/** Activity from our own pages resets the idle clock; a content script's requests do not keep secrets open. */
export async function active(sender: SenderInfo): Promise<void> {
  if (isOwnExtensionPage(sender, me())) await autolock.touch().catch(() => undefined);
}

