// Handler of `mint.grantInfo` (issue #12 item 7): the profile's own `subject_type: client` grant for an API,
// read with the profile's management token (FACTS §9: GET /api/v2/client-grants?client_id=&audience=&
// subject_type=client needs read:client_grants), reduced to its organization settings. Answers are kept five
// minutes per profile and API so opening the Mint tab adds no request each time. A grant that cannot be read
// is not an error: the field is then offered with a note. Runs in the background.
import { isAppError } from '../../lib/errors';
import type { GrantInfoAnswer, GrantInfoResponses } from '../../shared/messages/grant-info';
import { callManagementApi } from '../../lib/auth0/management-api';
import { findGrantsRequest, parseGrants } from '../../lib/auth0/management-requests';
import { resolveAudience } from '../../lib/auth0/token-request';
import type { Handler } from '../router';
import { browserAuthFetch } from '../net';
import { profiles, svc } from './mint';

const TTL_MS = 5 * 60_000;
const cache = new Map<string, { at: number; answer: GrantInfoAnswer }>();
const fetchFn = browserAuthFetch(() => profiles.customDomains());

export const grantInfoHandlers: { [T in keyof GrantInfoResponses]: Handler<T> } = {
  'mint.grantInfo': async ({ profileId, audience: asked }) => {
    const p = await profiles.require(profileId);
    const audience = resolveAudience({ domain: p.domain, customDomain: p.customDomain, audience: asked });
    const key = `${p.id}|${p.updatedAt}|${audience}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.answer;
    const unknown = (note: string): GrantInfoAnswer => ({ audience, organizationUsage: null, allowAnyOrganization: null, note });
    if (!p.clientId) return unknown('This profile has no client for client credentials.');
    let answer: GrantInfoAnswer;
    try {
      const token = (await svc.mint({ profileId: p.id, mode: 'client-credentials', scopes: [] })).token;
      const { body } = await callManagementApi({ host: p.customDomain || p.domain, token }, findGrantsRequest(p.clientId, audience), { fetch: fetchFn }, { needed: ['read:client_grants'] });
      const grant = (parseGrants(body) ?? []).find((g) => g.clientId === p.clientId && g.audience === audience && (g.subjectType ?? 'client') === 'client');
      answer = grant
        ? // FACTS §9 / Auth0 docs: organization_usage absent means the default, deny.
          { audience, organizationUsage: grant.organizationUsage ?? 'deny', allowAnyOrganization: grant.allowAnyOrganization ?? null, note: null }
        : unknown(`No client grant of this application for ${audience}.`);
    } catch (err) {
      return unknown(`The grant's organization settings could not be read: ${isAppError(err) ? err.message : 'unexpected error'}`);
    }
    cache.set(key, { at: Date.now(), answer });
    return answer;
  },
};
