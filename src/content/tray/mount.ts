// Mounts the content script's UI once per document: the host (random tag, closed shadow root, ../host.ts), the
// generator tray inside it with its click guard, and the liveness ping that sets the host's state. Runs in the
// content script.
import { send } from '../../shared/rpc';
import { HOST_STATE_ATTR, mountHost } from '../host';
import type { Route } from '../route';
import { ScopeStore } from './store';
import { targetOf } from './target';
import { mountTray, type Tray } from './tray';
import { createClickGuard } from './visibility';

export interface MountedUi {
  host: HTMLElement;
  store: ScopeStore;
  customNames: Set<string>;
  tray: Tray;
}

/** `route()` is read whenever the tray needs the page's target. Null when already mounted. */
export function mountUi(route: () => Route): MountedUi | null {
  const mounted = mountHost();
  if (!mounted) return null;
  const { host, shadow } = mounted;
  const store = new ScopeStore();
  const customNames = new Set<string>();
  const tray = mountTray(shadow, { store, target: () => targetOf(route()), customNames: () => customNames, guard: createClickGuard(host, shadow) });
  void send('ping', {}, 10_000).then((reply) => host.setAttribute(HOST_STATE_ATTR, reply.ok ? 'ready' : 'offline'));
  return { host, store, customNames, tray };
}
