// Idle auto-lock (SECURITY B5.46): an `alarms` alarm 'vault-autolock' fires when the idle time the user set has
// passed since the last activity; the same check runs whenever the worker wakes. While the popup is open (it holds
// a runtime.connect port named 'popup') the lock is deferred, as Bitwarden does; closing it restarts the idle
// clock. Runs in the background.
import { ext, type Runtime } from '../../shared/browser';
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import type { Vault } from './vault';

export const AUTOLOCK_ALARM = 'vault-autolock';
export const POPUP_PORT = 'popup';

export function createAutoLock(vault: Vault, opts: { now?: () => number; isOwnPage?: (sender: Runtime.MessageSender | undefined) => boolean } = {}) {
  const now = opts.now ?? Date.now;
  let popupPorts = 0;

  async function idleMs(): Promise<number> {
    return ((await vault.status()).autoLockMinutes || 15) * 60_000;
  }

  async function schedule(): Promise<void> {
    const st = await vault.status();
    if (st.mode === 'none' || st.locked) {
      await ext.alarms.clear(AUTOLOCK_ALARM);
      return;
    }
    const last = (await read(ITEMS.lastActivity)) || now();
    await ext.alarms.create(AUTOLOCK_ALARM, { when: Math.max(now() + 1000, last + st.autoLockMinutes * 60_000) });
  }

  /** Activity: a message from one of our pages, an unlock, a mint. */
  async function touch(): Promise<void> {
    await write(ITEMS.lastActivity, now());
    await schedule();
  }

  /** The alarm and every wake: lock if idle long enough and no popup is open; otherwise re-arm. */
  async function check(): Promise<'locked' | 'deferred' | 'armed' | 'idle'> {
    const st = await vault.status();
    if (st.mode === 'none' || st.locked) return 'idle';
    if (popupPorts > 0) {
      await ext.alarms.create(AUTOLOCK_ALARM, { when: now() + 60_000 });
      return 'deferred';
    }
    const last = await read(ITEMS.lastActivity);
    // No recorded activity (e.g. session restored without it): count from now rather than locking at once.
    if (!last) {
      await touch();
      return 'armed';
    }
    if (now() - last >= (await idleMs())) {
      await vault.lock();
      await ext.alarms.clear(AUTOLOCK_ALARM);
      return 'locked';
    }
    await schedule();
    return 'armed';
  }

  function onConnect(port: Runtime.Port): void {
    if (port.name !== POPUP_PORT) return;
    // Only our own popup may hold the lock open; a content script naming its port 'popup' is ignored.
    if (opts.isOwnPage && !opts.isOwnPage(port.sender)) return;
    popupPorts++;
    void touch();
    port.onDisconnect.addListener(() => {
      popupPorts = Math.max(0, popupPorts - 1);
      void touch(); // the idle clock starts when the popup closes
    });
  }

  return { check, touch, schedule, onConnect, popupOpen: () => popupPorts > 0 };
}

export type AutoLock = ReturnType<typeof createAutoLock>;
