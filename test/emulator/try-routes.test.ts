// @vitest-environment node
// The emulated Management API endpoints the "Try it" tests use (issue 15): the users list with Auth0's fields,
// one user, a delete (204, then 404 inexistent_user, FACTS §7), a client's secret only with read:client_keys,
// the insufficient-scope 403 wording (FACTS §5), and x-ratelimit-* headers on every answer (FACTS §1).
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/use-emulator';
import { req, type Res } from './client';

const emu = useEmulator();

const api = (path: string, token: string, method = 'GET'): Promise<Res> => req(emu.port, { host: 'demo.us.auth0.com', path, method, headers: { authorization: `Bearer ${token}` } });
const mint = (scope: string[]) => emu.mintAccessToken({ clientId: emu.seed.clients.granted.clientId, audience: emu.seed.managementAudience, scope });

describe('try-it endpoints', () => {
  it('lists users with the fields Auth0 returns, and one user by id', async () => {
    const r = await api('/api/v2/users', await mint(['read:users']));
    expect(r.status).toBe(200);
    const users = r.json<Record<string, unknown>[]>();
    expect(users.map((u) => u.email)).toEqual(['ada@demo.test', 'grace@demo.test', 'alan@demo.test']);
    expect(Object.keys(users[0]!).sort()).toEqual(['app_metadata', 'created_at', 'email', 'email_verified', 'identities', 'last_ip', 'last_login', 'logins_count', 'name', 'nickname', 'picture', 'updated_at', 'user_id', 'user_metadata'].sort());
    const one = await api(`/api/v2/users/${encodeURIComponent('auth0|6650a1b2c3d4e5f601234568')}`, await mint(['read:users']));
    expect(one.json()).toMatchObject({ user_id: 'auth0|6650a1b2c3d4e5f601234568', name: 'Grace Hopper' });
  });

  it('deletes a user: 204 with no body, then 404 inexistent_user', async () => {
    const id = encodeURIComponent('auth0|6650a1b2c3d4e5f601234567');
    const token = await mint(['delete:users', 'read:users']);
    const del = await api(`/api/v2/users/${id}`, token, 'DELETE');
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    const again = await api(`/api/v2/users/${id}`, token, 'DELETE');
    expect(again.status).toBe(404);
    expect(again.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'The user does not exist.', errorCode: 'inexistent_user' });
    expect((await api('/api/v2/users', token)).json<unknown[]>()).toHaveLength(2);
  });

  it('a DELETE without delete:users gets Auth0\'s insufficient-scope 403', async () => {
    const r = await api(`/api/v2/users/${encodeURIComponent('auth0|6650a1b2c3d4e5f601234569')}`, await mint(['read:users']), 'DELETE');
    expect(r.status).toBe(403);
    expect(r.json()).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: delete:users, delete:current_user', errorCode: 'insufficient_scope' });
  });

  it('shows a client_secret only to read:client_keys; signing_keys carry a certificate, no private key', async () => {
    const id = emu.seed.clients.explorer.clientId;
    const withKeys = (await api(`/api/v2/clients/${id}`, await mint(['read:client_keys']))).json();
    expect(withKeys.client_secret).toBe(emu.seed.clients.explorer.clientSecret);
    expect(JSON.stringify(withKeys.signing_keys)).toMatch(/BEGIN CERTIFICATE/);
    expect(JSON.stringify(withKeys.signing_keys)).not.toMatch(/PRIVATE KEY/);
    expect((await api(`/api/v2/clients/${id}`, await mint(['read:clients']))).json()).not.toHaveProperty('client_secret');
  });

  it('sends x-ratelimit-limit / -remaining / -reset, the remaining count going down', async () => {
    const token = await mint(['read:users']);
    const a = await api('/api/v2/users', token);
    const b = await api('/api/v2/users', token);
    expect(a.headers['x-ratelimit-limit']).toBe('50');
    expect(Number(b.headers['x-ratelimit-remaining'])).toBe(Number(a.headers['x-ratelimit-remaining']) - 1);
    expect(Number(a.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
  });
});
