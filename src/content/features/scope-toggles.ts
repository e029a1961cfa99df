// Feature: a small toggle button next to every scope name on Auth0 API pages and reference pages ("Add
// read:users to the token", aria-pressed). Runs in the content script. Reads happen in findScopes, then all
// writes in one batch; the page's nodes are never moved or wrapped, only given a next sibling; the page's
// events are never prevented. Only trusted clicks count (SECURITY B4.35: a page can click our button, but
// its synthetic click changes nothing).
import { findScopes, type ScopeHit } from '../scan';
import { OWN_ATTR } from '../observe';
import { PAGE_BUTTON_CSS, PAGE_BUTTON_PRESSED_CSS } from '../styles';
import type { ScopeStore } from '../tray/store';

export const TOGGLE_KIND = 'scope';
const SELECTOR = `button[${OWN_ATTR}="${TOGGLE_KIND}"]`;

export interface ScopeToggles {
  /** Scans `root` (the document or a node the page just added) and decorates what is new. */
  scan(root: Node): ScopeHit[];
}

function paint(button: HTMLButtonElement, scope: string, on: boolean): void {
  button.setAttribute('aria-pressed', String(on));
  button.setAttribute('aria-label', on ? `Remove ${scope} from the token` : `Add ${scope} to the token`);
  button.title = button.getAttribute('aria-label') ?? '';
  button.textContent = on ? '✓' : '+';
  button.style.cssText = on ? PAGE_BUTTON_CSS + PAGE_BUTTON_PRESSED_CSS : PAGE_BUTTON_CSS;
}

function makeToggle(scope: string, store: ScopeStore, signal: AbortSignal): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.setAttribute(OWN_ATTR, TOGGLE_KIND);
  b.dataset.scope = scope;
  paint(b, scope, store.has(scope));
  b.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted) return; // a page's synthetic click or dispatchEvent: ignored
      store.toggle(scope);
    },
    { signal },
  );
  return b;
}

export function initScopeToggles(opts: { store: ScopeStore; custom: boolean; signal: AbortSignal }): ScopeToggles {
  const { store, custom, signal } = opts;
  const seen = new WeakSet<Text>();
  const unsubscribe = store.subscribe(() => {
    for (const b of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
      const scope = b.dataset.scope ?? '';
      const on = store.has(scope);
      if (b.getAttribute('aria-pressed') !== String(on)) paint(b, scope, on);
    }
  });
  signal.addEventListener('abort', unsubscribe, { once: true });
  return {
    scan(root) {
      if (signal.aborted) return [];
      const hits = findScopes(root, { custom, seen });
      // Write phase: nothing below reads layout.
      for (const hit of hits) {
        seen.add(hit.text);
        const after = hit.after;
        if (!after.parentNode) continue;
        // The same anchor can hold several hits (a sentence's text node): keep the page's reading order.
        // A toggle already there (the page re-rendered the text inside the same element) is not repeated.
        const present = new Set<string>();
        let ref: Node | null = after.nextSibling;
        while (ref && ref.nodeType === 1 && (ref as Element).getAttribute(OWN_ATTR) === TOGGLE_KIND) {
          present.add((ref as HTMLElement).dataset.scope ?? '');
          ref = ref.nextSibling;
        }
        for (const scope of hit.scopes) {
          if (!present.has(scope)) after.parentNode.insertBefore(makeToggle(scope, store, signal), ref);
        }
      }
      return hits;
    },
  };
}
