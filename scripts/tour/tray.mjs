// The tour's driver for the content script's tray in Chromium (Node, playwright-core). The tray lives in a CLOSED
// shadow root that locators cannot enter, so, like the Chromium e2e test (test/e2e/scope-click.e2e.ts), it
// finds the root over CDP (DOM.getDocument with pierce) and runs functions on it; clicks are real mouse clicks at
// the control's coordinates, so the tray's `event.isTrusted` check passes. Every wait is bounded.

function findNode(n, pred) {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = findNode(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

export class TourTray {
  constructor(page, cdp, root) {
    this.page = page;
    this.cdp = cdp;
    this.root = root;
  }

  static async attach(page) {
    await page.locator('token-workbench-root').waitFor({ state: 'attached', timeout: 10_000 });
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findNode(root, (n) => n.nodeName === 'TOKEN-WORKBENCH-ROOT');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('no shadow root on the tray host');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return new TourTray(page, cdp, object.objectId);
  }

  /** Runs `(root, arg) => …` (source text) on the shadow root; JSON result. */
  async eval(fn, arg = null) {
    const out = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: this.root,
      functionDeclaration: `function(arg){ return (${fn})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (out.exceptionDetails) throw new Error(`tray eval failed: ${out.exceptionDetails.text}`);
    return out.result.value;
  }

  /** A trusted click on the first visible button whose text or aria-label is `name`. */
  async click(name) {
    const box = await this.eval(
      `(root, name) => {
        const b = [...root.querySelectorAll('button')].find((x) => !x.closest('[hidden]') && (x.textContent === name || x.getAttribute('aria-label') === name));
        if (!b) return null;
        b.scrollIntoView({ block: 'center' });
        const r = b.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      }`,
      name,
    );
    if (!box) throw new Error(`no tray button "${name}"`);
    await this.page.mouse.click(box[0], box[1]);
  }

  text(selector) {
    return this.eval(`(root, sel) => root.querySelector(sel)?.textContent ?? null`, selector);
  }

  async waitFor(selector, ms = 15_000) {
    const until = Date.now() + ms;
    for (;;) {
      const t = await this.text(selector);
      if (t !== null) return t;
      if (Date.now() > until) throw new Error(`the tray never showed ${selector}; status: ${await this.text('.err')}`);
      await this.page.waitForTimeout(100);
    }
  }

  async detach() {
    await this.cdp.detach().catch(() => undefined);
  }
}
