// Messages of the live scope list (issue #12 item 6). Runs in every context. See ../messages.ts for the rules.
// `scopes.live` and `scopes.refresh` are privileged (our own pages: the refresh mints a management token with
// the profile's secret). `scopes.forPage` is public: a content script gets the scope NAMES the cache holds for
// the page's tenant (metadata, like the catalog's names it already bundles), never a token, and it cannot make
// the background fetch or mint anything.
import { v } from '../validate';
import type { LiveScopesView, PageScopeNames } from '../../lib/scopes/live';

export type { LiveScopesView, PageScopeNames } from '../../lib/scopes/live';

const id = v.string({ min: 1, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });
const domain = v.string({ min: 1, max: 253, pattern: /^[A-Za-z0-9.-]+$/ });

export const scopesMessages = {
  /** The profile's cached list (no network). */
  'scopes.live': { privileged: true, request: v.object({ profileId: id }) },
  /** Fetches the tenant's list now (GET /api/v2/resource-servers) and caches it; the old list survives a failure. */
  'scopes.refresh': { privileged: true, writes: true, request: v.object({ profileId: id }) },
  /** Names for a page: the profiles of `domains` (the page's tenant; none: every profile, for the reference
   *  pages), plus the permissions of the API `apiId` names (a dashboard API page). Cache only. */
  'scopes.forPage': {
    privileged: false,
    request: v.object({ domains: v.array(domain, { max: 4 }), apiId: v.optional(v.string({ min: 1, max: 64, pattern: /^[A-Za-z0-9_-]+$/ })) }),
  },
} as const;

export interface ScopesResponses {
  'scopes.live': LiveScopesView;
  'scopes.refresh': LiveScopesView;
  'scopes.forPage': PageScopeNames;
}
