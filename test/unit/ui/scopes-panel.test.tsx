// The Scopes panel with the catalog in the background (issue #7): a full-scope Management token shows every
// group's summary line at once, per-scope rows (with descriptions from `catalog.describe`) only up to DETAILED
// until "Show all", and the closed "What can this token call?" / "Why 403?" sections render and ask nothing
// until opened. The mocked `send` answers with the real background handlers. Runs in vitest (happy-dom).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => ({ ext: (await import('./fake-ext')).ext, extensionOrigin: () => 'chrome-extension://testextensionid' }));
const send = vi.fn();
vi.mock('../../../src/shared/rpc', () => ({ send: (...args: unknown[]) => send(...args) }));
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { InspectPanel } from '../../../src/ui/inspect/InspectPanel';
import { DETAILED } from '../../../src/ui/inspect/ScopesPanel';
import { catalogHandlers } from '../../../src/background/catalog/handlers';
import { allScopes } from '../../../src/lib/scopes/catalog';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const ALL = allScopes().map((s) => s.name);
const token = `${b64({ alg: 'RS256', kid: 'k' })}.${b64({ iss: 'https://demo.us.auth0.com/', sub: 'c@clients', aud: 'https://demo.us.auth0.com/api/v2/', gty: 'client-credentials', exp: 4102444800, iat: 1700000000, scope: ALL.join(' ') })}.c2ln`;
let root: HTMLElement;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
/** The Scopes panel's code is a lazy chunk (src/ui/inspect/later.ts): rendered once it has loaded. */
const panelLoaded = () => vi.waitFor(() => expect(root.querySelector('[data-testid="scope-groups"]')).not.toBeNull());

beforeEach(async () => {
  root = document.createElement('div');
  document.body.appendChild(root);
  send.mockReset();
  send.mockImplementation(async (type: string, payload: never) =>
    type.startsWith('catalog.')
      ? { ok: true, data: await (catalogHandlers as Record<string, (p: never, s: object) => Promise<unknown>>)[type]!(payload, {}) }
      : type === 'verify.token'
        ? { ok: false, error: { code: 'ERR_NETWORK', message: 'offline' } }
        : { ok: true, data: { pinned: false, exp: null, matches: false } },
  );
  await act(async () => render(<InspectPanel value={token} onInput={() => undefined} leeway={60} />, root));
  await settle();
  await panelLoaded();
  await settle();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const types = () => send.mock.calls.map((c) => c[0] as string);

describe('ScopesPanel (full-scope Management token)', () => {
  it('every group summary, at most DETAILED rows with descriptions, then Show all', async () => {
    const groups = root.querySelector('[data-testid="scope-groups"]')!;
    expect(groups.textContent).toMatch(/users: read/);
    const rows = () => groups.querySelectorAll('.inspect-scope-list > li').length;
    expect(rows()).toBeGreaterThan(0);
    expect(rows()).toBeLessThanOrEqual(DETAILED);
    expect(groups.textContent).toContain('Create Actions'); // a description from catalog.describe
    expect(types()).toContain('catalog.describe');
    // A capped current_user group still says "user tokens only" on its summary line (FACTS §3).
    const cu = [...groups.children].find((li) => li.querySelector('strong')?.textContent === 'current_user');
    expect(cu?.textContent).toContain('user tokens only');
    const showAll = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show all'));
    expect(showAll?.textContent).toBe(`Show all ${ALL.length} scopes with descriptions`);
    await act(async () => showAll!.click());
    expect(rows()).toBe(ALL.length);
  });
  it('closed sections render nothing and ask nothing until opened', async () => {
    expect(root.querySelector('[data-testid="endpoint-list"]')).toBeNull();
    expect(root.querySelector('#why403-text')).toBeNull();
    expect(types()).not.toContain('catalog.endpoints');
    const details = [...root.querySelectorAll('details')].find((d) => d.querySelector('summary')?.textContent === 'What can this token call?')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await settle();
    expect(types()).toContain('catalog.endpoints');
    expect(root.querySelectorAll('[data-testid="endpoint-list"] > li').length).toBe(60);
    expect(root.textContent).toMatch(/\d+ endpoints admitted by this token's scopes\./);
  });
});
