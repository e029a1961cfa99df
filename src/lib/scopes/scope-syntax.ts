// Scope string syntax for Management API scopes (`action:entity`, e.g. `read:users`).
// Imported by the content script, so it must stay tiny and must NOT import catalog.json.
//
// Rule chosen from the data: all 276 names in catalog.json match
// `^[a-z]+(_[a-z]+)*:[a-z]+(_[a-z]+)*$` (lowercase letters and single inner underscores, exactly one
// colon; no digits, `-` or `.` occur). A test pins every catalog name against isScopeLike, so if a
// future catalog adds a digit the test fails loudly instead of the dashboard silently missing a chip.
// Keeping the rule this strict is what rejects decoys on the dashboard page: `12:30`, `https://x`,
// `foo:`, `a:b:c`, `read:`, `Note: read`.

/** The longest catalog name is 43 chars; 80 leaves room while bounding work on hostile page text. */
export const MAX_SCOPE_LENGTH = 80;

const WORD = '[a-z]+(?:_[a-z]+)*';
const SCOPE_RE = new RegExp(`^${WORD}:${WORD}$`);

export interface ParsedScope {
  action: string;
  entity: string;
}

/**
 * Split a scope at its FIRST colon (FACTS §3: `read:users` ↔ `scopes.users.actions = ['read']`).
 * Looser than isScopeLike on purpose: custom-API scopes such as `read:foo:bar` parse as
 * action `read`, entity `foo:bar`. Returns null when either side is empty or contains whitespace.
 */
export function parseScope(s: string): ParsedScope | null {
  if (typeof s !== 'string' || s.length > MAX_SCOPE_LENGTH * 4) return null;
  const i = s.indexOf(':');
  if (i <= 0 || i === s.length - 1) return null;
  if (/\s/.test(s)) return null;
  return { action: s.slice(0, i), entity: s.slice(i + 1) };
}

/** Strict test for "this text is a Management API scope name" (the exact text, no trimming). */
export function isScopeLike(text: string): boolean {
  return typeof text === 'string' && text.length <= MAX_SCOPE_LENGTH && SCOPE_RE.test(text);
}
