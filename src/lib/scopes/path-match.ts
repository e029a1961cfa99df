// Matching concrete Management API request paths against the catalog's OpenAPI path templates,
// e.g. `/api/v2/users/auth0%7C123` (or a pasted full URL) against `/api/v2/users/{id}`.
// Pure string work, no catalog import, so it can be unit-tested and reused on its own.

export interface PathTemplate {
  /** Segments after splitting on `/`; `null` marks a `{param}` segment. */
  readonly segments: readonly (string | null)[];
}

const PARAM_RE = /^\{[^{}/]+\}$/;

export function compileTemplate(path: string): PathTemplate {
  return { segments: path.split('/').map((s) => (PARAM_RE.test(s) ? null : s)) };
}

/**
 * Reduce user input to a path: accepts a full URL (any host: custom domains are fine, FACTS §8),
 * a path with query/fragment, or a path without the `/api/v2` prefix (`users/{id}` → `/api/v2/users/{id}`).
 * Returns null for input that cannot be a path. Trailing slashes are dropped (the OAS has none).
 */
export function normalizeRequestPath(input: string): string | null {
  let s = input.trim();
  if (s.length === 0 || s.length > 4096 || /\s/.test(s)) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    try {
      s = new URL(s).pathname;
    } catch {
      return null;
    }
  }
  s = s.replace(/[?#].*$/, '');
  if (!s.startsWith('/')) s = `/${s}`;
  if (!s.startsWith('/api/')) s = `/api/v2${s}`;
  while (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  if (s.includes('//')) return null;
  return s;
}

/**
 * Specificity of a match, or null when the template does not match. A literal segment beats a
 * parameter at the first position where two candidates differ, so `/api/v2/custom-domains/default`
 * wins over `/api/v2/custom-domains/{id}` and `/organizations/name/x` picks `organizations/name/{name}`
 * (the catalog has 13 such overlapping pairs).
 */
export function matchTemplate(t: PathTemplate, segments: readonly string[]): number[] | null {
  if (t.segments.length !== segments.length) return null;
  const score: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    const want = t.segments[i];
    const got = segments[i] as string;
    if (want === null) {
      if (got.length === 0) return null;
      score.push(0);
    } else if (want === got) {
      score.push(1);
    } else {
      return null;
    }
  }
  return score;
}

/** Lexicographic comparison of two specificity scores: > 0 when `a` is more specific. */
export function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
