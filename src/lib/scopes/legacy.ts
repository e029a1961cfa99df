// Conversion between the legacy APIv2 token's `scopes` object and scope strings (FACTS §3):
// `{users: {actions: ['read','create']}}` ↔ `['read:users', 'create:users']` — `action:entity`
// maps to `scopes[entity].actions[]` ("The string representation of the scope is `read:users`").
// Legacy tokens are untrusted input: junk is skipped and reported, never thrown, and no input key
// (e.g. `__proto__`) is ever used as an assignment target on an ordinary object.
import { isScopeLike, parseScope } from './scope-syntax';
import { isManagementScope } from './scope-names';

export type LegacyScopesObject = Record<string, { actions: string[] }>;

export interface LegacyIssue {
  /** `not-object`: the whole value or one entity entry has the wrong shape; `bad-action`/`bad-scope`:
   *  a name fails the scope syntax; `unknown-scope`: well-formed but not in the catalog (kept). */
  kind: 'not-object' | 'bad-action' | 'bad-scope' | 'unknown-scope' | 'duplicate';
  where: string;
}

const MAX_ENTRIES = 1000;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Legacy `scopes` object → scope strings, in input order, de-duplicated. */
export function scopesObjectToStrings(value: unknown): { scopes: string[]; issues: LegacyIssue[] } {
  const issues: LegacyIssue[] = [];
  const out: string[] = [];
  const seen = new Set<string>();
  if (!isPlainObject(value)) return { scopes: out, issues: [{ kind: 'not-object', where: 'scopes' }] };
  for (const entity of Object.keys(value).slice(0, MAX_ENTRIES)) {
    const entry = Object.getOwnPropertyDescriptor(value, entity)?.value;
    const actions = isPlainObject(entry) ? Object.getOwnPropertyDescriptor(entry, 'actions')?.value : undefined;
    if (!Array.isArray(actions)) {
      issues.push({ kind: 'not-object', where: `scopes.${entity}` });
      continue;
    }
    actions.slice(0, MAX_ENTRIES).forEach((action: unknown, i) => {
      const where = `scopes.${entity}.actions[${i}]`;
      if (typeof action !== 'string') return void issues.push({ kind: 'bad-action', where });
      const scope = `${action}:${entity}`;
      if (!isScopeLike(scope)) return void issues.push({ kind: 'bad-scope', where });
      if (seen.has(scope)) return void issues.push({ kind: 'duplicate', where });
      if (!isManagementScope(scope)) issues.push({ kind: 'unknown-scope', where });
      seen.add(scope);
      out.push(scope);
    });
  }
  return { scopes: out, issues };
}

/** Scope strings → legacy `scopes` object (entity keys in first-seen order). */
export function stringsToScopesObject(scopes: Iterable<unknown>): { scopes: LegacyScopesObject; issues: LegacyIssue[] } {
  const issues: LegacyIssue[] = [];
  const byEntity = new Map<string, string[]>();
  let i = -1;
  for (const s of scopes) {
    i++;
    if (i >= MAX_ENTRIES) break;
    const where = `[${i}]`;
    const p = typeof s === 'string' && isScopeLike(s) ? parseScope(s) : null;
    if (!p) {
      issues.push({ kind: 'bad-scope', where });
      continue;
    }
    let list = byEntity.get(p.entity);
    if (!list) byEntity.set(p.entity, (list = []));
    if (list.includes(p.action)) {
      issues.push({ kind: 'duplicate', where });
      continue;
    }
    if (!isManagementScope(s as string)) issues.push({ kind: 'unknown-scope', where });
    list.push(p.action);
  }
  // Object.fromEntries defines own properties, so even an entity named `__proto__` cannot reach a prototype.
  return { scopes: Object.fromEntries([...byEntity].map(([e, actions]) => [e, { actions }])), issues };
}
