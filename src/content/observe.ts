// Watches the page for lazily rendered content and SPA navigation. Runs in the content script's isolated world,
// which cannot patch the page's history.pushState, so a route change is noticed by comparing location.href on
// every mutation batch (SPAs re-render on navigation) plus popstate/hashchange and, where present, the
// Navigation API. Everything stops when the AbortSignal aborts.

import { isInHost } from './host';

/** Marks every element the content script adds to the page, so its own insertions are never rescanned. */
export const OWN_ATTR = 'data-token-workbench-ui';

export function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.hasAttribute(OWN_ATTR) || isInHost(el));
}

/**
 * The batch's nodes still in the page, minus those inside another one of them: a page that appends a container
 * and then fills it (one batch) gets one scan of the container, not one per child. Each node walks up its
 * ancestors once, a few Set lookups.
 */
function outermost(nodes: Node[]): Node[] {
  if (nodes.length === 1) return nodes;
  const batch = new Set(nodes);
  const out: Node[] = [];
  for (const n of batch) {
    if (!n.isConnected) continue; // added and removed again before we looked: nothing to decorate
    let inner = false;
    for (let p = n.parentNode; p && !inner; p = p.parentNode) inner = batch.has(p);
    if (!inner) out.push(n);
  }
  return out;
}

/**
 * Calls `onAdded` once per MutationObserver batch with the nodes the page added (our own UI filtered out).
 * MutationObserver already coalesces a burst of DOM writes into one callback, so there is no timer here.
 */
export function watchAdded(root: Node, signal: AbortSignal, onAdded: (nodes: Node[]) => void, onBatch?: () => void): void {
  if (signal.aborted) return;
  const mo = new MutationObserver((records) => {
    if (signal.aborted) return;
    const added: Node[] = [];
    for (const r of records) {
      if (r.type === 'characterData') {
        if (!isOwn(r.target)) added.push(r.target);
        continue;
      }
      for (const n of r.addedNodes) if ((n.nodeType === 1 || n.nodeType === 3) && !isOwn(n)) added.push(n);
    }
    onBatch?.(); // may notice a navigation and abort this watcher: then the batch belongs to the old page
    if (added.length && !signal.aborted) onAdded(outermost(added));
  });
  mo.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => mo.disconnect(), { once: true });
}

interface NavigationLike {
  addEventListener(type: string, fn: () => void, opts?: AddEventListenerOptions): void;
}

/**
 * Calls `onChange(href)` when location.href changes. Returns `check`, which the mutation watcher calls on
 * every batch: cheap (one string compare), and it catches pushState, which fires no event we can hear.
 */
export function watchNavigation(signal: AbortSignal, onChange: (href: string) => void): () => void {
  let last = location.href;
  const check = (): void => {
    if (signal.aborted || location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const opts = { signal };
  window.addEventListener('popstate', check, opts);
  window.addEventListener('hashchange', check, opts);
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  // 'currententrychange' fires after the URL changed (the 'navigate' event fires before it).
  nav?.addEventListener('currententrychange', () => queueMicrotask(check), opts);
  return check;
}
