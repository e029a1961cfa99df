// Content script entry on Auth0 dashboard and Management API reference pages. Untrusted ground (SECURITY B4):
// it never sees a secret and only sends non-privileged messages. It adds one host element whose closed shadow
// root will hold the generator tray; its presence tells the user (and the e2e tests) that the script runs.
// Runs in the page's isolated world.
import { send } from '../shared/rpc';

const HOST_TAG = 'token-workbench-root';

function mount(): HTMLElement | null {
  if (document.querySelector(HOST_TAG)) return null; // never decorate twice
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-token-workbench', 'loading');
  // Fixed and zero-size until the tray opens: it must not move the page's own layout.
  host.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483646;all:initial;position:fixed;right:16px;bottom:16px;';
  host.attachShadow({ mode: 'closed' });
  document.documentElement.append(host);
  return host;
}

async function init(): Promise<void> {
  const host = mount();
  if (!host) return;
  const reply = await send('ping', {}, 10_000);
  host.setAttribute('data-token-workbench', reply.ok ? 'ready' : 'offline');
}

void init();
