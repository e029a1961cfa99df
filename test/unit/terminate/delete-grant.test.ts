// Issue #12 item 2 (FACTS §9): an application can hold a `client` and a `user` grant for one API. The lever
// lists with subject_type=client, shows that grant with its scopes, and deletes only it, even when the server
// ignores the filter; a grant that changed since the user confirmed is not deleted.
import { describe, expect, it } from 'vitest';
import { createTerminateService } from '../../../src/background/terminate/service';
import { fakeApi, makeDeps, type Call } from './helpers';

const AUD = 'https://orders.demo.test/';
const TWO = [
  { id: 'cgr_user', client_id: 'C1', audience: AUD, scope: ['read:orders'], subject_type: 'user' },
  { id: 'cgr_client', client_id: 'C1', audience: AUD, scope: ['read:orders', 'create:orders'], subject_type: 'client' },
];
/** A server that ignores the subject_type filter: the product must still pick the client grant. */
const ignoringFilter = () => fakeApi((c: Call) => (c.method === 'GET' ? { status: 200, body: TWO } : { status: 204 }));
const deletes = (calls: Call[]) => calls.filter((c) => c.method === 'DELETE').map((c) => c.url);

describe('delete the client grant, the right one only', () => {
  it('lists with subject_type=client and shows that grant with its scopes', async () => {
    const api = ignoringFilter();
    const { deps } = makeDeps(api.fetch);
    const g = await createTerminateService(deps)['lever.findGrant']({ profileId: 'p1', clientId: 'C1', audience: AUD }, {});
    expect(g).toEqual({ grantId: 'cgr_client', scope: ['read:orders', 'create:orders'], subjectType: 'client' });
    expect(new URL(api.calls[0]!.url).searchParams.get('subject_type')).toBe('client');
    expect(deletes(api.calls)).toEqual([]);
  });
  it('with two grants present, deletes only the client grant and names its scopes', async () => {
    const api = ignoringFilter();
    const { deps } = makeDeps(api.fetch);
    const r = await createTerminateService(deps)['lever.deleteGrant']({ profileId: 'p1', clientId: 'C1', audience: AUD, confirm: 'yes', grantId: 'cgr_client' }, {});
    expect(deletes(api.calls)).toEqual(['https://demo.us.auth0.com/api/v2/client-grants/cgr_client']);
    expect(r).toMatchObject({ grantId: 'cgr_client', scope: ['read:orders', 'create:orders'] });
    expect(r.message).toMatch(/cgr_client \(subject_type client; scopes read:orders create:orders\) deleted.*user-access grant, if any, is untouched/);
  });
  it('only a user grant: nothing to delete, nothing deleted', async () => {
    const api = fakeApi((c) => (c.method === 'GET' ? { status: 200, body: [TWO[0]] } : { status: 204 }));
    const { deps } = makeDeps(api.fetch);
    await expect(createTerminateService(deps)['lever.deleteGrant']({ profileId: 'p1', clientId: 'C1', audience: AUD, confirm: 'yes' }, {})).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(deletes(api.calls)).toEqual([]);
  });
  it('a grant without subject_type (before user grants existed) is a client grant', async () => {
    const api = fakeApi((c) => (c.method === 'GET' ? { status: 200, body: [{ id: 'cgr_old', client_id: 'C1', audience: AUD, scope: [] }] } : { status: 204 }));
    const { deps } = makeDeps(api.fetch);
    await createTerminateService(deps)['lever.deleteGrant']({ profileId: 'p1', clientId: 'C1', audience: AUD, confirm: 'yes' }, {});
    expect(deletes(api.calls)).toEqual(['https://demo.us.auth0.com/api/v2/client-grants/cgr_old']);
  });
  it('the confirmed grant id must still be the client grant', async () => {
    const api = ignoringFilter();
    const { deps } = makeDeps(api.fetch);
    await expect(createTerminateService(deps)['lever.deleteGrant']({ profileId: 'p1', clientId: 'C1', audience: AUD, confirm: 'yes', grantId: 'cgr_user' }, {})).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(deletes(api.calls)).toEqual([]);
  });
});
