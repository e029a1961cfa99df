// Unit tests for "Add all scopes of this endpoint" (src/content/features/endpoint-add-all.ts) on the markup of
// issue #12 item 1: today's Mintlify pills (FACTS §10: English div>span pills, fr-CA span pills, under a
// translated h4, inside #scopes-scopes with its anchor), and different shapes (list, sentence, a one-scope
// endpoint beside another), so the grouping keys on the scope names' text and the page structure, not on classes.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/rpc', () => ({ send: vi.fn(async () => ({ ok: true, data: {} })) }));

import { ADD_ALL_KIND, groupScopeLists, initEndpointAddAll } from '../../../src/content/features/endpoint-add-all';
import { initScopeToggles } from '../../../src/content/features/scope-toggles';
import { OWN_ATTR } from '../../../src/content/observe';
import { ScopeStore } from '../../../src/content/tray/store';
import { mintlifyScopes } from '../../../emulator/pages/docs-scopes';
import { fixture, trustedClick } from './helpers';

const ANCHOR = '<div class="absolute"><a href="#scopes-scopes" aria-label="Navigate to header"><svg><path d="M0 0"></path></svg></a></div>';
// FACTS §10, English: one `div[data-component-part=field-info-pill] > span` per scope.
const EN = `<div><div><div><h4>Scopes</h4><div></div></div></div>
  <div><div><p>Scopes define permissions and access levels for API requests and authentication tokens.</p></div></div>
  <div id="scopes-scopes"><div><div class="row">${ANCHOR}
    <div data-component-part="field-info-pill"><span>read:users</span></div><div data-component-part="field-info-pill"><span>read:user_idp_tokens</span></div>
  </div></div></div></div>`;
// FACTS §10, fr-CA: the span is the pill; the heading is translated.
const FR = `<div><h4>Portées</h4><p>Les portées définissent les autorisations.</p>
  <div id="scopes-scopes"><div><div class="row">${ANCHOR}
    <span data-component-part="field-info-pill">read:users</span><span data-component-part="field-info-pill">read:user_idp_tokens</span>
  </div></div></div></div>`;

let store: ScopeStore;
let ctl: AbortController;
beforeEach(() => {
  store = new ScopeStore();
  ctl = new AbortController();
});

function decorate(root: HTMLElement) {
  const addAll = initEndpointAddAll({ store, signal: ctl.signal });
  const t = initScopeToggles({ store, custom: false, signal: ctl.signal, onHits: (hits) => addAll.add(hits) });
  t.scan(root);
  t.flush();
  return [...root.querySelectorAll<HTMLButtonElement>(`button[${OWN_ATTR}="${ADD_ALL_KIND}"]`)];
}

describe('Add all on reference pages', () => {
  for (const [name, markup] of [['English Mintlify pills (div > span)', EN], ['fr-CA Mintlify pills (span)', FR]] as const) {
    it(`${name}: one toggle per pill and one "Add all" that adds both scopes`, () => {
      const fx = fixture(markup);
      const buttons = decorate(fx);
      expect([...fx.querySelectorAll(`button[${OWN_ATTR}="scope"]`)].map((b) => b.getAttribute('data-scope'))).toEqual(['read:users', 'read:user_idp_tokens']);
      expect(buttons).toHaveLength(1);
      // Placed right after the pills' row, inside #scopes-scopes; the pills themselves are not moved.
      expect(buttons[0]!.previousElementSibling!.classList.contains('row')).toBe(true);
      expect(fx.querySelectorAll('[data-component-part=field-info-pill]')).toHaveLength(2);
      buttons[0]!.click(); // synthetic: ignored (SECURITY B4.35)
      expect(store.list()).toEqual([]);
      trustedClick(buttons[0]!);
      expect(store.list()).toEqual(['read:users', 'read:user_idp_tokens']);
    });
  }

  it('works on the emulator\'s own Mintlify markup for every locale shape', () => {
    for (const locale of ['en', 'fr-ca'] as const) {
      const fx = fixture(mintlifyScopes(['read:clients', 'read:client_keys', 'read:client_summary'], locale).value);
      store = new ScopeStore();
      const buttons = decorate(fx);
      expect(buttons, locale).toHaveLength(1);
      trustedClick(buttons[0]!);
      expect(store.list(), locale).toEqual(['read:clients', 'read:client_keys', 'read:client_summary']);
    }
  });

  it('a group page: one button per endpoint list, none for a one-scope endpoint, none spanning two endpoints', () => {
    const fx = fixture(`<main>
      <article><h2>Get users</h2><section><h3>Scopes</h3><ul><li>read:users</li><li>read:user_idp_tokens</li></ul></section></article>
      <article><h2>Create a user</h2><section><h3>Scopes</h3><p>Requires <span>create:users</span></p></section></article>
      <article><h2>Delete a user</h2><section><h3>Scopes</h3><p>Requires <span>delete:users</span></p></section></article>
      <article><h2>Roles</h2><section><h3>Scopes</h3><p>Any one of: <span>read:roles</span>, <span>create:roles</span></p></section></article>
      <article><h2>Logs</h2><p>Send one of read:logs, read:logs_users.</p></article></main>`);
    const buttons = decorate(fx);
    expect(buttons).toHaveLength(3);
    trustedClick(buttons[1]!);
    expect(store.list()).toEqual(['read:roles', 'create:roles']);
    trustedClick(buttons[2]!); // one text node naming two scopes is a list too
    expect(store.list()).toEqual(['read:roles', 'create:roles', 'read:logs', 'read:logs_users']);
    trustedClick(buttons[0]!);
    expect(store.list()).toHaveLength(6);
    const lists = groupScopeLists(
      [...fx.querySelectorAll('li,span')].flatMap((el) => [...el.childNodes].filter((n): n is Text => n.nodeType === 3 && (n as Text).data.includes(':')).map((text) => ({ text, scopes: [text.data] }))),
      fx,
    );
    expect([...lists.values()]).toEqual([['read:users', 'read:user_idp_tokens'], ['read:roles', 'create:roles']]);
  });

  it('pills rendered later join their list; a re-rendered list moves its button', () => {
    const fx = fixture(EN);
    const addAll = initEndpointAddAll({ store, signal: ctl.signal });
    const t = initScopeToggles({ store, custom: false, signal: ctl.signal, onHits: (hits) => addAll.add(hits) });
    t.scan(fx);
    t.flush();
    const row = fx.querySelector('.row')!;
    const pill = document.createElement('div');
    pill.setAttribute('data-component-part', 'field-info-pill');
    pill.append(Object.assign(document.createElement('span'), { textContent: 'read:users_app_metadata' }));
    row.append(pill);
    t.scan(pill);
    t.flush();
    const buttons = [...fx.querySelectorAll<HTMLButtonElement>(`button[${OWN_ATTR}="${ADD_ALL_KIND}"]`)];
    expect(buttons).toHaveLength(1);
    trustedClick(buttons[0]!);
    expect(store.list()).toEqual(['read:users', 'read:user_idp_tokens', 'read:users_app_metadata']);
    // The page replaces the whole block (an SPA re-render): the old button goes, the new block gets its own.
    const fresh = fixture(FR);
    t.scan(fresh);
    t.flush();
    expect(document.querySelectorAll(`button[${OWN_ATTR}="${ADD_ALL_KIND}"]`)).toHaveLength(1);
  });
});
