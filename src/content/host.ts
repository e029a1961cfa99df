// The one host element of the content script's UI (issue #11; SECURITY B4.38). Runs in the content script.
// Its tag name is random per page load, so a page cannot pre-create it to stop the tray from mounting, nor
// style it by name; its position and visibility are set inline with !important, which page style sheets cannot
// override (a page script still can: ./tray/visibility.ts checks before a click counts). The shadow root is
// closed, but a page can still read text inside it (`window.find`), so the tray never holds a token.

/** The attribute tests and the page-side scanners use to recognise the host; its value is the load state. */
export const HOST_STATE_ATTR = 'data-token-workbench';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  right: '16px',
  bottom: '16px',
  'z-index': '2147483646',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'pointer-events': 'auto',
};

let current: HTMLElement | null = null;

function randomTag(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `tw-${Array.from(bytes, (b) => letters[b % 26]).join('')}`;
}

/** Mounts the host once per document, whatever the page already contains. */
export function mountHost(): { host: HTMLElement; shadow: ShadowRoot } | null {
  if (current) return null; // never mount twice (a re-injected script)
  const host = document.createElement(randomTag());
  host.setAttribute(HOST_STATE_ATTR, 'loading');
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  document.documentElement.append(host);
  current = host;
  return { host, shadow };
}

/** True for our host or anything inside it (the page-side scanners skip it). */
export function isInHost(node: Node | null): boolean {
  return !!current && !!node && (node === current || current.contains(node));
}
