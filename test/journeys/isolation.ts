// What a script of the web page itself can find (issue #11; SECURITY B4.38), for the journeys on both browsers:
// `recordMutations` (given to Driver.openWebPage as `beforeLoad`) installs, before the page's own scripts, a
// main-world MutationObserver that keeps every text and attribute value added to the page; `pageFinds` then looks
// for given strings the ways a page can: window.find (which reaches into closed shadow roots in Chromium), the
// selection, a walk of the DOM and open shadow roots, and the recorded mutations. Runs in Node; the functions
// below are serialised into the page, so they bind no inner function to a name (the lane's tsx keeps names by
// wrapping such functions in a `__name` helper the page does not have).
import type { UiPage } from './driver';

export function recordMutations(): void {
  const seen: string[] = [];
  (window as unknown as { __twSeen: string[] }).__twSeen = seen;
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === 3) seen.push(n.nodeValue ?? '');
        if (n.nodeType !== 1) continue;
        seen.push((n as Element).textContent ?? '');
        for (const a of Array.from((n as Element).attributes)) seen.push(a.value);
      }
      if (r.type === 'characterData') seen.push(r.target.nodeValue ?? '');
      if (r.type === 'attributes' && r.attributeName) seen.push((r.target as Element).getAttribute(r.attributeName) ?? '');
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** The needles a page script could find, and how (empty: none). Fails when the recorder is missing, so a page
 *  opened without `recordMutations` cannot pass for one where nothing was seen. */
export function pageFinds(page: UiPage, needles: string[]): Promise<string[]> {
  return page.evaluate(
    (list) => {
      const seen = (window as unknown as { __twSeen?: string[] }).__twSeen;
      if (!seen) return ['no mutation recorder in this page'];
      const hits: string[] = [];
      const texts: string[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          for (const a of Array.from(el.attributes)) texts.push(a.value);
          if (el.shadowRoot) roots.push(el.shadowRoot); // open roots only: a page cannot open a closed one
        }
        texts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      }
      const dom = texts.join('\n');
      const recorded = seen.join('\n');
      for (const n of list) {
        getSelection()?.removeAllRanges();
        const found = (window as unknown as { find(s: string, cs: boolean, back: boolean, wrap: boolean): boolean }).find(n, true, false, true);
        if (found) hits.push(`window.find: ${n.slice(0, 12)}`);
        if ((getSelection()?.toString() ?? '').includes(n)) hits.push(`selection: ${n.slice(0, 12)}`);
        if (dom.includes(n)) hits.push(`DOM: ${n.slice(0, 12)}`);
        if (recorded.includes(n)) hits.push(`mutations: ${n.slice(0, 12)}`);
      }
      getSelection()?.removeAllRanges();
      return hits;
    },
    needles,
    'searching the page for the token',
  );
}

/** Pieces only this JWT contains: stretches of its signature, and the seam of payload and signature. (Not the
 *  payload's start: every token of the tenant begins with the same header and `iss`, and the emulated
 *  dashboard itself shows one.) */
export function tokenNeedles(token: string): string[] {
  const [, payload = '', sig = ''] = token.split('.');
  return [sig.slice(0, 30), sig.slice(-30), `${payload.slice(-16)}.${sig.slice(0, 8)}`].filter((s) => s.length >= 16);
}
