// The two-driver seam of the user journeys (issue 14; Node): a journey (test/journeys/*.journey.ts) sees only
// these interfaces, so it is written once and runs on Chromium (playwright-core, ./driver-playwright.ts, from
// test/e2e/journeys.e2e.ts) and on Firefox (puppeteer-core over WebDriver BiDi, ./driver-puppeteer.ts, from
// the Firefox lane). Controls are found as a user finds them: by role and accessible name, or by label; the
// decoded view's documented data-testids are the only other hook. The tray, in the content script's CLOSED
// shadow root, is reached through the shared tray driver (test/support/tray-driver.ts) over each browser's
// own transport (CDP on Chromium, WebDriver BiDi on Firefox), with trusted mouse clicks.
import type { Emulator } from '../../emulator/server';
import type { TrayDriver } from '../support/tray-driver';

export type Reply<T = any> = { ok: boolean; data?: T; error?: { code?: string; message?: string } };
export type Role = 'button' | 'tab' | 'combobox' | 'checkbox' | 'radio' | 'textbox' | 'link' | 'heading' | 'status' | 'alert' | 'article';

/** One tab: an extension page or a web page. */
export interface UiPage {
  url(): string;
  /** Types `value` into the field labelled `label` (replacing what is there), as a paste would. */
  fill(label: string, value: string): Promise<void>;
  /** A trusted click on the first visible control with that role and name; `count: 2` is a double click. */
  click(role: Role, name: string, opts?: { count?: number }): Promise<void>;
  /** The current value of the form field labelled `label`. */
  value(label: string): Promise<string>;
  /** Picks the option whose text is `option` in the select labelled `label`. */
  select(label: string, option: string): Promise<void>;
  /** Waits until a control with that role and name is visible. */
  waitFor(role: Role, name: string, ms?: number): Promise<void>;
  isDisabled(role: Role, name: string): Promise<boolean>;
  /** Text of the element with `data-testid=testId`, once it exists. */
  text(testId: string, ms?: number): Promise<string>;
  /** Polls the data-testid's text until `accept` holds; returns it (throws with the last text on timeout). */
  textUntil(testId: string, accept: (text: string) => boolean, ms?: number): Promise<string>;
  /** Runs `fn` in the page (bounded). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A, what: string, ms?: number): Promise<R>;
  /** Waits until `fn` returns truthy in the page; returns that value. */
  poll<R, A>(fn: (arg: A) => R | Promise<R>, arg: A, what: string, ms?: number): Promise<R>;
  /** `runtime.sendMessage({type, payload})` from this page (privileged only if it is an extension page). */
  send<T = any>(type: string, payload: unknown): Promise<Reply<T>>;
  /** The content script's generator tray on this web page, once its host says "ready" (attached afresh). */
  tray(): Promise<TrayDriver>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly browser: 'chromium' | 'firefox';
  /** Our extension's id (Chromium) or gecko id (Firefox). */
  readonly extensionId: string;
  /** Our extension's origin, e.g. chrome-extension://<id> or moz-extension://<uuid>. */
  readonly origin: string;
  /** An extension page (`src/popup/index.html`, ...) in a new tab, sized like a popup when `popup`. */
  openExtensionPage(path: string, opts?: { popup?: boolean }): Promise<UiPage>;
  /** A web page in a new tab; resolves once loaded. `beforeLoad` runs in the page's main world before any of
   *  its own scripts (e.g. to record what the page could observe). */
  openWebPage(url: string, opts?: { beforeLoad?: () => void }): Promise<UiPage>;
  /** The tab whose URL satisfies `match` (one the extension opens), once it has loaded. */
  waitForTab(match: (url: string) => boolean, ms?: number): Promise<UiPage>;
  /** Right-click "Decode JWT" on `selection`: calls the menu handler in the background, returns the tab it opens. */
  decodeViaContextMenu(selection: string): Promise<{ page: UiPage; openedUrl: string }>;
  /** Stops the background (service worker / event page) so the next event starts it afresh. */
  restartBackground(): Promise<void>;
  /** How many tabs are open. */
  tabCount(): Promise<number>;
}

export interface JourneyContext {
  driver: Driver;
  emulator: Emulator;
}

export interface Journey {
  name: string;
  run(t: JourneyContext): Promise<void>;
  /** Per browser: why the journey cannot run there (printed as its skip line). */
  skip?: Partial<Record<Driver['browser'], string>>;
}

export class JourneyFailure extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new JourneyFailure(message);
}

/** Calls `read` until `accept` holds for its value (a failed read counts as not yet); bounded by `ms`. */
export async function until<T>(read: () => Promise<T>, accept: (v: T) => boolean, what: string, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let last = '';
  for (;;) {
    try {
      const v = await read();
      if (accept(v)) return v;
      last = String(v);
    } catch (e) {
      last = (e as Error).message; // e.g. the document is being replaced
    }
    if (Date.now() > deadline) throw new JourneyFailure(`${what}: not there after ${ms} ms (last: ${last.slice(0, 160)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
