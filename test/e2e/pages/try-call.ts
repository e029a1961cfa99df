// Page object of "Try it" (issue 15) in the inspector tab: the Try buttons of "What can this token call?", the
// call view (form, send, confirmation, answer, JSON tree, 403 fix, history) and the reference page's "Try it"
// button. Roles, labels and the documented data-testids only. Runs in Node (playwright-core).
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class TryCallPage {
  readonly panel: Locator;
  readonly target: Locator;
  readonly answer: Locator;
  readonly status: Locator;
  readonly duration: Locator;
  readonly rate: Locator;
  readonly tree: Locator;
  readonly fix: Locator;
  readonly fixError: Locator;
  readonly problem: Locator;
  readonly history: Locator;
  readonly tokenInput: Locator;
  readonly copyCurl: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('call-panel');
    this.target = page.getByTestId('call-target');
    this.answer = page.getByTestId('call-answer');
    this.status = page.getByTestId('call-status');
    this.duration = page.getByTestId('call-duration');
    this.rate = page.getByTestId('call-rate');
    this.tree = page.getByTestId('call-json');
    this.fix = page.getByTestId('fix403');
    this.fixError = page.getByTestId('fix403-error');
    this.problem = page.getByTestId('call-problem');
    this.history = page.getByRole('table', { name: 'Recent calls' });
    this.tokenInput = page.getByLabel('Paste a token (JWT, JWE or opaque)');
    this.copyCurl = page.getByRole('button', { name: 'Copy as curl' });
  }

  /** A JSON value shown in the answer's tree (strings as the tree shows them, quoted). */
  treeValue(text: string | RegExp): Locator {
    return this.tree.getByText(text);
  }

  /** Opens or closes the `n`th collapsible node of the answer's tree (0 = the root). */
  async toggleNode(n: number): Promise<void> {
    await this.tree.locator('details').nth(n).locator('summary').first().click();
  }

  /** Opens the collapsed "Recent calls to <domain> (n)" history. */
  async openHistory(label: string): Promise<void> {
    await this.page.getByText(label).click();
  }

  get historyRows(): Locator {
    return this.history.locator('tbody tr');
  }

  /** The confirmation dialog a write needs, by its accessible name. */
  confirmDialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Opens "What can this token call?", finds the endpoint and clicks its Try button. */
  async tryFromList(method: string, path: string): Promise<void> {
    await this.page.getByText('What can this token call?').click();
    await this.page.getByRole('searchbox', { name: 'Search endpoints' }).fill(`${method} ${path}`);
    await this.page.getByRole('button', { name: `Try ${method} ${path}`, exact: true }).click();
    await this.panel.waitFor();
  }

  send(method: string): Locator {
    return this.panel.getByRole('button', { name: `Send ${method}`, exact: true });
  }

  param(name: string): Locator {
    return this.panel.getByLabel(name, { exact: true });
  }

  /** Waits for the answer of a call and returns its status. */
  async answered(timeout = 15_000): Promise<number> {
    await this.answer.waitFor({ timeout });
    return Number(await this.answer.getAttribute('data-status'));
  }

  fixButton(scope: string): Locator {
    return this.fix.getByRole('button', { name: `Mint with ${scope} and retry` });
  }

  reveal(field: string): Locator {
    return this.tree.getByRole('button', { name: `Reveal ${field}` });
  }
}

/** Clicks the reference page's "Try it" for an endpoint and returns the inspector tab it opens, with its URL. */
export async function tryFromReferencePage(context: BrowserContext, page: Page, method: string, path: string): Promise<{ tab: Page; openedUrl: string }> {
  let openedUrl = '';
  const opened = context.waitForEvent('page', {
    predicate: (p) => {
      openedUrl = p.url();
      return openedUrl.includes('/src/inspector/index.html');
    },
    timeout: 10_000,
  });
  await page.getByRole('button', { name: `Try ${method} ${path} in Token Workbench` }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  return { tab, openedUrl };
}
