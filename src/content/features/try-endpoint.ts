// Feature (Management API reference pages, issue 15): a "Try it" button after each endpoint's path
// (`GET /api/v2/users/{id}`). Runs in the content script, which is untrusted and never sees a token: the click
// sends only metadata (method and path template, `call.open`) and the background, after checking it against
// the catalog and rate-limiting it, opens the inspector tab on that endpoint, where the user pastes or mints the
// token. FACTS §10: the real DOM is not known, so this keys on text: an element whose whole text is a path
// under /api/v2/, with exactly an HTTP method in front of it in its block.
import { send } from '../../shared/rpc';
import { isOwn } from '../observe';
import { pageButton } from '../page-button';

export const TRY_KIND = 'try-endpoint';
const PATH = /^\s*(\/api\/v2\/[A-Za-z0-9_{}/.-]{1,280})\s*$/;
const METHOD = /^\s*(GET|POST|PUT|PATCH|DELETE)\s*$/;
const HOLDERS = 'code,span,strong,b,div,p,h1,h2,h3,h4';

export interface TryEndpointButtons {
  scan(root: Node): void;
}

/** The text before `el` inside `block` (bounded): what a reader sees in front of the path. */
function textBefore(el: Node, block: Node): string {
  let s = '';
  for (let n: Node | null = el; n && n !== block && s.length < 100; n = n.parentNode) {
    for (let p = n.previousSibling; p && s.length < 100; p = p.previousSibling) s = (p.textContent ?? '') + s;
  }
  return s;
}

/** The method and template an element names: its own text is the path, and right before it, in its block or
 *  the block around that, stands the HTTP method and nothing else. */
export function endpointOf(el: Element): { method: string; template: string } | null {
  const path = PATH.exec(el.textContent ?? '')?.[1];
  if (!path) return null;
  for (let block = el.parentElement, i = 0; block && i < 2; block = block.parentElement, i++) {
    const method = METHOD.exec(textBefore(el, block))?.[1];
    if (method) return { method, template: path };
  }
  return null;
}

export function initTryEndpoint(signal: AbortSignal): TryEndpointButtons {
  const done = new WeakSet<Element>();
  const button = (ep: { method: string; template: string }): HTMLButtonElement =>
    pageButton(
      {
        kind: TRY_KIND,
        text: 'Try it',
        label: `Try ${ep.method} ${ep.template} in Token Workbench`,
        title: 'Call this endpoint from the Token Workbench inspector',
        margin: '0 0 0 6px',
        onTrustedClick: () => void send('call.open', { method: ep.method as 'GET', template: ep.template }),
      },
      signal,
    );
  return {
    scan(root) {
      if (signal.aborted) return;
      const base = root.nodeType === 1 ? (root as Element) : root.parentElement;
      if (!base || isOwn(base)) return;
      const found: [Element, { method: string; template: string }][] = [];
      for (const el of [base, ...base.querySelectorAll(HOLDERS)]) {
        if (done.has(el) || el.children.length > 0) continue; // the innermost element holding the path
        const ep = endpointOf(el);
        if (!ep) continue;
        done.add(el);
        found.push([el, ep]);
      }
      for (const [el, ep] of found) el.parentNode?.insertBefore(button(ep), el.nextSibling);
    },
  };
}
