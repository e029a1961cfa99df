// The options page asks the background for the ledger once per open (issue #7): not again on focus or
// visibility (the vault status still refreshes then), only when storage says `ledger:index` changed, and a
// burst of index writes (a bulk blacklist) costs one fetch. happy-dom, with `send` and storage events faked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const listeners = new Set<Listener>();
vi.mock('../../../src/shared/browser', () => ({
  ext: {
    storage: {
      local: { get: async () => ({}) },
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
  },
}));
const entry = { id: 'l1', profileId: 'p1', mode: 'client-credentials', aud: 'x', scopes: [], requestedScopes: [], iat: 1, exp: null, jti: null, createdAt: 1, blacklist: { state: 'none' }, params: { scopes: [] } };
const send = vi.fn(async (type: string) => (type === 'ledger.list' ? { ok: true, data: { entries: [entry], total: 1 } } : type === 'profiles.list' ? { ok: true, data: [] } : { ok: false, error: { code: 'ERR_LOCKED', message: 'x' } }));
vi.mock('../../../src/shared/rpc', () => ({ send }));

const { OptionsApp } = await import('../../../src/options/OptionsApp');
const calls = (type: string) => send.mock.calls.filter(([t]) => t === type).length;
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
const fire = (changes: Record<string, unknown>, area = 'local') => act(() => listeners.forEach((l) => l(changes, area)));

afterEach(() => {
  render(null, document.body);
  send.mockClear();
  vi.useRealTimers();
});

describe('options page: ledger fetches', () => {
  it('lists once per open, not again on focus or visibility; the vault status does refresh', async () => {
    act(() => render(<OptionsApp />, document.body));
    await flush();
    expect(calls('ledger.list')).toBe(1);
    expect(document.querySelector('table.ledger tbody tr')).not.toBeNull();
    const vault = calls('vault.status');
    await act(() => void window.dispatchEvent(new Event('focus')));
    await act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await flush();
    expect(calls('ledger.list')).toBe(1);
    expect(calls('vault.status')).toBeGreaterThan(vault);
  });
  it('lists again when ledger:index changes, once for a burst, and ignores other keys and areas', async () => {
    vi.useFakeTimers();
    act(() => render(<OptionsApp />, document.body));
    await act(async () => void (await vi.runAllTimersAsync()));
    expect(calls('ledger.list')).toBe(1);
    fire({ settings: {} });
    fire({ 'ledger:index': {} }, 'session');
    await act(async () => void (await vi.advanceTimersByTimeAsync(500)));
    expect(calls('ledger.list')).toBe(1);
    for (let i = 0; i < 5; i++) fire({ 'ledger:index': { newValue: { rev: i } } });
    await act(async () => void (await vi.advanceTimersByTimeAsync(500)));
    expect(calls('ledger.list')).toBe(2);
  });
});
