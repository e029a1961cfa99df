// Messages of the scope catalog (issue #7): the background answers every catalog question (scope descriptions,
// endpoints a token's scopes admit, endpoint search, "Why 403?", the Mint scope search), so catalog.json is
// bundled in the background only and never in the popup. Runs in every context. See ../messages.ts for the
// rules. Privileged: only our own pages ask; nothing here is secret, but no page needs to reach it either.
import { v } from '../validate';
import type { Endpoint, ScopeInfo } from '../../lib/scopes/catalog';

/** A token's scopes as the UI sends them (the decoder already bounds the token; this bounds the message). */
export const MAX_SCOPES = 2000;
const scopes = v.array(v.string({ max: 400 }), { max: MAX_SCOPES });
const query = v.string({ max: 1000 });

export const catalogMessages = {
  /** Catalog facts (description, user-token-only) of those of `scopes` the catalog knows. */
  'catalog.describe': { privileged: true, request: v.object({ scopes }) },
  /** Endpoints admitted by `scopes`, narrowed by `query` (empty: all admitted), the first `limit` of them. */
  'catalog.endpoints': { privileged: true, request: v.object({ scopes, query, limit: v.number({ integer: true, min: 0, max: 1000 }) }) },
  /** Every catalog endpoint as "METHOD /path", for the "Why 403?" endpoint picker. */
  'catalog.endpointNames': { privileged: true, request: v.object({}) },
  /** "Why 403?": the scopes a pasted "Insufficient scope" error names, or those admitting `METHOD /path`. */
  'catalog.why403': { privileged: true, request: v.object({ text: v.optional(v.string({ max: 65_536 })), request: v.optional(v.string({ max: 5000 })) }) },
  /** The Mint scope picker's search over catalog scopes (name or description). */
  'catalog.searchScopes': { privileged: true, request: v.object({ query }) },
} as const;

export interface Why403Answer {
  /** Scopes that would admit the call (any one suffices); null when the text or request matched nothing. */
  needed: string[] | null;
}

export interface CatalogResponses {
  'catalog.describe': { known: ScopeInfo[] };
  'catalog.endpoints': { admitted: number; matches: number; shown: Endpoint[] };
  'catalog.endpointNames': { names: string[] };
  'catalog.why403': Why403Answer;
  'catalog.searchScopes': { scopes: ScopeInfo[] };
}
