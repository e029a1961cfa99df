// What a script of the web page itself can find (issue #11; SECURITY B4.38): `recordMutations` installs, before
// the page loads, a main-world MutationObserver that keeps every text and attribute value added to the page;
// `pageFinds` then looks for given strings the ways a page can: window.find (which reaches into closed shadow
// roots), the selection, a walk of the DOM and open shadow roots, and the recorded mutations. Runs in Node.
import type { Page } from 'playwright-core';
import { withTimeout } from '../timeout';

export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __twSeen: string[] }).__twSeen = seen;
    const keep = (n: Node) => {
      if (n.nodeType === 3) seen.push(n.nodeValue ?? '');
      if (n.nodeType === 1) {
        const el = n as Element;
        seen.push(el.textContent ?? '');
        for (const a of Array.from(el.attributes)) seen.push(a.value);
      }
    };
    new MutationObserver((records) => {
      for (const r of records) {
        r.addedNodes.forEach(keep);
        if (r.type === 'characterData') seen.push(r.target.nodeValue ?? '');
        if (r.type === 'attributes' && r.attributeName) seen.push((r.target as Element).getAttribute(r.attributeName) ?? '');
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** The needles a page script could find, and how (empty: none). */
export async function pageFinds(page: Page, needles: string[]): Promise<string[]> {
  return withTimeout(page.evaluate((list) => {
    const hits: string[] = [];
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) texts.push(a.value);
        if (el.shadowRoot) walk(el.shadowRoot); // open roots only: a page cannot open a closed one
      }
      texts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
    };
    walk(document);
    const dom = texts.join('\n');
    const recorded = ((window as unknown as { __twSeen?: string[] }).__twSeen ?? []).join('\n');
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
  }, needles), 10_000, 'searching the page for the token');
}

/** Pieces only this JWT contains: stretches of its signature, and the seam of payload and signature. (Not the
 *  payload's start: every token of the tenant begins with the same header and `iss`, and the emulated
 *  dashboard itself shows one.) */
export function tokenNeedles(token: string): string[] {
  const [, payload = '', sig = ''] = token.split('.');
  return [sig.slice(0, 30), sig.slice(-30), `${payload.slice(-16)}.${sig.slice(0, 8)}`].filter((s) => s.length >= 16);
}
