// Issue #12 items 7 and 8: quota headers become "7 of 10 tokens left this hour" (client and organization,
// FACTS §1), a quota 429 names the quota that ran out and when it resets; organization input, usage and claims
// (FACTS §1, §9).
import { describe, expect, it, vi } from 'vitest';
import { requestToken } from '../../../src/lib/auth0/http-client';
import type { FetchLike, ResponseLike } from '../../../src/lib/auth0/timed-fetch';
import { buildTokenRequest } from '../../../src/lib/auth0/token-request';
import { quotaExhausted, readQuotas } from '../../../src/lib/auth0/quota';
import { checkOrganization, offersOrganization, organizationOf, organizationProblem, parseOrganizationUsage } from '../../../src/lib/auth0/organizations';
import { parseGrants } from '../../../src/lib/auth0/management-requests';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] ?? null });
function res(status: number, body: unknown, h: Record<string, string> = {}): ResponseLike {
  return { status, headers: headers({ 'content-type': 'application/json', ...h }), text: async () => JSON.stringify(body) };
}
const rejection = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e as { code: string; message: string; detail?: Record<string, unknown> });

describe('quota headers', () => {
  it('the FACTS §1 example reads as tokens left this hour and today', () => {
    const q = readQuotas(headers({ 'auth0-client-quota-limit': 'b=per_hour;q=10;r=7;t=3540,b=per_day;q=50;r=47;t=43200' }));
    expect(q.map((b) => b.text)).toEqual(['7 of 10 tokens left this hour', '47 of 50 tokens left today']);
    expect(q[0]).toMatchObject({ owner: 'client', bucket: 'per_hour', quota: 10, remaining: 7, resetSeconds: 3540 });
  });
  it('the organization header is read too, and named', () => {
    const q = readQuotas(headers({ 'auth0-organization-quota-limit': 'b=per_day;q=100;r=99;t=80000' }));
    expect(q).toEqual([expect.objectContaining({ owner: 'organization', text: '99 of 100 tokens left today (organization)' })]);
    expect(readQuotas(headers({}))).toEqual([]);
  });
  it('an exhausted bucket is named with its reset time', () => {
    const q = readQuotas(headers({ 'auth0-client-quota-limit': 'b=per_hour;q=10;r=0;t=1800,b=per_day;q=50;r=40;t=43200' }));
    const out = quotaExhausted(q, NOW)!;
    expect(out.message).toMatch(/^This application's hourly token quota \(10 tokens\) is used up; it resets at \d\d:\d\d:\d\d \(in 30 min\)\.$/);
    expect(out.resetAt).toBe(NOW / 1000 + 1800);
    expect(quotaExhausted(readQuotas(headers({ 'auth0-client-quota-limit': 'b=per_hour;q=10;r=3;t=1' })), NOW)).toBeNull();
  });
});

describe('requestToken with quotas', () => {
  const req = buildTokenRequest({ domain: 'demo.us.auth0.com', clientId: 'cid', clientSecret: 's3cret', organization: 'acme' });
  it('sends organization and returns the quota views on success', async () => {
    let sent = '';
    const fetch = vi.fn<FetchLike>(async (_u, init) => ((sent = String(init.body)), res(200, { access_token: 'a.b.c', expires_in: 60 }, { 'auth0-client-quota-limit': 'b=per_hour;q=10;r=7;t=3540' })));
    const out = await requestToken(req, { fetch });
    expect(JSON.parse(sent)).toMatchObject({ organization: 'acme' });
    expect(out.quotas?.map((q) => q.text)).toEqual(['7 of 10 tokens left this hour']);
  });
  it('a quota 429 names the quota and when it resets, and is not retried', async () => {
    const fetch = vi.fn<FetchLike>(async () =>
      res(429, { error: 'too_many_requests', error_description: 'Client quota exceeded' }, { 'retry-after': '3540', 'auth0-client-quota-limit': 'b=per_hour;q=10;r=0;t=3540,b=per_day;q=50;r=40;t=43200' }),
    );
    const e = await rejection(requestToken(req, { fetch, now: () => NOW, sleep: async () => undefined }));
    expect(e.code).toBe('ERR_RATE_LIMITED');
    expect(e.message).toMatch(/^This application's hourly token quota \(10 tokens\) is used up; it resets at \d\d:\d\d:\d\d \(in 59 min\)\. The M2M token quota of this application is used up\. Auth0 said: “Client quota exceeded”/);
    expect(e.detail).toMatchObject({ until: NOW / 1000 + 3540, quotaExhausted: true });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('organizations', () => {
  it('usage values, and when to offer the field', () => {
    expect(['deny', 'allow', 'require', 'required', 'x', undefined].map(parseOrganizationUsage)).toEqual(['deny', 'allow', 'require', 'require', null, null]);
    expect([offersOrganization('deny'), offersOrganization('allow'), offersOrganization('require'), offersOrganization(null)]).toEqual([false, true, true, true]);
  });
  it('require with none is said before sending; deny with one too', () => {
    expect(organizationProblem('require', undefined, 'https://api/')).toMatch(/requires an organization \(organization_usage: require\)/);
    expect(organizationProblem('require', 'acme', 'https://api/')).toBeNull();
    expect(organizationProblem('allow', undefined, 'https://api/')).toBeNull();
    expect(organizationProblem('deny', 'acme', 'https://api/')).toMatch(/does not allow organizations/);
  });
  it('input: trimmed, empty is none, spaces refused', () => {
    expect(checkOrganization('  org_abc ')).toEqual({ ok: true, value: 'org_abc' });
    expect(checkOrganization('')).toEqual({ ok: true, value: undefined });
    expect(checkOrganization('acme corp').ok).toBe(false);
  });
  it('claims: org_id and org_name from the token', () => {
    expect(organizationOf('acme', { org_id: 'org_1', org_name: 'acme' })).toEqual({ requested: 'acme', id: 'org_1', name: 'acme' });
    expect(organizationOf('acme', {})).toEqual({ requested: 'acme', id: null, name: null });
  });
  it('grants carry organization_usage and allow_any_organization', () => {
    const [g] = parseGrants([{ id: 'cgr', client_id: 'c', audience: 'a', scope: [], subject_type: 'client', organization_usage: 'require', allow_any_organization: false }])!;
    expect(g).toMatchObject({ organizationUsage: 'require', allowAnyOrganization: false });
  });
});
