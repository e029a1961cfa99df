// Unit tests for the content script's live vocabulary (issue #12 item 6) and the tab-by-title reading (item 9):
// a name only the tenant's list has is decorated once the list arrives (and not before), a custom permission
// the syntax rule refuses is decorated when the live list names it, names are re-checked, the page query sends
// the tenant and API id only, and the selected tab is read from its visible title.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/rpc', () => ({ send: vi.fn(async () => ({ ok: true, data: {} })) }));

import { initScopeToggles } from '../../../src/content/features/scope-toggles';
import { PageVocabulary, pageQuery } from '../../../src/content/live-names';
import { activeTabFromPage } from '../../../src/content/active-tab';
import { OWN_ATTR } from '../../../src/content/observe';
import { parseRoute } from '../../../src/content/route';
import { ScopeStore } from '../../../src/content/tray/store';
import { fixture } from './helpers';

const scopesShown = () => [...document.querySelectorAll(`button[${OWN_ATTR}="scope"]`)].map((b) => b.getAttribute('data-scope'));
let ctl: AbortController;
beforeEach(() => {
  ctl = new AbortController();
});

describe('live vocabulary', () => {
  it('decorates a scope the catalog lacks once the tenant list names it, without decorating anything twice', () => {
    const fx = fixture(`<table><tbody><tr><td><code>read:future_widgets</code></td></tr><tr><td><code>read:users</code></td></tr>
      <tr><td>read:orders_v2</td></tr></tbody></table><p>Note: read:future_widgets, a:b:c</p>`);
    const vocab = new PageVocabulary();
    const t = initScopeToggles({ store: new ScopeStore(), custom: false, signal: ctl.signal, known: vocab.has });
    t.scan(fx);
    t.flush();
    expect(scopesShown()).toEqual(['read:users']);
    expect(vocab.add({ management: ['read:future_widgets', 'read:users', 'bad name', ''], api: ['read:orders_v2'], fetchedAt: 5 })).toBe(true);
    expect([...vocab.management]).toEqual(['read:future_widgets']); // catalog names and malformed names are not kept
    expect(vocab.isManagement('read:future_widgets')).toBe(true);
    expect(vocab.isManagement('read:orders_v2')).toBe(false);
    t.scan(fx);
    t.flush();
    expect(scopesShown().sort()).toEqual(['read:future_widgets', 'read:future_widgets', 'read:orders_v2', 'read:users']);
    expect(vocab.add({ management: ['read:future_widgets'], api: [], fetchedAt: 6 })).toBe(false); // nothing new: no rescan
  });

  it('asks for the page tenant and the custom API id only; reference pages ask for every profile', () => {
    const D = 'https://manage.auth0.com/dashboard/us/demo';
    expect(pageQuery(parseRoute(`${D}/apis/64a1c0ffee0000000000a001/permissions`), ['demo.us.auth0.com'])).toEqual({ domains: ['demo.us.auth0.com'], apiId: '64a1c0ffee0000000000a001' });
    expect(pageQuery(parseRoute(`${D}/apis/management/permissions`), ['demo.us.auth0.com'])).toEqual({ domains: ['demo.us.auth0.com'] });
    expect(pageQuery(parseRoute('https://auth0.com/docs/fr-ca/api/management/v2/users'), [])).toEqual({ domains: [] });
  });
});

describe('tab by title', () => {
  it('reads the selected tab, whatever its slug: Application Access, Machine to Machine Applications, Permissions', () => {
    fixture(`<nav><a href="/x/quickstart">Quick Start</a><a href="/x/p">Permissions</a><a href="/x/new" aria-current="page">Application Access</a></nav>`);
    expect(activeTabFromPage()).toBe('authorized-clients');
    fixture(`<div role="tablist"><button role="tab" aria-selected="false">Settings</button><button role="tab" aria-selected="true">Machine to Machine Applications</button></div>`);
    expect(activeTabFromPage()).toBe('authorized-clients');
    fixture(`<div role="tablist"><button role="tab" aria-selected="true">Permissions</button></div>`);
    expect(activeTabFromPage()).toBe('permissions');
    fixture(`<div role="tablist"><button role="tab" aria-selected="true">Something new</button></div>`);
    expect(activeTabFromPage()).toBeNull();
  });
});
