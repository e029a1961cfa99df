// Path-template parameters of a Management API endpoint (`/api/v2/users/{id}/roles` → ["id"]) and filling them
// with the user's values, each percent-encoded as one segment (`auth0|123` → `auth0%7C123`), so a value can
// never add a segment, a query or another host. Pure; runs in extension pages and the background.

const PARAM = /\{([^{}/]+)\}/g;

/** Parameter names in template order, without duplicates. */
export function templateParams(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(PARAM)) if (!out.includes(m[1] as string)) out.push(m[1] as string);
  return out;
}

export type FilledPath = { ok: true; path: string } | { ok: false; missing: string[] };

/** The concrete path; every parameter must have a non-blank value. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): FilledPath {
  const missing = templateParams(template).filter((p) => !(values[p] ?? '').trim());
  if (missing.length) return { ok: false, missing };
  return { ok: true, path: template.replace(PARAM, (_, name: string) => encodeURIComponent((values[name] as string).trim())) };
}

/** A concrete Management API path as the background accepts it: `/api/v2/` + encoded segments, nothing else. */
export function isConcreteApiPath(path: string): boolean {
  if (path.length > 2048 || !path.startsWith('/api/v2/')) return false;
  const segs = path.slice('/api/v2/'.length).split('/');
  return segs.every((s) => s.length > 0 && s !== '.' && s !== '..' && /^[A-Za-z0-9\-._~%!$&'()*+,;=:@]+$/.test(s) && !/%2[fF]|%5[cC]/.test(s) && !/^(%2[eE]){1,2}$/.test(s));
}
