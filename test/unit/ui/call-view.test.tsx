// The Try-it answer view (issue 15) in happy-dom: status and rate-limit headers, the JSON tree as text with
// secrets masked (the secret is nowhere in the DOM) until "Reveal", and Copy JSON masked while secrets hide;
// the 403 fix shows the expected scopes and offers the re-mint only with a profile that can mint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AnswerView } from '../../../src/ui/call/AnswerView';
import { Fix403 } from '../../../src/ui/call/Fix403';
import type { CallAnswer, CallTargetInfo } from '../../../src/shared/messages/call';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const SECRET = 'Zq8v2XkP4mN7rT1wY6bH3cJ9dF5gL0sA';
const answer: CallAnswer = {
  status: 200,
  durationMs: 42,
  host: 'demo.us.auth0.com',
  contentType: 'application/json',
  rate: { 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '49', 'x-ratelimit-reset': '1675452600' },
  body: { kind: 'json', value: { client_id: 'abc', name: '<img src=x onerror=alert(1)>', client_secret: SECRET, callbacks: [] } },
  expectedScopes: null,
  at: 0,
};
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);

describe('AnswerView', () => {
  it('shows status, duration and rate-limit headers, renders values as text and masks the secret until revealed', async () => {
    await act(async () => render(<AnswerView answer={answer} curl="curl …" />, root));
    expect(root.querySelector('[data-testid="call-status"]')?.textContent).toBe('200 OK');
    expect(root.querySelector('[data-testid="call-duration"]')?.textContent).toBe('42 ms');
    expect(root.querySelector('[data-testid="call-rate"]')?.textContent).toContain('x-ratelimit-remaining49');
    expect(root.querySelector('img')).toBeNull(); // the name is text, not markup
    expect(root.innerHTML).not.toContain(SECRET);
    expect(root.querySelector('[aria-label="client_secret hidden"]')).not.toBeNull();
    expect(button('Copy JSON (secrets masked)')).toBeDefined();
    await act(async () => button('Reveal client_secret')!.click());
    expect(root.textContent).toContain(`"${SECRET}"`);
    expect(button('Copy JSON')).toBeDefined();
  });
});

describe('Fix403', () => {
  const target: CallTargetInfo = { host: 'demo.us.auth0.com', canonical: 'demo.us.auth0.com', production: false, profileId: 'p1', profileLabel: 'Demo', canRemint: true, exact: false };
  it('names the expected scopes and offers the re-mint of the first grantable one', async () => {
    let fixed = '';
    await act(async () => render(<Fix403 expected={['read:current_user', 'read:users']} tokenScopes={['read:clients']} target={target} busy={false} error={null} onFix={(s) => (fixed = s)} />, root));
    expect(root.textContent).toContain('Auth0 expected any of: read:current_user, read:users. This token has none of them.');
    await act(async () => button('Mint with read:users and retry')!.click());
    expect(fixed).toBe('read:users');
  });
  it('offers no re-mint without a profile that can mint, and says where to grant', async () => {
    await act(async () => render(<Fix403 expected={['read:users']} tokenScopes={[]} target={{ ...target, canRemint: false }} busy={false} error={null} onFix={() => undefined} />, root));
    expect(button('Mint with read:users and retry')).toBeUndefined();
    expect(root.textContent).toContain('Grant read:users in the dashboard');
  });
});
