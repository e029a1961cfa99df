// Grouping of scope strings by entity ("users: read, update, …"), with the per-scope facts supplied by the
// caller. Kept apart from catalog.ts so the popup can group a token's scopes at once without bundling
// catalog.json: the descriptions arrive later from the background (`catalog.describe`).
import { parseScope } from './scope-syntax';

/** What the catalog knows about one scope; absent for scopes it does not know. */
export interface ScopeFacts {
  description: string;
  userTokenOnly: boolean;
}

export interface EntityGroup {
  entity: string;
  actions: { action: string; scope: string; description: string; userTokenOnly: boolean }[];
}

// Actions listed CRUD-first (how the dashboard and people read them: "users: read, update, …").
const ACTION_ORDER = ['read', 'create', 'update', 'delete'];
function actionRank(a: string): number {
  const i = ACTION_ORDER.indexOf(a);
  return i === -1 ? ACTION_ORDER.length : i;
}

/**
 * Group scopes by entity, entities alphabetical, actions CRUD-first then alphabetical. Duplicates
 * collapse. Strings that are not `action:entity` (e.g. `openid`) land in a final group with entity ''.
 */
export function groupScopes(scopes: Iterable<string>, facts: (scope: string) => ScopeFacts | undefined): EntityGroup[] {
  const groups = new Map<string, Map<string, EntityGroup['actions'][number]>>();
  for (const scope of scopes) {
    const p = parseScope(scope);
    const entity = p ? p.entity : '';
    const action = p ? p.action : scope;
    let g = groups.get(entity);
    if (!g) groups.set(entity, (g = new Map()));
    const info = facts(scope);
    g.set(scope, { action, scope, description: info?.description ?? '', userTokenOnly: info?.userTokenOnly ?? false });
  }
  return [...groups]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([entity, g]) => ({
      entity,
      actions: [...g.values()].sort(
        (x, y) => actionRank(x.action) - actionRank(y.action) || (x.action < y.action ? -1 : x.action > y.action ? 1 : 0),
      ),
    }));
}
