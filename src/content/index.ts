// Content script entry on Auth0 dashboard and Management API reference pages. Untrusted ground (SECURITY B4):
// it never sees a secret or a token, sends only non-privileged messages, and listens to no page message. It
// mounts the UI once (./tray/mount.ts) and runs the page features of each route (./page-features.ts),
// restarting them on every SPA navigation. Runs in the isolated world.
import { OWN_ATTR, watchNavigation } from './observe';
import { startPageFeatures } from './page-features';
import { parseRoute } from './route';
import { mountUi } from './tray/mount';

function init(): void {
  let route = parseRoute(location.href);
  const ui = mountUi(() => route);
  if (!ui) return;
  const lifetime = new AbortController(); // the script lives as long as the document
  let page: AbortController | null = null;
  const start = (): void => {
    page?.abort();
    for (const el of document.querySelectorAll(`[${OWN_ATTR}]`)) el.remove(); // before a fresh decoration
    page = new AbortController();
    route = parseRoute(location.href);
    ui.tray.refresh();
    route = startPageFeatures(route, { ...ui, signal: page.signal, onNavigation: checkNavigation });
  };
  const checkNavigation = watchNavigation(lifetime.signal, start);
  start();
}

init();
