// The trimmed Management API scope catalog (src/lib/scopes/catalog.json, built from Auth0's OAS, FACTS §5)
// shaped for the emulator's reference pages: one page per endpoint, grouped by the first path segment after
// /api/v2/, with URL slugs derived from method + path. Runs in Node.
import catalog from '../../src/lib/scopes/catalog.json' with { type: 'json' };

export interface CatalogScope {
  name: string;
  description: string;
  userTokenOnly?: boolean;
}

export interface CatalogEndpoint {
  method: string;
  path: string;
  summary: string;
  scopes: string[];
}

export interface DocEndpoint extends CatalogEndpoint {
  group: string;
  slug: string;
  /** Position in the catalog; picks the markup variant of the Scopes section. */
  index: number;
}

export const SCOPES = catalog.scopes as CatalogScope[];
const ENDPOINTS = catalog.endpoints as CatalogEndpoint[];

const API_PREFIX = '/api/v2/';

/** `GET /api/v2/users` → `get-users`; `GET /api/v2/users/{id}/roles` → `get-users-by-id-roles`. */
export function endpointSlug(method: string, path: string): string {
  const parts = path
    .slice(API_PREFIX.length)
    .split('/')
    .map((p) => (p.startsWith('{') ? `by-${p.slice(1, -1)}` : p))
    .map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
  return [method.toLowerCase(), ...parts].join('-');
}

export const DOC_ENDPOINTS: DocEndpoint[] = ENDPOINTS.map((e, index) => ({
  ...e,
  group: e.path.slice(API_PREFIX.length).split('/')[0] ?? '',
  slug: endpointSlug(e.method, e.path),
  index,
}));

export const DOC_GROUPS: Map<string, DocEndpoint[]> = new Map();
for (const e of DOC_ENDPOINTS) {
  const list = DOC_GROUPS.get(e.group) ?? [];
  list.push(e);
  DOC_GROUPS.set(e.group, list);
}

export function findEndpoint(group: string, slug: string): DocEndpoint | undefined {
  return DOC_GROUPS.get(group)?.find((e) => e.slug === slug);
}

/** "client-grants" → "Client Grants" for headings. */
export function groupTitle(group: string): string {
  return group
    .split('-')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}
