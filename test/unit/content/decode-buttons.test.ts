// Unit tests for the "Decode" controls (src/content/features/decode-buttons.ts) and the page-info reader:
// one button per token holder (pre > code counts once), textarea/input/textbox values, none without a JWT,
// none for a password box, a trusted click sends inspector.open; the API identifier is read from the page.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn(async () => ({ ok: true, data: { opened: true } }));
vi.mock('../../../src/shared/rpc', () => ({ send: (...args: unknown[]) => send(...(args as [])) }));

import { initDecodeButtons } from '../../../src/content/features/decode-buttons';
import { OWN_ATTR } from '../../../src/content/observe';
import { managementDomainOf, readIdentifier } from '../../../src/content/page-info';
import { fixture, trustedClick } from './helpers';

const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4QGNsaWVudHMiLCJzY29wZSI6InJlYWQ6dXNlcnMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

const buttons = () => [...document.querySelectorAll<HTMLButtonElement>(`[${OWN_ATTR}="decode"]`)];

describe('decode buttons', () => {
  beforeEach(() => send.mockClear());

  it('adds one Decode after each element holding a JWT, and none elsewhere', () => {
    const fx = fixture(`
      <pre class="response"><code>{"access_token":"${JWT}","token_type":"Bearer"}</code></pre>
      <div role="textbox" aria-label="Token"><code>${JWT}</code></div>
      <textarea id="ta"></textarea><input id="in"><input id="pw" type="password">
      <code>eyJ not a token</code><p>${JWT} in plain prose</p>`);
    (fx.querySelector('#ta') as HTMLTextAreaElement).value = JWT;
    (fx.querySelector('#in') as HTMLInputElement).value = `Bearer ${JWT}`;
    (fx.querySelector('#pw') as HTMLInputElement).value = JWT;
    const d = initDecodeButtons(new AbortController().signal);
    d.scan(fx);
    d.scan(fx); // rescan adds nothing
    expect(buttons().map((b) => b.previousElementSibling?.localName ?? b.previousElementSibling?.id)).toEqual(['pre', 'div', 'textarea', 'input']);
    expect(buttons()[3]!.previousElementSibling?.id).toBe('in');
    expect(buttons().every((b) => b.getAttribute('aria-label') === 'Decode this token in Token Workbench')).toBe(true);
  });

  it('opens the inspector only on a trusted click, with the token the element holds now', async () => {
    const fx = fixture(`<pre><code>${JWT}</code></pre>`);
    initDecodeButtons(new AbortController().signal).scan(fx);
    buttons()[0]!.click();
    expect(send).not.toHaveBeenCalled();
    trustedClick(buttons()[0]!);
    expect(send).toHaveBeenCalledWith('inspector.open', { token: JWT });
  });
});

describe('page info', () => {
  it('reads the identifier next to its label, or from a labelled input', () => {
    fixture('<div class="meta"><span class="badge">Custom API</span><span>Identifier</span> <code>https://orders.demo.test/</code></div>');
    expect(readIdentifier()).toBe('https://orders.demo.test/');
    fixture('<div class="field"><label for="f1">Identifier</label><input id="f1" readonly value="urn:demo:billing"></div>');
    expect(readIdentifier()).toBe('urn:demo:billing');
    fixture('<p>No identifier shown here</p>');
    expect(readIdentifier()).toBeNull();
  });

  it('derives the tenant domain from a Management API identifier only', () => {
    expect(managementDomainOf('https://demo.us.auth0.com/api/v2/')).toBe('demo.us.auth0.com');
    expect(managementDomainOf('https://orders.demo.test/')).toBeNull();
    expect(managementDomainOf(null)).toBeNull();
  });
});
