// Shared helpers for the content-script unit tests (happy-dom): a user-like click (happy-dom cannot make a
// trusted event, so the test marks one as trusted the way only the browser could), and a mutation flush.

export function trustedClick(el: Element): void {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

/** Lets MutationObserver callbacks and promise continuations run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}

/** Builds a fixture from trusted test markup with DOM calls (the repo forbids innerHTML-style sinks in src only). */
export function fixture(markup: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<body><div id="fx">${markup}</div></body>`, 'text/html');
  const fx = document.importNode(doc.getElementById('fx')!, true) as HTMLElement;
  document.body.replaceChildren(fx);
  return fx;
}
