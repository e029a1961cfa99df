// Issue #12 item 3 (FACTS §2, §7, §11 [?]): shortening token_lifetime below the API's token_lifetime_for_web
// sends both; above it only token_lifetime; a 400 about the lifetimes is shown with Auth0's words and the fix.
import { describe, expect, it } from 'vitest';
import { createTerminateService } from '../../../src/background/terminate/service';
import { setLifetimeRequest } from '../../../src/lib/auth0/management-requests';
import { fakeApi, makeDeps } from './helpers';

const MGMT = { id: '630fb8508f2040fc2d041057', name: 'Auth0 Management API', identifier: 'https://demo.us.auth0.com/api/v2/', token_lifetime: 86400, token_lifetime_for_web: 7200 };
const rejection = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e as { code: string; message: string });

describe('setLifetime and token_lifetime_for_web', () => {
  it('request: both only when the new maximum is below the current web lifetime', () => {
    expect(setLifetimeRequest('x', 600, 7200).body).toEqual({ token_lifetime: 600, token_lifetime_for_web: 600 });
    expect(setLifetimeRequest('x', 7200, 7200).body).toEqual({ token_lifetime: 7200 });
    expect(setLifetimeRequest('x', 600, null).body).toEqual({ token_lifetime: 600 });
  });
  it('600 s on the Management API (7200 for web) sends both and says so', async () => {
    const api = fakeApi((c) => (c.method === 'PATCH' ? { status: 200, body: { ...MGMT, ...JSON.parse(c.body!) } } : { status: 200, body: MGMT }));
    const { deps } = makeDeps(api.fetch);
    const r = await createTerminateService(deps)['lever.setLifetime']({ profileId: 'p1', audience: MGMT.identifier, seconds: 600, confirm: 'yes' }, {});
    expect(JSON.parse(api.calls[1]!.body!)).toEqual({ token_lifetime: 600, token_lifetime_for_web: 600 });
    expect(r).toMatchObject({ previous: 86400, tokenLifetime: 600, previousForWeb: 7200, tokenLifetimeForWeb: 600 });
    expect(r.message).toMatch(/now 600 s \(was 86400\).*token_lifetime_for_web \(implicit\/hybrid flows\) was 7200 s.*set to 600 s too/);
  });
  it("Auth0's 400 about the lifetimes is quoted with the fix", async () => {
    const refusal = { statusCode: 400, error: 'Bad Request', message: 'token_lifetime_for_web (7200) cannot be greater than token_lifetime (600)', errorCode: 'invalid_body' };
    const api = fakeApi((c) => (c.method === 'PATCH' ? { status: 400, body: refusal } : { status: 200, body: MGMT }));
    const { deps } = makeDeps(api.fetch);
    const e = await rejection(createTerminateService(deps)['lever.setLifetime']({ profileId: 'p1', audience: MGMT.identifier, seconds: 600, confirm: 'yes' }, {}));
    expect(e.message).toContain('Auth0 said: “token_lifetime_for_web (7200) cannot be greater than token_lifetime (600)”');
    expect(e.message).toMatch(/Fix: .*token_lifetime_for_web .*now 7200 s; 600 s was sent for both.*or choose 7200 s or more/);
    expect(api.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
  });
});
