// Page object of the popup's Mint tab (MintPanel, issue #4). Roles and labels only. Runs in Node (playwright-core).
import type { Locator, Page } from 'playwright-core';

export class MintTab {
  readonly generate: Locator;
  readonly alert: Locator;
  readonly token: Locator;
  readonly granted: Locator;
  /** Where the scope list comes from ("bundled catalog" or "the tenant … fetched …"). */
  readonly scopeSource: Locator;
  readonly refreshScopes: Locator;
  readonly searchScopes: Locator;
  /** Organization (issue #12 item 7): the field, its note, and the minted token's org_id / org_name. */
  readonly organization: Locator;
  readonly organizationNote: Locator;
  readonly mintedOrganization: Locator;
  readonly mintedOrgId: Locator;
  readonly mintedOrgName: Locator;
  /** The client's token quota (issue #12 item 8), one list item per period. */
  readonly quota: Locator;
  readonly quotaLines: Locator;

  constructor(readonly page: Page) {
    this.generate = page.getByRole('button', { name: 'Generate' });
    this.alert = page.getByRole('region', { name: 'Mint' }).getByRole('alert');
    this.token = page.getByTestId('minted-token');
    this.granted = page.getByTestId('granted-scopes');
    this.scopeSource = page.locator('[data-role="scope-source"]');
    this.refreshScopes = page.getByRole('button', { name: 'Refresh scope list' });
    this.searchScopes = page.getByLabel('Search scopes');
    this.organization = page.getByLabel('Organization', { exact: true });
    this.organizationNote = page.getByTestId('organization-field');
    this.mintedOrganization = page.getByTestId('mint-organization');
    this.mintedOrgId = page.getByTestId('mint-org-id');
    this.mintedOrgName = page.getByTestId('mint-org-name');
    this.quota = page.getByTestId('mint-quota');
    this.quotaLines = this.quota.getByRole('listitem');
  }

  /** The picker's checkbox of one scope. */
  scope(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  async open(): Promise<this> {
    await this.page.getByRole('tab', { name: 'Mint' }).click();
    await this.page.getByLabel('Profile', { exact: true }).waitFor();
    return this;
  }

  async choose(o: { profile?: string; mode?: string; audience?: string; scopes?: string[]; typed?: string[] }): Promise<void> {
    if (o.profile) await this.page.getByLabel('Profile', { exact: true }).selectOption({ label: o.profile });
    if (o.mode) await this.page.getByLabel('Mode').selectOption(o.mode);
    if (o.audience) {
      await this.page.getByLabel('Other API').check();
      await this.page.getByLabel('API identifier (audience)').fill(o.audience);
    }
    for (const s of o.scopes ?? []) {
      await this.searchScopes.fill(s);
      await this.scope(s).check();
    }
    if (o.scopes?.length) await this.searchScopes.fill('');
    // APIs other than the Management API have no catalog: a scope is typed and added with Enter.
    for (const s of o.typed ?? []) {
      await this.searchScopes.fill(s);
      await this.searchScopes.press('Enter');
    }
  }

  /** Generate, then wait for a token or an error; returns which. */
  async mint(timeout = 30_000): Promise<'token' | 'error'> {
    await this.generate.click();
    await this.token.or(this.alert).first().waitFor({ timeout });
    return (await this.alert.count()) > 0 ? 'error' : 'token';
  }

  async revealToken(): Promise<string> {
    await this.page.getByRole('button', { name: 'Show' }).click();
    return ((await this.token.textContent()) ?? '').trim();
  }

  async grantedScopes(): Promise<string[]> {
    const text = (await this.granted.locator('code').textContent()) ?? '';
    return text.split(' ').filter(Boolean);
  }
}
