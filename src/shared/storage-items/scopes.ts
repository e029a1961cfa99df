// Storage items of the live scope list (issue #12 item 6), spread into ITEMS in ../storage-schema.ts. Pure
// declarations. `local`: scope names and descriptions of the tenant's APIs are metadata, not secrets (no token,
// no signing secret is kept: src/lib/scopes/live.ts copies names only), and a list that survives a restart is
// what lets a new Auth0 scope work between releases. A new key with an empty default: no migration needed.
import { item } from '../storage-item';
import type { LiveScopeList } from '../../lib/scopes/live';


export const SCOPES_ITEMS = {
  /** Profile id → the tenant's scope list as last fetched (GET /api/v2/resource-servers). */
  liveScopes: item<Record<string, LiveScopeList>>('local', 'liveScopes', {}, 4),
};
