// Content script entry on Auth0 dashboard and Management API reference pages. Untrusted ground (SECURITY B4):
// it never sees a secret or a token, sends only non-privileged messages (the tray's mint is `tray.mint`, made of
// a profile id and scopes on the user's own click, answered with metadata), and listens to no page message
// (there is no `message` listener at all). It mounts one host element whose closed shadow root holds the
// generator tray, works out the page kind from the URL, and runs the page features, restarting them on every
// SPA navigation. Runs in the isolated world.
import { isManagementScope } from '../lib/scopes/scope-names';
import { send } from '../shared/rpc';
import { initDecodeButtons } from './features/decode-buttons';
import { initEndpointAddAll } from './features/endpoint-add-all';
import { initScopeToggles } from './features/scope-toggles';
import { initTryEndpoint } from './features/try-endpoint';
import { OWN_ATTR, watchAdded, watchNavigation } from './observe';
import { managementDomainOf, readIdentifier } from './page-info';
import type { ScopeHit } from './scan';
import { acceptsCustomScopes, decoratesScopes, MANAGEMENT_API_ID, parseRoute, type Route } from './route';
import { HOST_STATE_ATTR, mountHost } from './host';
import { createClickGuard } from './tray/visibility';
import type { PageTarget } from './tray/profile';
import { ScopeStore } from './tray/store';
import { mountTray } from './tray/tray';
import { writeQueue } from './write-queue';

function targetOf(route: Route): PageTarget {
  if (route.kind === 'api' || route.kind === 'app-apis' || route.kind === 'dashboard') {
    const management = route.kind !== 'api' || route.apiId === MANAGEMENT_API_ID;
    const identifier = route.kind === 'api' ? readIdentifier() : null;
    // Old hash routes name no tenant; the Management API's identifier `https://DOMAIN/api/v2/` does.
    const fromPage = management ? managementDomainOf(identifier) : null;
    const tenantDomains = route.tenant?.domains ?? (fromPage ? [fromPage] : []);
    const tenantLabel = route.tenant ? `${route.tenant.name} (${route.tenant.region})` : fromPage;
    return { tenantDomains, tenantLabel, management, customAudience: management ? null : identifier };
  }
  return { tenantDomains: [], tenantLabel: null, management: true, customAudience: null };
}

/** Removes every page-side control this script added (before a navigation's fresh decoration). */
function removeOwnUi(): void {
  for (const el of document.querySelectorAll(`[${OWN_ATTR}]`)) el.remove();
}

function init(): void {
  const mounted = mountHost();
  if (!mounted) return;
  const { host, shadow } = mounted;
  const store = new ScopeStore();
  const customNames = new Set<string>();
  let route = parseRoute(location.href);
  const lifetime = new AbortController(); // the script lives as long as the document
  const tray = mountTray(shadow, {
    store,
    target: () => targetOf(route),
    customNames: () => customNames,
    guard: createClickGuard(host, shadow),
  });
  void send('ping', {}, 10_000).then((reply) => host.setAttribute(HOST_STATE_ATTR, reply.ok ? 'ready' : 'offline'));

  let page: AbortController | null = null;
  const start = (): void => {
    page?.abort();
    removeOwnUi();
    page = new AbortController();
    const { signal } = page;
    route = parseRoute(location.href);
    tray.refresh();
    if (route.kind === 'none') return;
    const decode = initDecodeButtons(signal);
    const tryIt = route.kind === 'docs' ? initTryEndpoint(signal) : null; // issue 15: metadata-only hand-off
    const addAll = route.kind === 'docs' ? initEndpointAddAll({ store, signal }) : null;
    // Custom names and "Add all" follow the toggles' write phase: the page's own task is the read pass only.
    const onHits = (hits: ScopeHit[]): void => {
      for (const hit of hits) for (const s of hit.scopes) if (!isManagementScope(s)) customNames.add(s);
      addAll?.add(hits);
    };
    const scopes = decoratesScopes(route) ? initScopeToggles({ store, custom: acceptsCustomScopes(route), signal, onHits }) : null;
    // Decode buttons are decoration too: their scan (a query over the added subtree) runs in the write slices,
    // keeping the page's own task to the scope read pass.
    const decodeLater = writeQueue<Node>((roots) => {
      for (const r of roots) {
        decode.scan(r);
        tryIt?.scan(r);
      }
    }, signal);
    const scan = (root: Node): void => {
      scopes?.scan(root);
      decodeLater.push([root]);
    };
    scan(document.body);
    watchAdded(document.body, signal, (nodes) => nodes.forEach(scan), checkNavigation);
  };
  const checkNavigation = watchNavigation(lifetime.signal, start);
  start();
}

init();
