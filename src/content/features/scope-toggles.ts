// Feature: a small toggle button next to every scope name on Auth0 API pages and reference pages ("Add
// read:users to the token", aria-pressed). Runs in the content script. `scan` is the read pass only
// (collectCandidates) and queues what it found; the candidates are tested and the toggles written in batched,
// time-boxed slices (write-queue.ts), each chunk reading the tree first and writing after, never reading layout. The page's
// nodes are never moved or wrapped, only given a next sibling; the page's events are never prevented. Only
// trusted clicks count (SECURITY B4.35: a page can click our button, but its synthetic click changes nothing).
import { isManagementScope } from '../../lib/scopes/scope-names';
import { anchorFor, collectCandidates, scopeHit, type ScopeHit } from '../scan';
import { OWN_ATTR } from '../observe';
import { PAGE_BUTTON_CSS, PAGE_BUTTON_PRESSED_CSS } from '../styles';
import type { ScopeStore } from '../tray/store';
import { writeQueue } from '../write-queue';

export const TOGGLE_KIND = 'scope';
const SELECTOR = `button[${OWN_ATTR}="${TOGGLE_KIND}"]`;

export interface ScopeToggles {
  /** Scans `root` (the document or a node the page just added) and queues toggles for what is new. */
  scan(root: Node): void;
  /** Writes every queued toggle now (tests; the page gets them in the next frame anyway). */
  flush(): void;
}

const label = (scope: string, on: boolean): string => (on ? `Remove ${scope} from the token` : `Add ${scope} to the token`);

function paint(button: HTMLButtonElement, scope: string, on: boolean): void {
  button.setAttribute('aria-pressed', String(on));
  button.setAttribute('aria-label', label(scope, on));
  button.title = label(scope, on);
  button.textContent = on ? '✓' : '+';
  button.style.cssText = on ? PAGE_BUTTON_CSS + PAGE_BUTTON_PRESSED_CSS : PAGE_BUTTON_CSS;
}

/**
 * One styled button per state, cloned for each toggle: the inline style is parsed once (through the CSSOM,
 * which page CSP does not block) instead of once per button, and a clone carries it along.
 */
function templates(): Record<'on' | 'off', HTMLButtonElement> {
  const make = (on: boolean): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute(OWN_ATTR, TOGGLE_KIND);
    paint(b, '', on);
    b.removeAttribute('aria-label');
    b.removeAttribute('title');
    return b;
  };
  return { on: make(true), off: make(false) };
}

export interface ScopeTogglesOptions {
  store: ScopeStore;
  custom: boolean;
  signal: AbortSignal;
  /** Told the new occurrences of each write chunk (custom names, "Add all"), in the write phase too. */
  onHits?: (hits: ScopeHit[]) => void;
  /** Names beyond the catalog (the tenant's live list), read at each write: a list that arrives later counts
   *  from then on, and a rescan of the page decorates what it names. */
  known?: (name: string) => boolean;
}

export function initScopeToggles(opts: ScopeTogglesOptions): ScopeToggles {
  const { store, custom, signal, onHits, known } = opts;
  const seen = new WeakSet<Text>();
  // The scope each toggle stands for, kept here: the page can rewrite our button's data-scope, not this map.
  const scopeOf = new WeakMap<Element, string>();
  const listen = { signal };
  const onClick = (e: Event): void => {
    const scope = scopeOf.get(e.currentTarget as Element);
    if (!e.isTrusted || scope === undefined) return; // a page's synthetic click or dispatchEvent: ignored
    store.toggle(scope);
  };
  let tpl: ReturnType<typeof templates> | null = null;
  const makeToggle = (scope: string): HTMLButtonElement => {
    tpl ??= templates();
    const on = store.has(scope);
    const b = (on ? tpl.on : tpl.off).cloneNode(true) as HTMLButtonElement;
    const text = label(scope, on);
    b.setAttribute('data-scope', scope);
    b.setAttribute('aria-label', text);
    b.setAttribute('title', text);
    scopeOf.set(b, scope);
    b.addEventListener('click', onClick, listen);
    return b;
  };

  /** One chunk of candidates: every read (scopes, anchors, toggles already there) first, then every insertion. */
  const write = (candidates: Text[]): void => {
    const hits: ScopeHit[] = [];
    for (const text of candidates) {
      const hit = scopeHit(text, scanOpts);
      if (hit) hits.push(hit);
    }
    if (hits.length === 0) return;
    const plan: { parent: Node; ref: Node | null; scopes: string[] }[] = [];
    const planned = new Map<Node, Set<string>>(); // two hits sharing one anchor (a control with two names)
    for (const { text, scopes } of hits) {
      if (!text.isConnected) continue; // the page replaced it since the scan; its new node gets scanned
      const after = anchorFor(text);
      const parent = after.parentNode;
      if (!parent) continue;
      // A toggle already there (the page re-rendered the text inside the same element) is not repeated.
      let present = planned.get(after);
      if (!present) planned.set(after, (present = new Set()));
      let ref: Node | null = after.nextSibling;
      while (ref && ref.nodeType === 1 && (ref as Element).getAttribute(OWN_ATTR) === TOGGLE_KIND) {
        present.add((ref as Element).getAttribute('data-scope') ?? '');
        ref = ref.nextSibling;
      }
      const fresh = scopes.filter((s) => !present.has(s) && text.data.includes(s));
      for (const s of fresh) present.add(s);
      if (fresh.length) plan.push({ parent, ref, scopes: fresh });
    }
    // Write phase: nothing below reads the tree or layout. Reading order is kept: same-ref inserts stack.
    for (const { parent, ref, scopes } of plan) for (const s of scopes) parent.insertBefore(makeToggle(s), ref);
    onHits?.(hits);
  };
  const scanOpts = { custom, seen, known: known ? (name: string) => isManagementScope(name) || known(name) : undefined };
  const queue = writeQueue(write, signal);

  const unsubscribe = store.subscribe(() => {
    for (const b of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
      const scope = scopeOf.get(b);
      if (scope === undefined) continue;
      const on = store.has(scope);
      if (b.getAttribute('aria-pressed') !== String(on)) paint(b, scope, on);
    }
  });
  signal.addEventListener('abort', unsubscribe, { once: true });
  return {
    scan(root) {
      if (!signal.aborted) queue.defer(collectCandidates(root));
    },
    flush: () => queue.flush(),
  };
}
