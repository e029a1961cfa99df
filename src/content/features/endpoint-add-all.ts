// Feature (reference pages): an "Add all scopes of this endpoint" button after each endpoint's scope list.
// Runs in the content script. It groups the scope hits the toggles feature found by their nearest list-like
// container (a ul, a paragraph, a chip row), so it keys on structure the docs must have, not on class names.
import type { ScopeHit } from '../scan';
import { OWN_ATTR } from '../observe';
import { PAGE_BUTTON_CSS } from '../styles';
import type { ScopeStore } from '../tray/store';

const CONTAINER = 'ul,ol,p,div,section,dd,td';
export const ADD_ALL_KIND = 'add-all';

export interface EndpointAddAll {
  add(hits: ScopeHit[]): void;
}

export function initEndpointAddAll(opts: { store: ScopeStore; signal: AbortSignal }): EndpointAddAll {
  const { store, signal } = opts;
  // Scopes per container, read when clicked, so rows rendered later join the list their button adds.
  const scopesOf = new WeakMap<Element, string[]>();
  return {
    add(hits) {
      if (signal.aborted) return;
      const fresh: Element[] = [];
      for (const hit of hits) {
        const container = hit.text.parentElement?.closest(CONTAINER);
        if (!container) continue;
        let list = scopesOf.get(container);
        if (!list) {
          list = [];
          scopesOf.set(container, list);
          fresh.push(container);
        }
        for (const s of hit.scopes) if (!list.includes(s)) list.push(s);
      }
      for (const container of fresh) {
        // One scope already has its own toggle; "all" only helps for two or more.
        if ((scopesOf.get(container)?.length ?? 0) < 2 || !container.parentNode) continue;
        const b = document.createElement('button');
        b.type = 'button';
        b.setAttribute(OWN_ATTR, ADD_ALL_KIND);
        b.textContent = '+ Add all scopes of this endpoint';
        b.style.cssText = `${PAGE_BUTTON_CSS}height:auto;margin:4px 0;padding:1px 8px;`;
        b.addEventListener(
          'click',
          (e) => {
            if (!e.isTrusted) return;
            store.add(...(scopesOf.get(container) ?? []));
          },
          { signal },
        );
        container.parentNode.insertBefore(b, container.nextSibling);
      }
    },
  };
}
