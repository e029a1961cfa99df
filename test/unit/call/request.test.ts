// Try-it request building (issue 15): path templates, request checks, curl rendering, the inspector fragment.
import { describe, expect, it } from 'vitest';
import { fillTemplate, isConcreteApiPath, templateParams } from '../../../src/lib/call/path-params';
import { callUrl, checkRequest } from '../../../src/lib/call/request';
import { curlCommand, shellQuote } from '../../../src/lib/call/curl';
import { parseTryFragment, tryFragment } from '../../../src/lib/call/fragment';

describe('path templates', () => {
  it('lists parameters in order, once', () => {
    expect(templateParams('/api/v2/users/{id}/roles')).toEqual(['id']);
    expect(templateParams('/api/v2/organizations/{id}/members/{user_id}/roles')).toEqual(['id', 'user_id']);
    expect(templateParams('/api/v2/users')).toEqual([]);
  });
  it('fills each value as one encoded segment, so a value cannot add a segment, a query or a host', () => {
    expect(fillTemplate('/api/v2/users/{id}', { id: 'auth0|123' })).toEqual({ ok: true, path: '/api/v2/users/auth0%7C123' });
    expect(fillTemplate('/api/v2/users/{id}', { id: '../../x?y#z' })).toEqual({ ok: true, path: '/api/v2/users/..%2F..%2Fx%3Fy%23z' });
    expect(fillTemplate('/api/v2/users/{id}/roles', { id: '  ' })).toEqual({ ok: false, missing: ['id'] });
  });
  it('accepts only concrete /api/v2/ paths without dot segments or encoded slashes', () => {
    expect(isConcreteApiPath('/api/v2/users/auth0%7C123')).toBe(true);
    for (const bad of ['/api/v2/users/{id}', '/api/v2/../oauth/token', '/api/v2/users/%2e%2e', '/api/v2/users/a%2Fb', '/oauth/token', 'https://evil.test/api/v2/users', '/api/v2/users//x', '/api/v2/users?x=1']) {
      expect(isConcreteApiPath(bad), bad).toBe(false);
    }
  });
});

describe('checkRequest', () => {
  const base = { method: 'GET', path: '/api/v2/users' };
  it('drops blank rows and keeps the rest', () => {
    const r = checkRequest({ ...base, query: [{ name: ' q ', value: 'email:"a"' }, { name: '', value: '' }], headers: [{ name: 'X-Request-Id', value: ' 1 ' }] });
    expect(r).toEqual({ ok: true, request: { method: 'GET', path: '/api/v2/users', query: [{ name: 'q', value: 'email:"a"' }], headers: [{ name: 'X-Request-Id', value: '1' }] } });
  });
  it('refuses headers that would change who calls or where, and bad header text', () => {
    for (const name of ['Authorization', 'host', 'Cookie', 'Origin', 'Sec-Fetch-Site', 'Proxy-Authorization', 'X-Forwarded-Host']) {
      const r = checkRequest({ ...base, headers: [{ name, value: 'x' }] });
      expect(r.ok, name).toBe(false);
    }
    expect(checkRequest({ ...base, headers: [{ name: 'X-A', value: 'a\r\nHost: evil' }] }).ok).toBe(false);
    expect(checkRequest({ ...base, headers: [{ name: 'bad name', value: 'a' }] }).ok).toBe(false);
  });
  it('needs a JSON body to be JSON, and a GET to have none', () => {
    expect(checkRequest({ method: 'PATCH', path: '/api/v2/users/a', body: '{"blocked":true}' })).toMatchObject({ ok: true, request: { body: '{"blocked":true}' } });
    expect(checkRequest({ method: 'PATCH', path: '/api/v2/users/a', body: '{blocked:true}' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^The body is not valid JSON/) });
    expect(checkRequest({ ...base, body: '{}' })).toEqual({ ok: false, reason: 'A GET request has no body.' });
    expect(checkRequest({ method: 'DELETE', path: '/api/v2/users/a', body: '   ' })).toMatchObject({ ok: true, request: { method: 'DELETE' } });
    expect(checkRequest({ method: 'TRACE', path: '/api/v2/users' }).ok).toBe(false);
  });
  it('builds the URL on the given host with the query encoded', () => {
    expect(callUrl('demo.us.auth0.com', { path: '/api/v2/users', query: [{ name: 'q', value: 'name:"A B"&x' }] })).toBe('https://demo.us.auth0.com/api/v2/users?q=name%3A%22A+B%22%26x');
  });
});

describe('curl', () => {
  it('reads the token from $MGMT_TOKEN and single-quotes everything the user typed', () => {
    const r = checkRequest({ method: 'POST', path: '/api/v2/users', headers: [{ name: 'X-Note', value: "it's" }], body: '{"name":"O\'Brien"}' });
    if (!r.ok) throw new Error(r.reason);
    const curl = curlCommand('demo.us.auth0.com', r.request);
    expect(curl).toBe(
      [
        "curl --request POST 'https://demo.us.auth0.com/api/v2/users'",
        '--header "authorization: Bearer $MGMT_TOKEN"',
        "--header 'accept: application/json'",
        "--header 'content-type: application/json'",
        `--header 'X-Note: it'\\''s'`,
        `--data '{"name":"O'\\''Brien"}'`,
      ].join(' \\\n  '),
    );
    expect(shellQuote("$(rm -rf /)'")).toBe(`'$(rm -rf /)'\\'''`);
  });
});

describe('the inspector fragment', () => {
  it('round-trips metadata and refuses anything else', () => {
    const f = tryFragment({ method: 'GET', template: '/api/v2/users/{id}', tenant: 'demo.us.auth0.com' });
    expect(parseTryFragment(f)).toEqual({ method: 'GET', path: '/api/v2/users/{id}', tenant: 'demo.us.auth0.com' });
    expect(parseTryFragment('try=1&method=TRACE&path=/api/v2/users')).toBeNull();
    expect(parseTryFragment('try=1&method=GET&path=https://evil.test/')).toBeNull();
    expect(parseTryFragment('try=1&method=GET&path=/api/v2/users&tenant=EVIL%20host')).toEqual({ method: 'GET', path: '/api/v2/users' });
    expect(parseTryFragment('AbCdEfGhIjKlMnOpQrStUv')).toBeNull(); // a hand-off id is not a Try fragment
  });
});
