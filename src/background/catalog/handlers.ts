// Handlers of the catalog messages (../../shared/messages/catalog.ts): the only place catalog.json is bundled
// for the extension pages' questions, so the popup stays small (issue #7). Pure look-ups, no storage, no
// network. Runs in the background.
import type { CatalogResponses } from '../../shared/messages/catalog';
import type { Handler } from '../router';
import { allEndpoints, endpointsAdmittedBy, scopeInfo, searchEndpoints, searchScopes, type ScopeInfo } from '../../lib/scopes/catalog';
import { explain403ForEndpoint, parseInsufficientScope } from '../../lib/scopes/why403';

const REQUEST_RE = /^\s*(GET|POST|PUT|PATCH|DELETE)\s+(\S+)\s*$/i;

export const catalogHandlers: { [T in keyof CatalogResponses]: Handler<T> } = {
  'catalog.describe': async ({ scopes }) => ({
    known: [...new Set(scopes)].map(scopeInfo).filter((s): s is ScopeInfo => s !== undefined),
  }),
  'catalog.endpoints': async ({ scopes, query, limit }) => {
    const admitted = endpointsAdmittedBy(scopes);
    const found = query.trim() ? searchEndpoints(query, scopes) : admitted;
    return { admitted: admitted.length, matches: found.length, shown: found.slice(0, limit) };
  },
  'catalog.endpointNames': async () => ({ names: allEndpoints().map((e) => `${e.method} ${e.path}`) }),
  'catalog.why403': async ({ text, request }) => {
    if (text !== undefined) return { needed: parseInsufficientScope(text)?.scopes ?? null };
    const m = request === undefined ? null : REQUEST_RE.exec(request);
    const found = m ? explain403ForEndpoint(m[1] as string, m[2] as string, []) : null;
    return { needed: found?.endpoint ? found.admittingScopes : null };
  },
  'catalog.searchScopes': async ({ query }) => ({ scopes: searchScopes(query) }),
};
