// One labelled button the content script puts into a page ("Decode", "Try it", "+ Add all scopes of this
// endpoint"). Runs in the content script. Marked as ours (OWN_ATTR, so scans skip it), styled inline (page CSS
// cannot restyle it, see styles.ts), and it acts only on a trusted click: a page script's synthetic click does
// nothing (SECURITY B4.35). The listener goes with `signal` when the content script is torn down.
import { OWN_ATTR } from './observe';
import { PAGE_BUTTON_CSS } from './styles';

export interface PageButtonSpec {
  /** The OWN_ATTR value: which feature drew it. */
  kind: string;
  text: string;
  /** Accessible name, when the visible text alone is not enough. */
  label?: string;
  title?: string;
  /** CSS margin of this button where it sits in the page. */
  margin: string;
  onTrustedClick: () => void;
}

export function pageButton(spec: PageButtonSpec, signal: AbortSignal): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.setAttribute(OWN_ATTR, spec.kind);
  b.textContent = spec.text;
  if (spec.label) b.setAttribute('aria-label', spec.label);
  if (spec.title) b.title = spec.title;
  b.style.cssText = `${PAGE_BUTTON_CSS}height:auto;padding:1px 8px;margin:${spec.margin};`;
  b.addEventListener('click', (e) => e.isTrusted && spec.onTrustedClick(), { signal });
  return b;
}
