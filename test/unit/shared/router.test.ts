// The background router's sender rules and fail-closed validation (SECURITY B4.34, B4.37), with forged senders.
import { describe, expect, it, vi } from 'vitest';
import { createRouter, isOwnExtensionPage, type Handlers } from '../../../src/background/router';
import { MESSAGES } from '../../../src/shared/messages';

const me = {
  extensionId: 'abcdefghijklmnopabcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
  contentScriptPrefixes: ['https://manage.auth0.com/', 'https://auth0.com/docs/'],
};
const popup = { id: me.extensionId, url: `${me.extensionOrigin}/src/popup/index.html`, origin: me.extensionOrigin };
const inspectorTab = { id: me.extensionId, url: `${me.extensionOrigin}/src/inspector/index.html`, tab: { id: 7 }, frameId: 0 };
const contentScript = { id: me.extensionId, url: 'https://manage.auth0.com/dashboard/us/demo/apis', origin: 'https://manage.auth0.com', tab: { id: 3 }, frameId: 0 };
const otherExtension = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };

function makeRouter() {
  // Only the handlers these tests reach; the router looks handlers up by type.
  const handlers = {
    ping: vi.fn(async () => ({ version: '1', context: 'background' as const, readOnly: false })),
    'inspector.open': vi.fn(async () => ({ opened: true as const })),
    'inspector.take': vi.fn(async () => ({ token: 'tok' })),
  };
  return { handlers, route: createRouter(handlers as unknown as Handlers, me) };
}

describe('isOwnExtensionPage (SECURITY B4.34)', () => {
  it('accepts the popup and an inspector tab of our own origin', () => {
    expect(isOwnExtensionPage(popup, me)).toBe(true);
    expect(isOwnExtensionPage(inspectorTab, me)).toBe(true);
  });
  it('refuses content scripts, other extensions, sub-frames and forged origins', () => {
    expect(isOwnExtensionPage(contentScript, me)).toBe(false);
    expect(isOwnExtensionPage(otherExtension, me)).toBe(false);
    expect(isOwnExtensionPage({ ...popup, frameId: 2 }, me)).toBe(false);
    expect(isOwnExtensionPage({ ...contentScript, origin: me.extensionOrigin }, me)).toBe(false);
    expect(isOwnExtensionPage({ id: me.extensionId }, me)).toBe(false);
  });
});

