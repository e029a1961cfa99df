// The Try-it messages through the real router (issue 15; SECURITY B4.34, B4.37): a content script may ask only
// call.open, with metadata; the token-carrying call.send is refused from it; bad payloads fail closed.
import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../src/background/router';

const me = {
  extensionId: 'abcdefghijklmnopabcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
  contentScriptPrefixes: ['https://manage.auth0.com/', 'https://auth0.com/docs/'],
};
const inspectorTab = { id: me.extensionId, url: `${me.extensionOrigin}/src/inspector/index.html`, tab: { id: 7 }, frameId: 0 };
const docsScript = { id: me.extensionId, url: 'https://auth0.com/docs/api/management/v2/users/get-users', origin: 'https://auth0.com', tab: { id: 3 }, frameId: 0 };

const handlers = {
  'call.send': vi.fn(async () => ({ status: 200 })),
  'call.open': vi.fn(async () => ({ opened: true as const })),
  'call.history': vi.fn(async () => ({ entries: [] })),
};
const route = createRouter(handlers as unknown as Handlers, me);
const send = { type: 'call.send', payload: { token: 'eyJ.x.y', method: 'GET', path: '/api/v2/users', query: [], headers: [] } };

describe('Try-it messages', () => {
  it('call.send is accepted from the inspector and refused from a content script', async () => {
    await expect(route(send, inspectorTab)).resolves.toMatchObject({ ok: true });
    await expect(route(send, docsScript)).resolves.toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });
    expect(handlers['call.send']).toHaveBeenCalledTimes(1);
  });
  it('call.open is accepted from a reference page with metadata only; a token field or a concrete URL fails', async () => {
    await expect(route({ type: 'call.open', payload: { method: 'GET', template: '/api/v2/users/{id}' } }, docsScript)).resolves.toMatchObject({ ok: true });
    for (const payload of [
      { method: 'GET', template: '/api/v2/users', token: 'eyJ.x.y' },
      { method: 'GET', template: 'https://evil.test/api/v2/users' },
      { method: 'TRACE', template: '/api/v2/users' },
      { method: 'GET', template: '/api/v2/users?x=1' },
    ]) {
      await expect(route({ type: 'call.open', payload }, docsScript), JSON.stringify(payload)).resolves.toMatchObject({ ok: false, error: { code: 'ERR_INVALID_MESSAGE' } });
    }
    expect(handlers['call.open']).toHaveBeenCalledTimes(1);
  });
  it('call.history is for extension pages only', async () => {
    await expect(route({ type: 'call.history', payload: { tenant: 'demo.us.auth0.com' } }, docsScript)).resolves.toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });
  });
});
