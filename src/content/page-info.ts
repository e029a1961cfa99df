// Reads what the page says about itself: the API's "Identifier" (its audience) shown in the dashboard's API
// header or Settings tab. Runs in the content script, on demand only (when the tray needs the audience), not
// per mutation. FACTS §6: the real DOM is unknown, so this keys on the visible label text, then takes the
// value next to it: a labelled input, the next element, or the rest of the same line.

import { isInHost } from './host';

const LABEL_TEXT = 'identifier';
const MAX_IDENTIFIER = 600;

function clean(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  return v && v.length <= MAX_IDENTIFIER && !/\s/.test(v) ? v : null;
}

function valueNear(label: Element): string | null {
  if (label instanceof HTMLLabelElement && label.htmlFor) {
    const input = label.ownerDocument.getElementById(label.htmlFor);
    if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) return clean(input.value);
  }
  for (let next = label.nextElementSibling, i = 0; next && i < 3; next = next.nextElementSibling, i++) {
    const v = next instanceof HTMLInputElement ? clean(next.value) : clean(next.textContent);
    if (v) return v;
  }
  return null;
}

/** The identifier (audience) of the API the page shows, or null when the page does not show one. */
export function readIdentifier(doc: Document = document): string | null {
  const walker = doc.createTreeWalker(doc.body ?? doc, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = n.nodeValue ?? '';
    if (data.length > 40 || data.trim().toLowerCase().replace(/:$/, '') !== LABEL_TEXT) continue;
    const el = n.parentElement;
    if (!el || isInHost(el)) continue;
    const v = valueNear(el);
    if (v) return v;
  }
  return null;
}

/** The tenant domain named by a Management API identifier `https://DOMAIN/api/v2/`, else null. */
export function managementDomainOf(identifier: string | null): string | null {
  const m = identifier ? /^https:\/\/([a-z0-9.-]+)\/api\/v2\/?$/i.exec(identifier) : null;
  return m ? m[1]!.toLowerCase() : null;
}

