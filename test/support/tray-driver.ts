// The one driver of the content script's tray, which lives in a CLOSED shadow root (no locator enters it). The
// shared journeys (UiPage.tray(), test/journeys), the Chromium-only e2e specs and the tour (Chromium, CDP:
// test/e2e/pages/tray.ts `ShadowTray`) and Firefox (WebDriver BiDi: test/firefox/shadow.ts `ClosedShadow`) read
// the same way: attach, openGenerator(n), click(name),
// select(label, value), text(selector), waitFor(selector), value(label), allText(), ledgerId(). A transport
// supplies only two things: running a function on the shadow root, and a real mouse click at page coordinates
// (trusted input, so the tray's `event.isTrusted` check passes). Runs in Node.
import { withTimeout } from '../e2e/timeout';

export abstract class TrayDriver {
  /** Runs `(root, arg) => …` (source text) on the shadow root in the page; JSON in, JSON out. */
  abstract eval<R>(fn: string, arg?: unknown): Promise<R>;
  /** A trusted mouse click at page coordinates. */
  protected abstract mouseClick(x: number, y: number): Promise<void>;

  /** The centre of the first visible button whose text or aria-label is `name`, scrolled into view. */
  async buttonCentre(name: string): Promise<[number, number]> {
    const box = await this.eval<[number, number] | null>(
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
    return box;
  }

  /** A trusted click on the first visible button whose text or aria-label is `name`, aimed as a user aims: at
   *  where the button is once the tray has stopped moving (it re-lays itself out as profiles and the page's scope
   *  list arrive; a click at a place read a moment earlier can land beside the button, and then nothing happens)
   *  and where the tray's own hit test finds that button, enabled (Mint is dimmed until the profile, mode and
   *  audience are all set; a click on it then does nothing). Bounded by `ms`. */
  async click(name: string, ms = 5_000): Promise<void> {
    const deadline = Date.now() + ms;
    let last = '';
    for (;;) {
      const a = await this.buttonCentre(name);
      await new Promise((r) => setTimeout(r, 60));
      const b = await this.buttonCentre(name);
      const hit = await this.eval<boolean>(
        `(root, [x, y, name]) => {
          const el = root.elementFromPoint(x, y);
          const b = el && el.closest('button');
          return !!b && !b.disabled && (b.textContent === name || b.getAttribute('aria-label') === name);
        }`,
        [b[0], b[1], name],
      );
      if (a[0] === b[0] && a[1] === b[1] && hit) {
        await withTimeout(this.mouseClick(b[0], b[1]), 5_000, `clicking "${name}"`);
        return;
      }
      last = `at ${b.join(',')}${hit ? '' : ', something else is there or it is disabled'}${a[0] === b[0] && a[1] === b[1] ? '' : ', still moving'}`;
      if (Date.now() > deadline) throw new Error(`the tray's "${name}" never held still under the pointer (${last})`);
    }
  }

  /** Opens the generator from the collapsed tray ("Token Workbench · N scopes") and waits until a profile is
   *  preselected, the first step of every tray check. */
  async openGenerator(scopes: number, ms = 20_000): Promise<void> {
    await this.click(`Token Workbench · ${scopes} scope${scopes === 1 ? '' : 's'}`);
    await this.waitFor('option[value]:checked', ms);
  }

  /** Sets a labelled select's value (the label's text) and fires `change`. */
  async select(label: string, value: string): Promise<void> {
    await this.eval(
      `(root, [label, value]) => {
        const l = [...root.querySelectorAll('label')].find((x) => x.textContent === label);
        const s = root.getElementById(l.htmlFor);
        s.value = value;
        s.dispatchEvent(new Event('change'));
      }`,
      [label, value],
    );
  }

  /** The value of the control labelled `label`. */
  value(label: string): Promise<string | null> {
    return this.eval(
      `(root, label) => {
        const l = [...root.querySelectorAll('label')].find((x) => x.textContent === label);
        return l ? root.getElementById(l.htmlFor)?.value ?? null : null;
      }`,
      label,
    );
  }

  /** The text of the first element matching `selector`, or null when there is none. */
  text(selector: string): Promise<string | null> {
    return this.eval(`(root, sel) => root.querySelector(sel)?.textContent ?? null`, selector);
  }

  /** All text of the tray (to prove a token is never there). */
  allText(): Promise<string> {
    return this.eval(`(root) => root.textContent ?? ''`);
  }

  /** Polls until `selector` exists in the root; returns its text. Bounded by `ms`. */
  async waitFor(selector: string, ms = 20_000): Promise<string> {
    const until = Date.now() + ms;
    for (;;) {
      const t = await this.text(selector);
      if (t !== null) return t;
      if (Date.now() > until) throw new Error(`the tray never showed ${selector}; status: ${await this.text('.err')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The ledger id the result view names ("Ledger entry <id> · …"). */
  async ledgerId(): Promise<string> {
    const t = await this.waitFor('.result [data-role="ledger"]');
    const m = /Ledger entry ([A-Za-z0-9_-]+)/.exec(t);
    if (!m) throw new Error(`no ledger id in "${t}"`);
    return m[1]!;
  }
}
