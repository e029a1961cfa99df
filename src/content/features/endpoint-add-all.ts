// Feature (reference pages): an "Add all scopes of this endpoint" button after each endpoint's scope list.
// Runs in the content script. Grouping keys on the scope names the toggles feature found (their text), never on
// class names or on one text run: today's Mintlify pages render one pill per scope under `#scopes-scopes`, so no
// element's own text holds the list (FACTS §10). A scope's list is the nearest ancestor that holds another
// scope too (the pills' flex row, a <ul>, a sentence's <p>), as long as that ancestor holds no heading: a
// container with headings spans several endpoints or sections, and a one-scope endpoint gets no button.
import type { ScopeHit } from '../scan';
import { pageButton } from '../page-button';
import type { ScopeStore } from '../tray/store';

export const ADD_ALL_KIND = 'add-all';
// A heading (any level, any language: its text is never read) marks where one endpoint or section ends.
const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading]';

export interface EndpointAddAll {
  add(hits: ScopeHit[]): void;
}

/**
 * The scope lists among `hits`: container → its scopes in document order. Pure over the DOM (reads only), so
 * it is unit-tested on each markup shape. `stop` bounds the walk (the document body).
 */
export function groupScopeLists(hits: readonly ScopeHit[], stop: Node | null): Map<Element, string[]> {
  const live = hits.filter((h) => h.text.isConnected);
  // How many scope names sit under each ancestor (a text node naming two scopes counts twice).
  const count = new Map<Element, number>();
  for (const h of live) {
    for (let el = h.text.parentElement; el && el !== stop; el = el.parentElement) count.set(el, (count.get(el) ?? 0) + h.scopes.length);
  }
  const lists = new Map<Element, string[]>();
  for (const h of live) {
    let el = h.text.parentElement;
    while (el && el !== stop && (count.get(el) ?? 0) < 2) el = el.parentElement;
    if (!el || el === stop || el.matches(HEADING) || el.querySelector(HEADING)) continue;
    let list = lists.get(el);
    if (!list) lists.set(el, (list = []));
    for (const s of h.scopes) if (!list.includes(s)) list.push(s);
  }
  for (const [el, list] of lists) if (list.length < 2) lists.delete(el); // one name twice is still one scope
  return lists;
}

export function initEndpointAddAll(opts: { store: ScopeStore; signal: AbortSignal }): EndpointAddAll {
  const { store, signal } = opts;
  const hits: ScopeHit[] = [];
  // Scopes per container, replaced on every regroup and read when clicked, so pills rendered later join the
  // list their button adds. The page cannot reach this map (it could rewrite any attribute we set).
  const scopesOf = new WeakMap<Element, string[]>();
  const buttons = new Map<Element, HTMLButtonElement>();

  // SECURITY B4.35: a page's synthetic click adds nothing (pageButton acts on trusted clicks only).
  const button = (container: Element): HTMLButtonElement =>
    pageButton({ kind: ADD_ALL_KIND, text: '+ Add all scopes of this endpoint', margin: '4px 0', onTrustedClick: () => store.add(...(scopesOf.get(container) ?? [])) }, signal);

  return {
    add(fresh) {
      if (signal.aborted || fresh.length === 0) return;
      hits.push(...fresh);
      const lists = groupScopeLists(hits, document.body);
      // Reads are done; writes follow. A container that is no longer a list (its hits were re-rendered) loses
      // its button; a new list gets one right after it.
      for (const [container, b] of buttons) {
        if (!lists.has(container)) {
          b.remove();
          buttons.delete(container);
        }
      }
      for (const [container, list] of lists) {
        scopesOf.set(container, list);
        if (buttons.has(container) || !container.parentNode) continue;
        const b = button(container);
        container.parentNode.insertBefore(b, container.nextSibling);
        buttons.set(container, b);
      }
      // Forget hits whose text the page removed: their new nodes arrive as fresh hits.
      for (let i = hits.length - 1; i >= 0; i--) if (!hits[i]!.text.isConnected) hits.splice(i, 1);
    },
  };
}
