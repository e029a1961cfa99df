// Unit tests for the generator tray (src/content/tray/*): current_user scopes shown disabled with the reason,
// Mint only on a trusted click on an uncovered tray, with a profile id + scopes through `tray.mint`, profile
// preselection and mismatch, exact vs plain modes, the metadata-only result (never a token) with the extras
// disclosure and the set-up offer, "Open in Token Workbench", the entity/action picker, error text.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../../../src/shared/rpc', () => ({ send: (...args: unknown[]) => send(...args) }));

import { mountTray, USER_ONLY_REASON } from '../../../src/content/tray/tray';
import { ScopeStore } from '../../../src/content/tray/store';
import type { PageTarget } from '../../../src/content/tray/profile';
import { flush, trustedClick } from './helpers';

const MGMT = 'https://demo.us.auth0.com/api/v2/';
const PROFILES = [
  { id: 'p-other', label: 'Other', domain: 'other.eu.auth0.com', environment: 'production', canClientCredentials: true, hs256: { customApi: null, legacy: false }, exactAudiences: [] },
  { id: 'p-demo', label: 'Demo', domain: 'demo.us.auth0.com', environment: 'development', clientId: 'cid', canClientCredentials: true,
    hs256: { customApi: { audience: 'urn:demo:billing' }, legacy: true }, exactAudiences: [MGMT] },
];
const RESULT = { ledgerId: 'l1', mode: 'client-credentials', expiresAt: Math.floor(Date.now() / 1000) + 3600, requestedScopes: ['read:users', 'delete:users'],
  grantedScopes: ['read:users', 'read:logs', 'read:clients'], fromCache: false, grantPatched: false, warnings: [] };
const DEMO: PageTarget = { tenantDomains: ['demo.us.auth0.com', 'demo.auth0.com'], tenantLabel: 'demo (us)', management: true, customAudience: null };

let covered = false;
function setup(target: PageTarget = DEMO) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = host.attachShadow({ mode: 'open' }); // open only so the test can look inside
  const store = new ScopeStore();
  const guard = { clear: async () => !covered }; // the real hit test needs layout (e2e covers it)
  const tray = mountTray(root, { store, target: () => target, customNames: () => ['read:orders'], guard });
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & Element>(sel)!;
  const byText = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
  const byLabel = (label: string) => root.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
  const field = (name: string) => {
    const label = [...root.querySelectorAll('label')].find((l) => l.textContent === name)!;
    return root.getElementById(label.htmlFor) as HTMLSelectElement & HTMLInputElement;
  };
  return { root, store, tray, $, byText, byLabel, field };
}

async function open(t: ReturnType<typeof setup>) {
  trustedClick(t.$('.fab'));
  await flush();
}

