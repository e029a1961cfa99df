// One table: every message type against every kind of sender (issue #11 E; SECURITY B4.34, B4.36). Each
// message is accepted or refused exactly as its spec declares: privileged ones only from our own pages (popup,
// options, inspector), public ones also from our content script in a tab's top frame on the declared pages;
// never from a sub-frame, another extension or a web page. "Accepted" means the sender gate let it through:
// the reply is the handler's (or a payload error), never ERR_FORBIDDEN_SENDER.
import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers, type SenderInfo } from '../../../src/background/router';
import { MESSAGES, type MessageType } from '../../../src/shared/messages';

const me = {
  extensionId: 'abcdefghijklmnopabcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
  contentScriptPrefixes: ['https://manage.auth0.com/', 'https://auth0.com/docs/'],
};
const page = (path: string, tab?: number): SenderInfo => ({ id: me.extensionId, url: `${me.extensionOrigin}/src/${path}/index.html`, origin: me.extensionOrigin, ...(tab ? { tab: { id: tab }, frameId: 0 } : {}) });

type Kind = 'page' | 'content' | 'never';
const SENDERS: [name: string, sender: SenderInfo, kind: Kind][] = [
  ['popup', page('popup'), 'page'],
  ['options page', page('options', 11), 'page'],
  ['inspector page', page('inspector', 12), 'page'],
  ['content script, top frame', { id: me.extensionId, url: 'https://manage.auth0.com/dashboard/us/demo/apis', origin: 'https://manage.auth0.com', tab: { id: 3 }, frameId: 0 }, 'content'],
  ['content script, sub-frame', { id: me.extensionId, url: 'https://manage.auth0.com/dashboard/us/demo/apis', origin: 'https://manage.auth0.com', tab: { id: 3 }, frameId: 4 }, 'never'],
  ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/bg.html', origin: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }, 'never'],
  ['web page', { url: 'https://attacker.example/', origin: 'https://attacker.example', tab: { id: 9 }, frameId: 0 }, 'never'],
];

const TYPES = Object.keys(MESSAGES) as MessageType[];
const called = vi.fn(async () => ({}));
const handlers = Object.fromEntries(TYPES.map((t) => [t, called])) as unknown as Handlers;
const route = createRouter(handlers, me);

const cases = TYPES.flatMap((type) =>
  SENDERS.map(([name, sender, kind]) => {
    const privileged = MESSAGES[type].privileged;
    const accepted = kind === 'page' || (kind === 'content' && !privileged);
    return { type, name, sender, accepted, privileged };
  }),
);

describe('every message × every sender (SECURITY B4.34, B4.36)', () => {
  it('covers every message type of the map', () => {
    expect(new Set(cases.map((c) => c.type)).size).toBe(TYPES.length);
    expect(TYPES.length).toBeGreaterThan(40);
  });
  it('keeps token-returning and secret-taking messages privileged, and the tray narrow', () => {
    for (const t of ['mint.request', 'ledger.reveal', 'ledger.export', 'vault.unlock', 'profiles.save', 'mintingApp.create', 'mintingApp.link', 'inspector.take'] as const) {
      expect(MESSAGES[t].privileged, t).toBe(true);
    }
    for (const t of ['tray.mint', 'tray.open', 'tray.setupExact', 'profiles.list', 'ping'] as const) expect(MESSAGES[t].privileged, t).toBe(false);
  });
  it('keeps the granted-scope memory to our own pages: it moved into the background, not out to content scripts (issue #16)', () => {
    expect(MESSAGES['mint.grantedScopes'].privileged).toBe(true);
    expect(cases.filter((c) => c.type === 'mint.grantedScopes' && c.accepted).map((c) => c.name)).toEqual(['popup', 'options page', 'inspector page']);
  });
  it.each(cases)('$type from $name → accepted: $accepted', async ({ type, sender, accepted }) => {
    called.mockClear();
    const reply = await route({ type, payload: {} }, sender);
    if (accepted) {
      if (!reply.ok) expect(reply.error.code).not.toBe('ERR_FORBIDDEN_SENDER');
    } else {
      expect(reply).toMatchObject({ ok: false, error: { code: 'ERR_FORBIDDEN_SENDER' } });
      expect(called).not.toHaveBeenCalled();
    }
  });
});

describe('schema refusals of the exact-scope issue', () => {
  const popup = SENDERS[0]![1];
  const cs = SENDERS[3]![1];
  it('noExpiry is not part of mint.request (SECURITY B3.29)', async () => {
    const reply = await route({ type: 'mint.request', payload: { profileId: 'p1', mode: 'hs256-legacy', scopes: ['read:users'], noExpiry: true } }, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'ERR_INVALID_MESSAGE', message: expect.stringContaining('noExpiry is not expected') } });
  });
  it('tray.mint takes client credentials or exact mode and at least one scope', async () => {
    for (const payload of [
      { profileId: 'p1', mode: 'hs256-legacy', scopes: ['read:users'] },
      { profileId: 'p1', mode: 'exact', scopes: [] },
      { profileId: 'p1', mode: 'exact', scopes: ['read:users'], lifetimeSeconds: 60 },
    ]) {
      expect(await route({ type: 'tray.mint', payload }, cs)).toMatchObject({ ok: false, error: { code: 'ERR_INVALID_MESSAGE' } });
    }
    called.mockClear();
    expect(await route({ type: 'tray.mint', payload: { profileId: 'p1', mode: 'exact', scopes: ['read:users'] } }, cs)).toMatchObject({ ok: true });
    expect(called).toHaveBeenCalledTimes(1);
  });
});
