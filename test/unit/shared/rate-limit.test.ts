// Rate limits on untrusted callers (issue 13 item 7): the router counts every message a content script sends,
// per tab and per type, with forged senders and a forged clock. Extension pages are not limited.
import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../src/background/router';
import { DEFAULT_RATE, RateLimiter } from '../../../src/background/rate-limit';
import { MESSAGES } from '../../../src/shared/messages';

const me = {
  extensionId: 'abcdefghijklmnopabcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
  contentScriptPrefixes: ['https://manage.auth0.com/', 'https://auth0.com/docs/'],
};
const popup = { id: me.extensionId, url: `${me.extensionOrigin}/src/popup/index.html`, origin: me.extensionOrigin };
const tab = (id: number) => ({ id: me.extensionId, url: 'https://manage.auth0.com/dashboard/us/demo/apis', origin: 'https://manage.auth0.com', tab: { id }, frameId: 0 });

function setup() {
  let clock = 1_000_000;
  const handlers = {
    ping: vi.fn(async () => ({ version: '1', context: 'background' as const, readOnly: false })),
    'inspector.open': vi.fn(async () => ({ opened: true as const })),
  };
  const route = createRouter(handlers as unknown as Handlers, { ...me, now: () => clock });
  return { handlers, route, advance: (ms: number) => (clock += ms) };
}
const open = { type: 'inspector.open', payload: { token: 'a.b.c' } };

describe('rate limits on untrusted callers (issue 13 item 7)', () => {
  it('lets a content script open the inspector at most 10 times a minute, then refuses with a wait', async () => {
    const { route, handlers, advance } = setup();
    for (let i = 0; i < 10; i++) expect(await route(open, tab(3))).toMatchObject({ ok: true });
    const refused = await route(open, tab(3));
    expect(refused).toMatchObject({ ok: false, error: { code: 'ERR_RATE_LIMITED' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/Try again in \d+ s/);
    expect(handlers['inspector.open']).toHaveBeenCalledTimes(10);
    advance(61_000);
    expect(await route(open, tab(3))).toMatchObject({ ok: true });
    expect(handlers['inspector.open']).toHaveBeenCalledTimes(11);
  });
  it('counts each tab on its own', async () => {
    const { route } = setup();
    for (let i = 0; i < 10; i++) await route(open, tab(3));
    expect(await route(open, tab(3))).toMatchObject({ ok: false, error: { code: 'ERR_RATE_LIMITED' } });
    expect(await route(open, tab(4))).toMatchObject({ ok: true });
  });
  it('applies the default limit to every other message a content script may send', async () => {
    const { route, handlers } = setup();
    for (let i = 0; i < DEFAULT_RATE.max; i++) await route({ type: 'ping', payload: {} }, tab(5));
    expect(await route({ type: 'ping', payload: {} }, tab(5))).toMatchObject({ ok: false, error: { code: 'ERR_RATE_LIMITED' } });
    expect(handlers.ping).toHaveBeenCalledTimes(DEFAULT_RATE.max);
  });
  it('counts malformed messages too, so a flood of garbage is limited', async () => {
    const { route } = setup();
    for (let i = 0; i < 10; i++) await route({ type: 'inspector.open', payload: { token: 1 } }, tab(6));
    expect(await route(open, tab(6))).toMatchObject({ ok: false, error: { code: 'ERR_RATE_LIMITED' } });
  });
  it('does not limit our own extension pages', async () => {
    const { route, handlers } = setup();
    for (let i = 0; i < 30; i++) expect(await route(open, popup)).toMatchObject({ ok: true });
    expect(handlers['inspector.open']).toHaveBeenCalledTimes(30);
  });
  it('gives every message a content script may send a limit no looser than the default', () => {
    for (const [type, spec] of Object.entries(MESSAGES)) {
      if (spec.privileged) continue;
      const rule = (spec as { rate?: { max: number; perSeconds: number } }).rate ?? DEFAULT_RATE;
      expect(rule.max / rule.perSeconds, type).toBeLessThanOrEqual(DEFAULT_RATE.max / DEFAULT_RATE.perSeconds);
    }
  });
  it('limits every message that opens a tab to 10 a minute', () => {
    for (const type of ['inspector.open', 'tray.open', 'tray.setupExact'] as const) {
      expect((MESSAGES[type] as { rate?: unknown }).rate, type).toEqual({ max: 10, perSeconds: 60 });
    }
  });
  it('keeps its memory bounded under a flood of tab ids', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 5000; i++) limiter.take(`tab:${i}`, { max: 1, perSeconds: 60 }, 0);
    // The first keys were evicted, so they may call again; the last ones are still counted.
    expect(limiter.take('tab:0', { max: 1, perSeconds: 60 }, 1)).toBe(true);
    expect(limiter.take('tab:4999', { max: 1, perSeconds: 60 }, 1)).toBe(false);
  });
});
