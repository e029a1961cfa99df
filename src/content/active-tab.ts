// Which dashboard tab is showing, by its visible title (issue #12 item 9): the machine-to-machine tab may be
// titled "Machine to Machine Applications" or "Application Access", the Permissions tab formerly "Scopes"
// (FACTS §6), and a slug we have not seen must not hide the tab. Runs in the content script, on demand; reads
// only the selected tab or current link (ARIA state, never classes).
import { isInHost } from './host';
import { tabFromTitle } from './route';

const SELECTED = '[role=tab][aria-selected=true],a[aria-current=page],a[aria-current=true],[role=tab][aria-current=page]';

/** The canonical tab the page marks as current (`authorized-clients`, `permissions`, …), or null. */
export function activeTabFromPage(doc: Document = document): string | null {
  for (const el of doc.querySelectorAll(SELECTED)) {
    if (isInHost(el)) continue;
    const text = el.textContent ?? '';
    if (text.length > 80) continue;
    const tab = tabFromTitle(text);
    if (tab) return tab;
  }
  return null;
}
