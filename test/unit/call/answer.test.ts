// Reading Try-it answers (issue 15): masking of secret fields, rate-limit headers, the 403's expected scopes
// in Auth0's wordings (FACTS §5, §7), the history cap, where a token may be sent, and the re-mint choice.
import { describe, expect, it } from 'vitest';
import { maskedCopy, pathKey, secretAt, secretPaths } from '../../../src/lib/call/mask';
import { expectedScopes, parseAnswerBody, rateHeaders, resetTime } from '../../../src/lib/call/answer';
import { addToHistory, HISTORY_PER_TENANT } from '../../../src/lib/call/history';
import { remintFailureText, remintModeFor, remintScopes, scopeToAdd } from '../../../src/lib/call/remint';

describe('mask', () => {
  const client = {
    client_id: 'abc',
    client_secret: 's3cr3t',
    encryption_key: { pub: 'PUB', cert: 'CERT' },
    signing_keys: [{ cert: '-----BEGIN CERTIFICATE-----', pkcs7: 'P7', subject: '/CN=x', key: '-----BEGIN RSA PRIVATE KEY-----' }],
    jwks: { keys: [{ kty: 'RSA', d: 'private-exponent-outside-signing-keys-not-masked' }] },
    note: '-----BEGIN PRIVATE KEY-----\nMII…',
  };
  it('masks client_secret, encryption_key, private parts of signing_keys and PEM private keys only', () => {
    expect(secretPaths(client).sort()).toEqual([pathKey(['client_secret']), pathKey(['encryption_key']), pathKey(['note']), pathKey(['signing_keys', 0, 'key'])].sort());
    expect(secretAt(['signing_keys', 0, 'cert'], 'x')).toBeNull();
    expect(secretAt(['resource_servers', 2, 'signing_secret'], 'x')).toBe('signing_secret');
    expect(secretAt(['keys', 0, 'd'], 'x')).toBeNull(); // only inside signing_keys
    expect(secretAt(['signing_keys', 1, 'd'], 'x')).toBe('signing key d');
  });
  it('gives a copy with every secret replaced', () => {
    const m = maskedCopy(client) as typeof client;
    expect(JSON.stringify(m)).not.toMatch(/s3cr3t|PUB|RSA PRIVATE|BEGIN PRIVATE/);
    expect(m.signing_keys[0]!.cert).toBe('-----BEGIN CERTIFICATE-----');
  });
});

describe('answer', () => {
  it('keeps only the rate-limit headers', () => {
    const h = new Map([['x-ratelimit-limit', '50'], ['x-ratelimit-remaining', '0'], ['x-ratelimit-reset', '1675452600'], ['retry-after', '2'], ['set-cookie', 'x']]);
    expect(rateHeaders((n) => h.get(n) ?? null)).toEqual({ 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1675452600', 'retry-after': '2' });
    expect(resetTime('1675452600')?.toISOString()).toBe('2023-02-03T19:30:00.000Z');
    expect(resetTime('soon')).toBeNull();
  });
  it('parses JSON bodies, keeps other text, and knows an empty body', () => {
    expect(parseAnswerBody('application/json; charset=utf-8', '[1]')).toEqual({ kind: 'json', value: [1] });
    expect(parseAnswerBody('application/json', '{"a":')).toEqual({ kind: 'text', text: '{"a":' });
    expect(parseAnswerBody('text/html', '<h1>x</h1>')).toEqual({ kind: 'text', text: '<h1>x</h1>' });
    expect(parseAnswerBody('application/json', '')).toEqual({ kind: 'empty' });
  });
  it('reads the expected scopes of an insufficient_scope 403 in each wording', () => {
    const body = (message: string) => parseAnswerBody('application/json', JSON.stringify({ statusCode: 403, error: 'Forbidden', message, errorCode: 'insufficient_scope' }));
    expect(expectedScopes(403, body('Insufficient scope, expected any of: read:clients, read:client_summary'))).toEqual(['read:clients', 'read:client_summary']);
    expect(expectedScopes(403, body('Insufficient scope; expected any of: read:users'))).toEqual(['read:users']);
    expect(expectedScopes(403, body('Insufficient scope, expected: read:actions.'))).toEqual(['read:actions']);
    expect(expectedScopes(403, body('User to be acted on does not match subject in bearer token.'))).toBeNull();
    expect(expectedScopes(401, body('Insufficient scope, expected any of: read:users'))).toBeNull();
  });
});

describe('history', () => {
  it('keeps the newest 20 per tenant, tenants apart', () => {
    let h = {};
    for (let i = 0; i < 25; i++) h = addToHistory(h, 'a.auth0.com', { method: 'GET', path: `/api/v2/users/${i}`, status: 200, at: i });
    h = addToHistory(h, 'b.auth0.com', { method: 'DELETE', path: '/api/v2/users/x', status: 204, at: 99 });
    const a = (h as Record<string, { at: number }[]>)['a.auth0.com']!;
    expect(a).toHaveLength(HISTORY_PER_TENANT);
    expect(a[0]!.at).toBe(24);
    expect(a[19]!.at).toBe(5);
    expect((h as Record<string, unknown[]>)['b.auth0.com']).toHaveLength(1);
  });
});

describe('re-mint', () => {
  it('is exact with a minting app, else client credentials; adds the first M2M-grantable expected scope, keeps the token scopes', () => {
    expect(remintModeFor({ exact: false })).toBe('client-credentials');
    expect(remintModeFor({ exact: true })).toBe('exact');
    expect(scopeToAdd(['read:current_user', 'read:users'])).toBe('read:users');
    expect(scopeToAdd(['read:current_user'])).toBeNull();
    expect(remintScopes(['read:clients', 'read:users'], 'read:users')).toEqual(['read:clients', 'read:users']);
    expect(remintScopes(['read:clients'], 'read:users')).toEqual(['read:clients', 'read:users']);
  });
  it('explains Auth0\'s "Client has not been granted scopes" with the fix', () => {
    const err = { message: 'None of the requested scopes is granted. Auth0 said: “Client has not been granted scopes: read:roles”.', detail: { error_description: 'Client has not been granted scopes: read:roles' } };
    expect(remintFailureText(err, 'read:roles')).toMatch(/^Could not mint a token with read:roles: None of .*read:roles is not in this profile's client grant/);
    expect(remintFailureText({ message: 'Unlock Token Workbench first.' }, 'read:roles')).toBe('Could not mint a token with read:roles: Unlock Token Workbench first.');
  });
});