describe('generator tray', () => {
  beforeEach(() => {
    covered = false;
    send.mockReset();
    send.mockImplementation(async (type: string) => {
      if (type === 'profiles.list') return { ok: true, data: PROFILES };
      if (type === 'tray.mint') return { ok: true, data: RESULT };
      return { ok: true, data: { opened: true } };
    });
  });

  it('labels every control and counts the chosen scopes on its collapsed button', async () => {
    const t = setup();
    t.store.add('read:users');
    expect(t.$('.fab').textContent).toBe('Token Workbench · 1 scope');
    expect(t.$('.panel').hidden).toBe(true);
    await open(t);
    expect(t.$('.panel').hidden).toBe(false);
    expect(t.$('.fab').getAttribute('aria-expanded')).toBe('true');
    for (const el of t.root.querySelectorAll('button, select, input')) {
      const labelled = el.getAttribute('aria-label') || (el.id && t.root.querySelector(`label[for="${el.id}"]`)) || el.textContent?.trim();
      expect(labelled, el.outerHTML).toBeTruthy();
    }
    expect(t.byLabel('Add scope').textContent).toBe('→');
  });

  it('shows current_user scopes disabled with the reason and never requests them', async () => {
    const t = setup();
    t.store.add('read:current_user', 'read:users');
    await open(t);
    const chip = [...t.root.querySelectorAll('.chip')].find((c) => c.textContent?.startsWith('read:current_user'))!;
    expect(chip.getAttribute('aria-disabled')).toBe('true');
    expect(t.$('[data-role="user-only"]').textContent).toBe(`read:current_user: ${USER_ONLY_REASON}`);
    trustedClick(t.byText('Mint'));
    await flush();
    const mintCall = send.mock.calls.find(([type]) => type === 'tray.mint');
    expect(mintCall?.[1]).toEqual({ profileId: 'p-demo', mode: 'exact', audience: MGMT, scopes: ['read:users'] });
    expect(send.mock.calls.some(([type]) => type === 'mint.request')).toBe(false);
  });

  it('ignores synthetic clicks on Mint (a page cannot mint), and clicks on a covered tray', async () => {
    const t = setup();
    t.store.add('read:users');
    await open(t);
    const mint = t.byText('Mint');
    expect(mint.disabled).toBe(false);
    mint.click();
    mint.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(send.mock.calls.filter(([type]) => type === 'tray.mint')).toHaveLength(0);
    covered = true;
    trustedClick(mint);
    await flush();
    expect(send.mock.calls.filter(([type]) => type === 'tray.mint')).toHaveLength(0);
    expect(t.$('.err').textContent).toContain('covers or hides the token generator');
  });

  it('preselects the page tenant profile and says so plainly when another is chosen', async () => {
    const t = setup();
    await open(t);
    const profile = t.field('Profile');
    expect(profile.value).toBe('p-demo');
    expect(t.$('.warn').textContent).toBe('');
    profile.value = 'p-other';
    profile.dispatchEvent(new Event('change'));
    expect(t.$('.warn').textContent).toContain('This page is for tenant demo (us), but the profile “Other” is for other.eu.auth0.com');
    expect(t.field('Audience').value).toBe('https://other.eu.auth0.com/api/v2/');
  });

  it('offers exact mode where the profile has a minting app for the audience, else client credentials only', async () => {
    const t = setup({ ...DEMO, management: false, customAudience: 'urn:demo:billing' });
    await open(t);
    const mode = t.field('Mode');
    expect([...mode.options].map((o) => o.value)).toEqual(['client-credentials']);
    expect(t.field('Audience').value).toBe('urn:demo:billing');
    const aud = t.field('Audience');
    aud.value = MGMT;
    aud.dispatchEvent(new Event('input'));
    expect([...mode.options].map((o) => o.value)).toEqual(['exact', 'client-credentials']);
    expect(mode.value).toBe('exact');
  });

  it('shows metadata only, lists the scopes Auth0 added unasked, offers exact set-up and opens the token in an extension tab', async () => {
    const t = setup({ ...DEMO, management: false, customAudience: 'https://orders.demo.test/' });
    t.store.add('read:users', 'delete:users');
    await open(t);
    trustedClick(t.byText('Mint'));
    await flush();
    expect(t.$('[aria-label="Time left"]').textContent).toMatch(/^expires in (59:5\d|1:00:00)$/);
    expect(t.$('[data-role="extras"]').textContent).toContain('Auth0 issued 2 scopes you did not pick: read:logs, read:clients.');
    expect(t.$('[data-role="missing"]').textContent).toBe('Not in the token: delete:users.');
    expect(t.root.textContent).toContain('Ledger entry l1');
    for (const gone of ['Show', 'Copy', 'Decode', 'Copy as curl']) expect(t.byText(gone)).toBeUndefined();
    trustedClick(t.byText('Set up exact minting'));
    await flush();
    expect(send).toHaveBeenCalledWith('tray.setupExact', { profileId: 'p-demo', audience: 'https://orders.demo.test/' });
    trustedClick(t.byText('Open in Token Workbench'));
    await flush();
    expect(send).toHaveBeenCalledWith('tray.open', { ledgerId: 'l1' });
  });

  it('offers the organization where the grant requires it, says so before sending, and shows org_id and the quota left', async () => {
    send.mockImplementation(async (type: string) => {
      if (type === 'profiles.list') return { ok: true, data: PROFILES };
      if (type === 'mint.grantInfo') return { ok: true, data: { audience: 'https://orders.demo.test/', organizationUsage: 'require', allowAnyOrganization: false, note: null } };
      if (type === 'tray.mint') {
        return { ok: true, data: { ...RESULT, organization: { requested: 'acme', id: 'org_acme', name: 'acme' },
          quota: [{ owner: 'client', bucket: 'per_hour', quota: 10, remaining: 7, resetSeconds: 3540, text: '7 of 10 tokens left this hour' }] } };
      }
      return { ok: true, data: { opened: true } };
    });
    const t = setup({ ...DEMO, management: false, customAudience: 'https://orders.demo.test/' });
    t.store.add('read:orders');
    await open(t);
    await flush();
    const org = t.field('Organization');
    expect(org.closest('.row')!.hasAttribute('hidden')).toBe(false);
    trustedClick(t.byText('Mint'));
    await flush();
    expect(t.$('.err').textContent).toContain('requires an organization');
    expect(send.mock.calls.some(([type]) => type === 'tray.mint')).toBe(false);
    org.value = 'acme';
    trustedClick(t.byText('Mint'));
    await flush();
    expect(send.mock.calls.find(([type]) => type === 'tray.mint')?.[1]).toMatchObject({ organization: 'acme' });
    expect(t.$('[data-role="organization"]').textContent).toBe('Organization: org_id org_acme · org_name acme');
    expect(t.$('[data-role="quota"]').textContent).toBe('7 of 10 tokens left this hour');
  });

  it('says how to unlock when the vault is locked', async () => {
    send.mockImplementation(async (type: string) =>
      type === 'profiles.list' ? { ok: true, data: PROFILES } : { ok: false, error: { code: 'ERR_LOCKED', message: 'Locked.' } });
    const t = setup();
    t.store.add('read:users');
    await open(t);
    trustedClick(t.byText('Mint'));
    await flush();
    expect(t.$('.err').textContent).toBe('Unlock Token Workbench from its toolbar popup first.');
  });

  it('adds a scope with the entity + action picker and removes it from its chip', async () => {
    const t = setup();
    await open(t);
    const entity = t.field('Entity');
    entity.value = 'orders'; // a custom name the page showed
    entity.dispatchEvent(new Event('change'));
    expect(t.field('Action').value).toBe('read');
    trustedClick(t.byLabel('Add scope'));
    expect(t.store.list()).toEqual(['read:orders']);
    trustedClick(t.byLabel('Remove read:orders from the token'));
    expect(t.store.list()).toEqual([]);
  });
});
