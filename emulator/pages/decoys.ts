// Scope-lookalike decoys sprinkled on every emulator page, so the content script's text-based scope
// recogniser (FACTS §6: the real dashboard DOM is unknown, so it matches text) is tested against strings that
// contain colons but are not scope names. Runs in Node (server-rendered part of each page).
import { html, type SafeHtml } from './html';

/** Each must NOT be decorated by the content script. */
export const DECOYS = ['12:30', 'https://x', 'foo:', 'Note: read carefully', 'a:b:c', 'read:'] as const;

/** Some decoys stand alone in their own text node (the hardest case for a whole-text-node matcher), others sit
 *  inside sentences; the markup differs by variant so nothing can key on one structure. */
export function decoyBlock(variant: number): SafeHtml {
  switch (variant % 3) {
    case 0:
      return html`<aside class="decoys notice" aria-label="Tenant notices">
  <p>Note: read carefully</p>
  <p>Maintenance window starts at <time>12:30</time> UTC. Status page: <a href="https://x">https://x</a></p>
  <p>Legacy keys look like <code>a:b:c</code> or <code>foo:</code>; an empty prefix such as <code>read:</code> is invalid.</p>
</aside>`;
    case 1:
      return html`<footer class="decoys">
  <ul class="plain">
    <li><span>12:30</span></li><li><span>read:</span></li><li><span>foo:</span></li>
    <li><span>a:b:c</span></li><li><a href="https://x">https://x</a></li>
  </ul>
  <small>Note: read carefully</small>
</footer>`;
    default:
      return html`<div class="decoys callout" role="note">
  <strong>Note: read carefully</strong> before 12:30 — values like foo: or a:b:c are not permissions.
  <div><kbd>read:</kbd> <kbd>a:b:c</kbd> <samp>https://x</samp> <samp>12:30</samp></div>
</div>`;
  }
}
