// Issue #12 item 4 (FACTS §4, §11): a tenant without the blacklist endpoint (404/405/410) gets one message and
// exactly one request, remembered per tenant; the bulk run stops at the first such answer and says how many
// were done; a legacy token without iss whose global client id no profile knows offers every profile and can
// be remembered on the chosen one.
import { describe, expect, it } from 'vitest';
import { createTerminateService } from '../../../src/background/terminate/service';
import { entry, fakeApi, makeDeps, profile, type Call } from './helpers';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (header: object, payload: object) => `${b64(header)}.${b64(payload)}.c2ln`;
const GLOBAL = 'GlobalClient0000000000000000005';
const OTHER_GLOBAL = 'OtherGlobalClient000000000000009';
const isBlacklist = (c: Call) => c.url.includes('/api/v2/blacklists/tokens');
const rejection = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e as { code: string; message: string; detail?: Record<string, unknown> });

function goneApi(status: number, okPostsFirst = 0) {
  let ok = okPostsFirst;
  return fakeApi((c) => {
    if (isBlacklist(c) && c.method === 'POST' && ok-- > 0) return { status: 204 };
    if (isBlacklist(c)) return status === 405 ? { status } : { status, body: { statusCode: status, error: 'x', message: status === 404 ? 'Not Found' : 'Gone' } };
    return { status: 500, body: { statusCode: 500, error: 'x', message: 'unexpected' } };
  });
}

describe('a tenant without the blacklist endpoint', () => {
  it.each([404, 405, 410])('%i: "no longer offers token blacklisting", exactly one request, then none', async (status) => {
    const api = goneApi(status);
    const { deps, states } = makeDeps(api.fetch, { ledger: [entry({ id: 'a', jti: 'J' })] });
    const svc = createTerminateService(deps);
    const e = await rejection(svc['blacklist.add']({ profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'yes' }, {}));
    expect(e.message).toMatch(/^This tenant no longer offers token blacklisting/);
    expect(e.detail).toMatchObject({ blacklistGone: true, status });
    expect(api.calls.filter(isBlacklist)).toHaveLength(1);
    expect(states.a).toEqual(['pending', 'none']); // nothing happened: not "failed"
    // Asked again (another click, the list view): same answer, no request.
    await rejection(svc['blacklist.add']({ profileId: 'p1', aud: GLOBAL, jti: 'J', confirm: 'yes' }, {}));
    await rejection(svc['blacklist.list']({ profileId: 'p1', aud: GLOBAL }, {}));
    expect(api.calls.filter(isBlacklist)).toHaveLength(1);
  });

  it('the bulk run stops at the first such answer and says how many were done', async () => {
    const api = goneApi(404, 2);
    const ledger = ['a', 'b', 'c', 'd'].map((id) => entry({ id }));
    const { deps } = makeDeps(api.fetch, { ledger });
    const svc = createTerminateService(deps);
    const started = await svc['blacklist.bulk']({ profileId: 'p1', confirm: 'yes' }, {});
    let s = started;
    for (let i = 0; i < 50 && !s.done; i++) s = await new Promise((r) => setTimeout(() => void svc['blacklist.bulkStatus']({ jobId: started.jobId }, {}).then(r), 5));
    expect(s.done).toBe(true);
    expect(api.calls.filter(isBlacklist)).toHaveLength(3); // two accepted, the third answered 404, nothing after
    expect(s.error).toMatch(/no longer offers token blacklisting.*Stopped at the first such answer: 2 of 4 sent before it/);
    expect(s.items.map((i) => i.outcome)).toEqual(['unknown', 'unknown', 'failed', 'skipped']);
  });
});

describe('a legacy token whose global client id no profile knows', () => {
  const token = jwt({ alg: 'HS256', typ: 'JWT' }, { aud: OTHER_GLOBAL, scopes: { users: { actions: ['read'] } }, iat: 1_700_000_000, jti: 'JX' });
  it('offers every profile to choose, then remembers the id on the chosen one', async () => {
    const profiles = [profile(), profile({ id: 'p2', label: 'Other', domain: 'other.eu.auth0.com' })];
    const { deps } = makeDeps(fakeApi(() => ({ status: 204 })).fetch, { profiles });
    const svc = createTerminateService(deps);
    const plan = await svc['terminate.plan']({ token }, {});
    expect(plan.unmatched).toEqual({ globalClientId: OTHER_GLOBAL });
    expect(plan.profiles.map((p) => [p.id, p.reason])).toEqual([['p1', 'chosen'], ['p2', 'chosen']]);
    expect(plan.audChoices).toEqual([OTHER_GLOBAL]);

    const r = await svc['terminate.rememberGlobalClient']({ profileId: 'p2', globalClientId: OTHER_GLOBAL }, {});
    expect(r.message).toContain('“Other”');
    const again = await svc['terminate.plan']({ token }, {});
    expect(again.unmatched).toBeNull();
    expect(again.profiles.map((p) => [p.id, p.reason])).toEqual([['p2', 'global-client']]);
    await expect(svc['blacklist.audiences']({ profileId: 'p2' }, {})).resolves.toEqual({ audiences: [GLOBAL, OTHER_GLOBAL] });
  });
  it('a legacy token with an iss of an unknown tenant is not offered to other profiles', async () => {
    const withIss = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'https://nowhere.eu.auth0.com/', aud: OTHER_GLOBAL, scopes: { users: { actions: ['read'] } }, jti: 'JY' });
    const { deps } = makeDeps(fakeApi(() => ({ status: 204 })).fetch);
    const plan = await createTerminateService(deps)['terminate.plan']({ token: withIss }, {});
    expect(plan.unmatched).toBeNull();
    expect(plan.profiles).toEqual([]);
  });
});

describe('remembered global client ids survive an edit of the profile', () => {
  it('kept for the same tenant, dropped when the domain changes', async () => {
    const { applyProfileInput } = await import('../../../src/lib/profiles/profile-input');
    const input = { label: 'Demo', domain: 'demo.us.auth0.com', environment: 'development' as const };
    const first = applyProfileInput(input, null, 1, () => 'p1').profile;
    const remembered = { ...first, globalClientIds: [OTHER_GLOBAL] };
    expect(applyProfileInput({ ...input, id: 'p1', label: 'Renamed' }, { profile: remembered, secrets: {} }, 2, () => 'x').profile.globalClientIds).toEqual([OTHER_GLOBAL]);
    expect(applyProfileInput({ ...input, id: 'p1', domain: 'other.eu.auth0.com' }, { profile: remembered, secrets: {} }, 2, () => 'x').profile.globalClientIds).toBeUndefined();
  });
});
