// The page features of one route (one SPA page): scope toggles, "Add all" and "Try it" on reference pages,
// Decode buttons, the tenant's live scope names; all torn down when `signal` aborts (the next navigation).
// Runs in the content script; the page's own task is the scope read pass only, decoration happens in the
// write slices (./write-queue.ts).
import { activeTabFromPage } from './active-tab';
import { initDecodeButtons } from './features/decode-buttons';
import { initEndpointAddAll } from './features/endpoint-add-all';
import { initScopeToggles } from './features/scope-toggles';
import { initTryEndpoint } from './features/try-endpoint';
import { watchAdded } from './observe';
import type { ScopeHit } from './scan';
import { loadPageNames, PageVocabulary } from './live-names';
import { acceptsCustomScopes, decoratesScopes, KNOWN_TABS, type Route } from './route';
import type { ScopeStore } from './tray/store';
import { targetOf } from './tray/target';
import { writeQueue } from './write-queue';

export interface PageContext {
  host: HTMLElement;
  store: ScopeStore;
  /** Scope names the page showed that are not the Management API's (the tray's entity/action picker). */
  customNames: Set<string>;
  signal: AbortSignal;
  onNavigation(): void;
}

/** Starts the features for `route`; returns the route as refined by the page (a renamed tab read by its title). */
export function startPageFeatures(parsed: Route, ctx: PageContext): Route {
  const { host, store, customNames, signal } = ctx;
  host.removeAttribute('data-token-workbench-tab');
  if (parsed.kind === 'none') return parsed;
  let route = parsed;
  // A tab slug we do not know (a renamed tab): its visible title tells which tab it is (issue #12 item 9).
  if (route.kind === 'api' && !KNOWN_TABS.has(route.tab)) route = { ...route, tab: activeTabFromPage() ?? route.tab };
  if (route.kind === 'api') host.setAttribute('data-token-workbench-tab', route.tab);
  const vocab = new PageVocabulary();
  const decode = initDecodeButtons(signal);
  const tryIt = route.kind === 'docs' ? initTryEndpoint(signal) : null; // issue 15: metadata-only hand-off
  const addAll = route.kind === 'docs' ? initEndpointAddAll({ store, signal }) : null;
  // Custom names and "Add all" follow the toggles' write phase: the page's own task is the read pass only.
  const onHits = (hits: ScopeHit[]): void => {
    for (const hit of hits) for (const s of hit.scopes) if (!vocab.isManagement(s)) customNames.add(s);
    addAll?.add(hits);
  };
  const scopes = decoratesScopes(route) ? initScopeToggles({ store, custom: acceptsCustomScopes(route), signal, onHits, known: vocab.has }) : null;
  // Decode and Try buttons are decoration too: their scans (queries over the added subtree) run in the write slices.
  const later = writeQueue<Node>((roots) => {
    for (const r of roots) {
      decode.scan(r);
      tryIt?.scan(r);
    }
  }, signal);
  const scan = (root: Node): void => {
    scopes?.scan(root);
    later.push([root]);
  };
  scan(document.body);
  watchAdded(document.body, signal, (nodes) => nodes.forEach(scan), ctx.onNavigation);
  // The tenant's live scope list (issue #12 item 6), from the background's cache: names the catalog lacks count
  // from now on, and one rescan decorates those already on the page (nothing is decorated twice).
  if (scopes) {
    void loadPageNames(route, targetOf(route).tenantDomains).then((names) => {
      if (!names || signal.aborted) return;
      const fresh = vocab.add(names);
      for (const n of [...vocab.management, ...vocab.api]) customNames.add(n);
      if (fresh) scopes.scan(document.body);
    });
  }
  return route;
}
