// Unit tests for scope decoration (src/content/scan.ts + features/scope-toggles.ts) on a fixture DOM with the
// markup shapes of FACTS §6 and the emulator: label+checkbox, span in div[role=checkbox], table cells, code
// chips, a comma-separated sentence; decoys stay untouched, rescans add nothing, added nodes get decorated.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/rpc', () => ({ send: vi.fn(async () => ({ ok: true, data: {} })) }));

import { initScopeToggles } from '../../../src/content/features/scope-toggles';
import { initEndpointAddAll } from '../../../src/content/features/endpoint-add-all';
import { OWN_ATTR, watchAdded } from '../../../src/content/observe';
import { ScopeStore } from '../../../src/content/tray/store';
import { fixture, flush, trustedClick } from './helpers';

const MARKUP = `
<div class="scope-grid">
  <label class="chip"><input type="checkbox" id="cb0"> read:users</label>
  <ul><li class="chip"><input type="checkbox" id="c1"><label for="c1">update:users</label></li></ul>
  <div class="chip" role="checkbox" aria-checked="false" tabindex="0"><span class="tick"></span><span class="chip-text">delete:users</span></div>
</div>
<table><tbody>
  <tr><td><code>read:clients</code></td><td>Read Clients</td></tr>
  <tr><td>create:clients</td><td>Create Clients</td></tr>
  <tr><td>read:orders</td><td>A custom API permission</td></tr>
</tbody></table>
<div class="scope-chips"><code title="Read Logs">read:logs</code><code>read:stats</code></div>
<p id="sentence">This endpoint accepts any one of: read:roles, update:roles.</p>
<p>Requires <span class="scope">read:current_user</span></p>
<aside id="decoys">
  <p>Note: read carefully</p><time>12:30</time> <a href="https://x">https://x</a>
  <code>foo:</code> <code>a:b:c</code> <kbd>read:</kbd> <span>12:30</span>
  <p>before 12:30 — values like foo: or a:b:c are not permissions.</p>
</aside>
<textarea>read:users</textarea><input value="read:users"><script>var s = "read:users";</script><style>/* read:users */</style>
`;
const EXPECTED = ['read:users', 'update:users', 'delete:users', 'read:clients', 'create:clients', 'read:logs', 'read:stats',
  'read:roles', 'update:roles', 'read:current_user'];

const toggles = (root: ParentNode = document) => [...root.querySelectorAll<HTMLButtonElement>(`button[${OWN_ATTR}="scope"]`)];
const counts = () => toggles().reduce<Record<string, number>>((m, b) => ({ ...m, [b.dataset.scope!]: (m[b.dataset.scope!] ?? 0) + 1 }), {});

