// Mint UI components in happy-dom (issue #4): a saved secret is never echoed (••• saved + Replace, password
// input with autocomplete=off), the scope picker lists granted scopes first and skips user-token-only scopes,
// the token is masked until Show, and ConfirmTenant enables only on the exact tenant name.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

vi.mock('../../../src/shared/browser', () => ({ ext: {} }));
// The background answers the popup's catalog search (issue #7 keeps catalog.json out of the popup bundle).
const CATALOG_ANSWER = {
  scopes: [
    { name: 'read:current_user', description: 'Read Current User', userTokenOnly: true },
    { name: 'read:clients', description: 'Read Clients' },
    { name: 'read:logs', description: 'Read Logs' },
  ],
};
vi.mock('../../../src/shared/rpc', () => ({
  send: vi.fn(async (type: string) => ({ ok: true, data: type === 'catalog.searchScopes' ? CATALOG_ANSWER : { opened: true } })),
}));

const { SecretField } = await import('../../../src/ui/mint/SecretField');
const { ScopePicker } = await import('../../../src/popup/mint/ScopePicker');
const { TokenResult } = await import('../../../src/ui/mint/TokenResult');
const { ConfirmTenant } = await import('../../../src/ui/mint/ConfirmTenant');

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

describe('SecretField', () => {
  it('shows ••• saved with Replace, then a password input with autocomplete off', () => {
    const root = mount(<SecretField label="Client secret" saved value="" onInput={() => undefined} />);
    expect(root.textContent).toContain('••• saved');
    expect(root.querySelector('input')).toBeNull();
    act(() => button(root, 'Replace').click());
    const input = root.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('off');
  });
});

describe('ScopePicker', () => {
  it('lists granted scopes first, tags them, and never offers current_user scopes', async () => {
    const root = mount(<ScopePicker selected={[]} onChange={() => undefined} granted={['read:logs', 'read:users']} catalog />);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0)); // the background's catalog answer arrives
    });
    const names = [...root.querySelectorAll('input[type=checkbox]')].map((c) => c.getAttribute('aria-label'));
    expect(names).toEqual(['read:logs', 'read:users', 'read:clients']);
    expect(names.some((n) => n?.includes('current_user'))).toBe(false);
    expect(root.querySelectorAll('.tag')).toHaveLength(2);
  });
});

describe('TokenResult', () => {
  it('masks the token until Show and lists scopes that were not granted', () => {
    const result = { ledgerId: 'l1', token: 'aaa.bbb.ccc', mode: 'client-credentials' as const, expiresAt: Math.floor(Date.now() / 1000) + 60, requestedScopes: ['read:users', 'delete:users'], grantedScopes: ['read:users'], fromCache: false, warnings: [] };
    const root = mount(<TokenResult result={result} />);
    expect(root.textContent).not.toContain('aaa.bbb.ccc');
    expect(root.textContent).toContain('Not in the token: delete:users.');
    act(() => button(root, 'Show').click());
    expect(root.textContent).toContain('aaa.bbb.ccc');
  });
});

describe('ConfirmTenant', () => {
  it('enables the action only once the tenant name is typed', () => {
    const onConfirm = vi.fn();
    const root = mount(<ConfirmTenant domain="prod.eu.auth0.com" action="Remove" confirmLabel="Remove profile" onConfirm={onConfirm} onCancel={() => undefined} />);
    const confirm = button(root, 'Remove profile');
    expect(confirm.disabled).toBe(true);
    const input = root.querySelector('input') as HTMLInputElement;
    act(() => {
      input.value = 'prod';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(button(root, 'Remove profile').disabled).toBe(false);
    act(() => button(root, 'Remove profile').click());
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
