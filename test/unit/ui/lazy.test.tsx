// The lazy component helper (src/ui/lazy.ts, issue #16 item 6): nothing until its chunk has loaded, then the
// component with the props it was given; the chunk is asked for once however many times it renders; a chunk
// that cannot load says so instead of leaving a silent hole. Runs in vitest (happy-dom).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { lazy } from '../../../src/ui/lazy';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function Hello({ name }: { name: string }) {
  return <p data-testid="hello">Hello {name}</p>;
}

describe('lazy', () => {
  it('renders nothing until the chunk is there, then the component with its props; loads once', async () => {
    let resolve!: (c: typeof Hello) => void;
    const load = vi.fn(() => new Promise<typeof Hello>((r) => (resolve = r)));
    const Lazy = lazy(load);
    await act(async () => render(<div><Lazy name="a" /><Lazy name="b" /></div>, root));
    expect(root.querySelector('[data-testid="hello"]')).toBeNull();
    expect(root.textContent).toBe('');
    await act(async () => resolve(Hello));
    await vi.waitFor(() => expect([...root.querySelectorAll('[data-testid="hello"]')].map((p) => p.textContent)).toEqual(['Hello a', 'Hello b']));
    await act(async () => render(<Lazy name="c" />, root));
    expect(root.textContent).toBe('Hello c');
    expect(load).toHaveBeenCalledTimes(1);
  });
  it('a chunk that fails to load is reported, not left blank', async () => {
    const Lazy = lazy<{ name: string }>(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    await act(async () => render(<Lazy name="a" />, root));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('Failed to fetch dynamically imported module'));
  });
});
