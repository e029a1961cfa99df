// Unit tests for the reference pages' "Try it" buttons (src/content/features/try-endpoint.ts, issue 15): one
// button after each endpoint path whose block starts with the method, none for prose or other paths, and a
// trusted click sends call.open with metadata only (never a token).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn(async () => ({ ok: true, data: { opened: true } }));
vi.mock('../../../src/shared/rpc', () => ({ send: (...args: unknown[]) => send(...(args as [])) }));

import { initTryEndpoint } from '../../../src/content/features/try-endpoint';
import { OWN_ATTR } from '../../../src/content/observe';
import { fixture, trustedClick } from './helpers';

const buttons = () => [...document.querySelectorAll<HTMLButtonElement>(`[${OWN_ATTR}="try-endpoint"]`)];

describe('try-endpoint buttons', () => {
  beforeEach(() => send.mockClear());

  it('adds one "Try it" after each METHOD + path, and none elsewhere', () => {
    fixture(`
      <p><span class="method">GET</span><code class="path">/api/v2/users</code></p>
      <article><h2>Delete a user</h2><div><b>DELETE</b> <code>/api/v2/users/{id}</code></div></article>
      <p>Call <code>/api/v2/users</code> to list users.</p>
      <p><span>GET</span><code>/oauth/token</code></p>`);
    const t = initTryEndpoint(new AbortController().signal);
    t.scan(document.body);
    t.scan(document.body); // idempotent
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual(['Try GET /api/v2/users in Token Workbench', 'Try DELETE /api/v2/users/{id} in Token Workbench']);
    expect(buttons()[0]!.previousElementSibling?.textContent).toBe('/api/v2/users');
  });

  it('a trusted click sends call.open with the method and template only; a scripted click sends nothing', () => {
    fixture(`<p><span>PATCH</span><code>/api/v2/users/{id}</code></p>`);
    initTryEndpoint(new AbortController().signal).scan(document.body);
    buttons()[0]!.click();
    expect(send).not.toHaveBeenCalled();
    trustedClick(buttons()[0]!);
    expect(send).toHaveBeenCalledWith('call.open', { method: 'PATCH', template: '/api/v2/users/{id}' });
  });

  it('adds nothing once the page feature is aborted', () => {
    fixture(`<p><span>GET</span><code>/api/v2/users</code></p>`);
    const c = new AbortController();
    const t = initTryEndpoint(c.signal);
    c.abort();
    t.scan(document.body);
    expect(buttons()).toHaveLength(0);
  });
});