describe('router', () => {
  it('answers a valid message from a content script when it is not privileged', async () => {
    const { route } = makeRouter();
    expect(await route({ type: 'ping', payload: {} }, contentScript)).toEqual({ ok: true, data: { version: '1', context: 'background', readOnly: false } });
  });
  it('refuses privileged messages from a tab and never calls the handler', async () => {
    const { route, handlers } = makeRouter();
    const reply = await route({ type: 'inspector.take', payload: { id: 'a'.repeat(22) } }, contentScript);
    expect(reply).toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });
    expect(handlers['inspector.take']).not.toHaveBeenCalled();
  });
  it('refuses a tab outside the content script\'s pages even for public messages', async () => {
    const { route, handlers } = makeRouter();
    const stray = { ...contentScript, url: 'https://evil.example/', origin: 'https://evil.example' };
    expect(await route({ type: 'inspector.open', payload: { token: 'x' } }, stray)).toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });
    expect(await route({ type: 'ping', payload: {} }, { ...contentScript, frameId: 3 })).toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });
    expect(handlers['inspector.open']).not.toHaveBeenCalled();
  });
  it('refuses another extension even for public messages (SECURITY B4.36)', async () => {
    const { route } = makeRouter();
    expect(await route({ type: 'ping', payload: {} }, otherExtension)).toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });
  });
  it.each([
    ['unknown type', { type: 'mint', payload: {} }, 'ERR_UNKNOWN_TYPE'],
    ['prototype type', { type: '__proto__', payload: {} }, 'ERR_UNKNOWN_TYPE'],
    ['toString type', { type: 'toString', payload: {} }, 'ERR_UNKNOWN_TYPE'],
    ['not an object', 'ping', 'ERR_INVALID_MESSAGE'],
    ['null', null, 'ERR_INVALID_MESSAGE'],
    ['extra field', { type: 'ping', payload: { extra: 1 } }, 'ERR_INVALID_MESSAGE'],
    ['wrong type', { type: 'inspector.open', payload: { token: 42 } }, 'ERR_INVALID_MESSAGE'],
    ['10 MB string', { type: 'inspector.open', payload: { token: 'x'.repeat(10 * 1024 * 1024) } }, 'ERR_INVALID_MESSAGE'],
    ['__proto__ payload', { type: 'ping', payload: JSON.parse('{"__proto__":{"polluted":true}}') }, 'ERR_INVALID_MESSAGE'],
    ['missing payload', { type: 'inspector.open' }, 'ERR_INVALID_MESSAGE'],
  ])('fails closed on %s (SECURITY B4.37)', async (_name, message, code) => {
    const { route, handlers } = makeRouter();
    const reply = await route(message, popup);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(handlers['inspector.open']).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses messages that write storage while the data is from a newer version (SECURITY B7.58)', async () => {
    let readOnly = true;
    const handlers = {
      'settings.setTheme': vi.fn(async () => ({ theme: 'dark' })),
      ping: vi.fn(async () => ({ version: '1', context: 'background' as const, readOnly })),
    };
    const route = createRouter(handlers as unknown as Handlers, { ...me, isReadOnly: () => readOnly });
    expect(await route({ type: 'settings.setTheme', payload: { theme: 'dark' } }, popup)).toMatchObject({ ok: false, error: { code: 'ERR_READ_ONLY' } });
    expect(handlers['settings.setTheme']).not.toHaveBeenCalled();
    expect(await route({ type: 'ping', payload: {} }, popup)).toMatchObject({ ok: true, data: { readOnly: true } });
    readOnly = false;
    expect(await route({ type: 'settings.setTheme', payload: { theme: 'dark' } }, popup)).toMatchObject({ ok: true });
  });
  it('marks every message whose handler changes stored data as writing', () => {
    const writers = Object.entries(MESSAGES).filter(([, spec]) => (spec as { writes?: true }).writes).map(([t]) => t).sort();
    expect(writers).toEqual(
      ['blacklist.add', 'blacklist.bulk', 'ledger.remint', 'ledger.setBlacklist', 'lever.rotateSecret', 'mint.request', 'mintingApp.create', 'mintingApp.link', 'mintingApp.remove', 'profiles.delete', 'profiles.save',
        'scopes.refresh', 'settings.setTheme', 'terminate.rememberGlobalClient', 'tray.mint', 'vault.forget', 'vault.setAutoLock', 'vault.setup'].sort(),
    );
  });
  it('mint.grantedScopes: a profile id and an audience, validated before the handler, our own pages only (issue #16)', async () => {
    const handler = vi.fn(async () => ({ scopes: ['read:users'] }));
    const route = createRouter({ 'mint.grantedScopes': handler } as unknown as Handlers, me);
    const ok = { profileId: 'p1', audience: 'https://demo.us.auth0.com/api/v2/' };
    for (const payload of [{}, { profileId: 'p1' }, { ...ok, audience: '' }, { ...ok, profileId: 'p 1' }, { ...ok, scopes: [] }]) {
      expect(await route({ type: 'mint.grantedScopes', payload }, popup)).toMatchObject({ ok: false, error: { code: 'ERR_INVALID_MESSAGE' } });
    }
    expect(await route({ type: 'mint.grantedScopes', payload: ok }, contentScript)).toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });
    expect(handler).not.toHaveBeenCalled();
    expect(await route({ type: 'mint.grantedScopes', payload: ok }, popup)).toEqual({ ok: true, data: { scopes: ['read:users'] } });
    expect(handler).toHaveBeenCalledWith(ok, popup);
  });
  it('turns a thrown bug into a generic error that does not leak its text', async () => {
    const handlers = {
      ping: async () => {
        throw new Error('client_secret=hunter2');
      },
    } as unknown as Handlers;
    const reply = await createRouter(handlers, me)({ type: 'ping', payload: {} }, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'ERR_INTERNAL' } });
    expect(JSON.stringify(reply)).not.toContain('hunter2');
  });
  it('does not throw on a payload whose getter throws', async () => {
    const { route } = makeRouter();
    const evil = { type: 'ping', get payload() { throw new Error('boom'); } };
    expect(await route(evil, popup)).toMatchObject({ ok: false });
  });
});