describe('scope toggles', () => {
  let store: ScopeStore;
  let ctl: AbortController;
  beforeEach(() => {
    store = new ScopeStore();
    ctl = new AbortController();
  });

  it('decorates every scope exactly once and leaves decoys alone', () => {
    const fx = fixture(MARKUP);
    const t = initScopeToggles({ store, custom: false, signal: ctl.signal });
    t.scan(fx);
    expect(toggles()).toHaveLength(0); // the scan only reads; the toggles are written in a later slice
    t.flush();
    const c = counts();
    expect(Object.keys(c).sort()).toEqual([...EXPECTED].sort());
    expect(Object.values(c).every((n) => n === 1)).toBe(true);
    expect(toggles(fx.querySelector('#decoys')!)).toHaveLength(0);
    expect(c['read:orders']).toBeUndefined(); // not a Management name, and custom names are off here
  });

  it('puts toggles next to the name without moving, wrapping or entering the page controls', () => {
    const fx = fixture(MARKUP);
    const before = [...fx.querySelectorAll('*')];
    const t = initScopeToggles({ store, custom: false, signal: ctl.signal });
    t.scan(fx);
    t.flush();
    // The page's own elements are all still there, in the same order.
    expect([...fx.querySelectorAll(`*:not([${OWN_ATTR}])`)]).toEqual(before);
    const byScope = (s: string) => toggles().find((b) => b.dataset.scope === s)!;
    expect(byScope('delete:users').previousElementSibling?.getAttribute('role')).toBe('checkbox'); // outside the ARIA checkbox
    expect(byScope('read:users').parentElement?.localName).toBe('label'); // a button inside a label does not flip it
    expect(byScope('read:clients').previousElementSibling?.localName).toBe('code');
    expect(byScope('read:roles').nextElementSibling).toBe(byScope('update:roles')); // reading order kept
    for (const b of toggles()) expect(b.getAttribute('aria-label')).toBe(`Add ${b.dataset.scope} to the token`);
  });

  it('a rescan adds nothing', () => {
    const fx = fixture(MARKUP);
    const t = initScopeToggles({ store, custom: false, signal: ctl.signal });
    t.scan(fx);
    t.flush();
    const n = toggles().length;
    t.scan(fx);
    t.scan(document.body);
    t.flush();
    expect(toggles()).toHaveLength(n);
  });

  it('accepts a custom API permission by syntax only inside permission cells', () => {
    const fx = fixture(`${MARKUP}<p>read:orders in prose</p>`);
    const t = initScopeToggles({ store, custom: true, signal: ctl.signal });
    t.scan(fx);
    t.flush();
    expect(counts()['read:orders']).toBe(1);
    expect(toggles(fx.querySelector('#decoys')!)).toHaveLength(0);
  });

  it('decorates nodes the page adds later, through the batched observer', async () => {
    const fx = fixture('<div id="panel"></div>');
    const t = initScopeToggles({ store, custom: false, signal: ctl.signal });
    t.scan(fx);
    watchAdded(fx, ctl.signal, (nodes) => nodes.forEach((n) => t.scan(n)));
    const panel = fx.querySelector('#panel')!;
    for (const s of ['read:grants', 'create:users', '12:30']) {
      const label = document.createElement('label');
      label.append(document.createElement('input'), ` ${s}`);
      panel.append(label);
    }
    await flush();
    expect(Object.keys(counts()).sort()).toEqual(['create:users', 'read:grants']);
    ctl.abort();
    const late = document.createElement('code');
    late.textContent = 'read:tenant_settings';
    panel.append(late);
    await flush();
    expect(counts()['read:tenant_settings']).toBeUndefined(); // torn down
  });

  it('trusted clicks toggle the store and every toggle of that scope; synthetic clicks do nothing', () => {
    const fx = fixture(`${MARKUP}<code>read:users</code>`);
    const t = initScopeToggles({ store, custom: false, signal: ctl.signal });
    t.scan(fx);
    t.flush();
    const readUsers = toggles().filter((b) => b.dataset.scope === 'read:users');
    expect(readUsers).toHaveLength(2);
    const checkbox = fx.querySelector<HTMLInputElement>('#cb0')!;
    readUsers[0]!.click();
    readUsers[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(store.list()).toEqual([]);
    trustedClick(readUsers[0]!);
    expect(store.list()).toEqual(['read:users']);
    // The page's checkbox must stay as it was. happy-dom activates a label for clicks on any descendant, while
    // browsers skip interactive descendants such as our button (HTML label activation behaviour), so this is
    // asserted in the Chromium e2e (scope-click.e2e.ts), not here.
    void checkbox;
    for (const b of readUsers) {
      expect(b.getAttribute('aria-pressed')).toBe('true');
      expect(b.getAttribute('aria-label')).toBe('Remove read:users from the token');
    }
    trustedClick(readUsers[1]!);
    expect(store.list()).toEqual([]);
    expect(readUsers[0]!.getAttribute('aria-pressed')).toBe('false');
  });

  it('offers "Add all scopes of this endpoint" once per scope list of two or more', () => {
    const fx = fixture(`<section><div class="scope-chips"><code>read:users</code><code>read:user_idp_tokens</code></div></section>
      <section><ul><li>read:roles</li><li>create:roles</li></ul></section><section><p>Only <span>read:logs</span></p></section>`);
    const addAll = initEndpointAddAll({ store, signal: ctl.signal });
    const t = initScopeToggles({ store, custom: false, signal: ctl.signal, onHits: (hits) => addAll.add(hits) });
    t.scan(fx);
    t.scan(fx);
    t.flush();
    const buttons = [...fx.querySelectorAll<HTMLButtonElement>(`[${OWN_ATTR}="add-all"]`)];
    expect(buttons.map((b) => b.textContent)).toEqual(['+ Add all scopes of this endpoint', '+ Add all scopes of this endpoint']);
    buttons[1]!.click();
    expect(store.list()).toEqual([]);
    trustedClick(buttons[1]!);
    expect(store.list()).toEqual(['read:roles', 'create:roles']);
  });
});
