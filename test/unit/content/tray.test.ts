// Unit tests for the generator tray (src/content/tray/*): current_user scopes shown disabled with the reason,
// Generate only on a trusted click and only with a profile id + scopes, profile preselection and mismatch,
// the masked result with Show and the granted-vs-requested note, the entity/action picker, error text.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../../../src/shared/rpc', () => ({ send: (...args: unknown[]) => send(...args) }));

import { mountTray, USER_ONLY_REASON } from '../../../src/content/tray/tray';
import { ScopeStore } from '../../../src/content/tray/store';
import type { PageTarget } from '../../../src/content/tray/profile';
import { flush, trustedClick } from './helpers';

const PROFILES = [
  { id: 'p-other', label: 'Other', domain: 'other.eu.auth0.com', environment: 'production', canClientCredentials: true, hs256: { customApi: null, legacy: false } },
  { id: 'p-demo', label: 'Demo', domain: 'demo.us.auth0.com', environment: 'development', clientId: 'cid', canClientCredentials: true,
    hs256: { customApi: { audience: 'urn:demo:billing' }, legacy: true } },
];
const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const TOKEN = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iss: 'https://demo.us.auth0.com/', scope: 'read:users' })}.c2ln`;
const DEMO: PageTarget = { tenantDomains: ['demo.us.auth0.com', 'demo.auth0.com'], tenantLabel: 'demo (us)', management: true, customAudience: null };

function setup(target: PageTarget = DEMO) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = host.attachShadow({ mode: 'open' }); // open only so the test can look inside
  const store = new ScopeStore();
  const tray = mountTray(root, { store, target: () => target, curlPath: () => '/api/v2/users', customNames: () => ['read:orders'] });
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
    send.mockReset();
    send.mockImplementation(async (type: string) => {
      if (type === 'profiles.list') return { ok: true, data: PROFILES };
      if (type === 'mint.request') {
        return { ok: true, data: { ledgerId: 'l1', token: TOKEN, expiresAt: Math.floor(Date.now() / 1000) + 3600,
          requestedScopes: ['read:users', 'delete:users'], grantedScopes: ['read:users'], fromCache: false, warnings: [] } };
      }
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
    trustedClick(t.byText('Generate'));
    await flush();
    const mintCall = send.mock.calls.find(([type]) => type === 'mint.request');
    expect(mintCall?.[1]).toEqual({ profileId: 'p-demo', mode: 'client-credentials', audience: 'https://demo.us.auth0.com/api/v2/', scopes: ['read:users'] });
  });

  it('ignores synthetic clicks on Generate (a page cannot mint)', async () => {
    const t = setup();
    t.store.add('read:users');
    await open(t);
    const generate = t.byText('Generate');
    expect(generate.disabled).toBe(false);
    generate.click();
    generate.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(send.mock.calls.filter(([type]) => type === 'mint.request')).toHaveLength(0);
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

  it('offers the modes the profile allows and fixes the audience for HS256', async () => {
    const t = setup({ ...DEMO, management: false, customAudience: 'urn:demo:billing' });
    await open(t);
    const mode = t.field('Mode');
    expect([...mode.options].map((o) => o.value)).toEqual(['client-credentials', 'hs256-custom', 'hs256-legacy']);
    expect(mode.value).toBe('hs256-custom'); // the page's API is the profile's HS256 API
    expect(t.field('Audience').value).toBe('urn:demo:billing');
    expect(t.field('Audience').disabled).toBe(true);
  });

  it('shows the token masked, reveals it on Show, and notes scopes Auth0 did not grant', async () => {
    const t = setup();
    t.store.add('read:users', 'delete:users');
    await open(t);
    trustedClick(t.byText('Generate'));
    await flush();
    const box = t.$('.token');
    expect(box.textContent).toBe(`${TOKEN.slice(0, 8)}…••••`);
    expect(t.root.textContent).not.toContain(TOKEN);
    expect(t.$('[aria-label="Time left"]').textContent).toMatch(/^expires in (59:5\d|1:00:00)$/);
    t.byText('Show').click(); // synthetic: nothing
    expect(box.textContent).not.toBe(TOKEN);
    trustedClick(t.byText('Show'));
    expect(box.textContent).toBe(TOKEN);
    expect(t.$('[data-role="granted-vs-requested"]').textContent).toContain('Not granted: delete:users');
    trustedClick(t.byText('Decode'));
    await flush();
    expect(send).toHaveBeenCalledWith('inspector.open', { token: TOKEN });
  });

  it('says how to unlock when the vault is locked', async () => {
    send.mockImplementation(async (type: string) =>
      type === 'profiles.list' ? { ok: true, data: PROFILES } : { ok: false, error: { code: 'ERR_LOCKED', message: 'Locked.' } });
    const t = setup();
    t.store.add('read:users');
    await open(t);
    trustedClick(t.byText('Generate'));
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
