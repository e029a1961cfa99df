// The shared inspector view rendered with happy-dom: XSS claims stay text (no element is created from them,
// only https values become links), the UNSIGNED badge and disabled Verify, "Strip whitespace", the opaque and
// JWE explanations, warnings next to the claim, automatic verification through `verify.token`, and the HS
// secret field (password, weak-key warning; sent to the background only by "Verify with secret").
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', async () => ({ ext: (await import('./fake-ext')).ext, extensionOrigin: () => 'chrome-extension://testextensionid' }));
const send = vi.fn();
vi.mock('../../../src/shared/rpc', () => ({ send: (...args: unknown[]) => send(...args) }));
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { InspectPanel } from '../../../src/ui/inspect/InspectPanel';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
let root: HTMLElement;

/** The explained-claims table is a lazy chunk (src/ui/inspect/later.ts): rendered once it has loaded. */
const claimsTable = async () => {
  await vi.waitFor(() => expect(root.querySelector('[data-testid="claims-table"]')).not.toBeNull());
  return root.querySelector('[data-testid="claims-table"]')!;
};

async function show(value: string, onInput = vi.fn()) {
  await act(async () => {
    render(<InspectPanel value={value} onInput={onInput} leeway={60} />, root);
  });
  await act(async () => undefined);
  return onInput;
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
  send.mockReset();
  send.mockImplementation(async (type: string) =>
    type === 'verify.token'
      ? { ok: true, data: { state: 'issuer-not-trusted', code: 'ERR_ISSUER_NOT_TRUSTED', iss: 'https://attacker.example/', host: 'attacker.example', reason: 'not Auth0', time: {} } }
      : { ok: true, data: { pinned: false, exp: null, matches: false } },
  );
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('InspectPanel', () => {
  it('renders hostile claims as text, links only https, and verifies automatically', async () => {
    const claims = { iss: 'https://attacker.example/', name: '<img src=x onerror=alert(1)>', nick: '</script><script>alert(2)</script>', picture: 'javascript:alert(3)', site: 'https://ok.example/', exp: 4102444800 };
    await show(`${b64({ alg: 'RS256', kid: 'k' })}.${b64(claims)}.c2ln`);
    await claimsTable();
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.textContent).toContain('</script><script>alert(2)</script>');
    const links = [...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).toEqual([
      ['https://attacker.example/', 'noreferrer'],
      ['https://ok.example/', 'noreferrer'],
    ]);
    expect(send).toHaveBeenCalledWith('verify.token', { token: expect.any(String) });
    expect(root.querySelector('[data-testid="signature-badge"]')?.textContent).toBe('Issuer not trusted');
    expect(root.querySelector('[data-testid="time-badge"]')?.textContent).toBe('Not expired');
    expect(root.textContent).not.toMatch(/\bvalid\b/i);
  });
  it('asks before fetching an unknown tenant\'s keys: a Verify button sends an explicit verify.token (issue 13 item 2)', async () => {
    send.mockImplementation(async (type: string, payload: { explicit?: boolean }) =>
      type === 'verify.token'
        ? payload.explicit
          ? { ok: true, data: { state: 'jwks-unreachable', code: 'ERR_JWKS_TIMEOUT', jwksUrl: 'https://x.us.auth0.com/.well-known/jwks.json', reason: { kind: 'timeout' }, time: {} } }
          : { ok: true, data: { state: 'issuer-not-trusted', code: 'ERR_ISSUER_NOT_TRUSTED', iss: 'https://x.us.auth0.com/', host: 'x.us.auth0.com', reason: 'not verified before', askFirst: true, time: {} } }
        : { ok: true, data: { pinned: false, exp: null, matches: false } },
    );
    await show(`${b64({ alg: 'RS256', kid: 'k' })}.${b64({ iss: 'https://x.us.auth0.com/', exp: 4102444800 })}.c2ln`);
    expect(send).toHaveBeenCalledWith('verify.token', { token: expect.any(String) });
    expect(root.textContent).toContain('Press Verify to fetch https://x.us.auth0.com/.well-known/jwks.json');
    const verify = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Verify');
    expect(verify).toBeTruthy();
    await act(async () => verify!.click());
    await act(async () => undefined);
    expect(send).toHaveBeenCalledWith('verify.token', { token: expect.any(String), explicit: true });
  });
  it('shows warnings next to the claim: duplicate, invisible characters escaped', async () => {
    const payload = Buffer.from('{"sub":"a","sub":"b","aud":"x\u202Ey"}').toString('base64url');
    await show(`${b64({ alg: 'RS256' })}.${payload}.c2ln`);
    const table = (await claimsTable()).textContent ?? '';
    expect(table).toContain('duplicate claim; other parsers may read the first');
    expect(table).toContain('x\\u202Ey');
    expect(table).toContain('invisible or bidi-control');
  });
  it('unsigned: red UNSIGNED, Verify disabled, nothing sent', async () => {
    await show(`${b64({ alg: 'none' })}.${b64({ sub: 'x' })}.`);
    expect(root.querySelector('[data-testid="unsigned-badge"]')?.textContent).toBe('UNSIGNED');
    const verify = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Verify');
    expect(verify?.disabled).toBe(true);
    expect(send).not.toHaveBeenCalledWith('verify.token', expect.anything());
  });
  it('JWE and opaque tokens are explained', async () => {
    await show(`${b64({ alg: 'RSA-OAEP', enc: 'A256GCM', kid: 'k2' })}.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`);
    expect(root.querySelector('[data-testid="jwe-note"]')?.textContent).toMatch(/RSA-OAEP.*A256GCM.*k2.*payload not decodable/);
    await show('dGhpc19pc19hbl9vcGFxdWVfdG9rZW4');
    expect(root.querySelector('[data-testid="opaque-note"]')?.textContent).toContain('issued without an audience');
  });
  it('inner whitespace → an error with a "Strip whitespace" action; outer whitespace → a note', async () => {
    const t = `${b64({ alg: 'RS256' })}.${b64({ sub: 'x' })}.c2ln`;
    const onInput = await show(`${t.slice(0, 10)} \n${t.slice(10)}`);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('whitespace');
    const strip = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Strip whitespace');
    await act(async () => strip?.click());
    expect(onInput).toHaveBeenCalledWith(t);
    await show(`  "${t}"\n`);
    expect(root.querySelector('[aria-label="Notes"]')?.textContent).toContain('Removed the quotes');
  });
  it('HS256: a password field, a weak-key warning under 32 bytes, and the secret never reaches the background', async () => {
    await show(`${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'x' })}.c2ln`);
    const input = root.querySelector<HTMLInputElement>('input[type="password"]');
    expect(input).not.toBeNull();
    await act(async () => {
      input!.value = 'short-secret';
      input!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.textContent).toContain('Weak key: 12 bytes, at least 32 expected.');
    // Nothing is sent while typing; only "Verify with secret" sends it, in the privileged verify.hmac, once.
    for (const call of send.mock.calls) expect(JSON.stringify(call)).not.toContain('short-secret');
    expect(send).not.toHaveBeenCalledWith('verify.token', expect.anything());
    send.mockImplementationOnce(async () => ({ ok: true, data: { state: 'signature-invalid', code: 'ERR_SIGNATURE_INVALID', alg: 'HS256', key: { source: 'secret', alg: 'HS256', encoding: 'utf8' }, time: {} } }));
    const submit = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Verify with secret');
    await act(async () => submit?.click());
    await act(async () => undefined);
    const withSecret = send.mock.calls.filter((call) => JSON.stringify(call).includes('short-secret'));
    expect(withSecret).toEqual([['verify.hmac', { token: expect.any(String), secret: 'short-secret', encoding: 'utf8' }]]);
    expect(root.querySelector('[data-testid="signature-badge"]')?.textContent).toBe('Signature invalid');
  });
});
