// Organizations for machine-to-machine tokens (issue #12 item 7). FACTS §1: the client-credentials request may
// carry `organization`, an organization id or name. FACTS §9: the client grant's `organization_usage` says
// whether one may (`allow`) or must (`require`) be sent; `deny` (the default) forbids it. The token then names
// it in `org_id` (and `org_name` where the tenant includes names). Pure.

export type OrganizationUsage = 'deny' | 'allow' | 'require';

/** The grant's value as Auth0 sent it; the Dashboard docs spell "Required" as `required` too, read as require. */
export function parseOrganizationUsage(v: unknown): OrganizationUsage | null {
  if (v === 'deny' || v === 'allow' || v === 'require') return v;
  if (v === 'required') return 'require';
  return null;
}

/** Offer the organization field: the grant allows or requires one, or its usage could not be read. */
export function offersOrganization(usage: OrganizationUsage | null): boolean {
  return usage !== 'deny';
}

export type OrgInput = { ok: true; value: string | undefined } | { ok: false; reason: string };

/**
 * An organization as typed: `org_…` id or a name; trimmed; empty → none. [?] Auth0's exact name rules are not
 * in FACTS, so only what can never be valid is refused here (spaces, control characters, over 100 characters).
 */
export function checkOrganization(raw: string | undefined): OrgInput {
  const v = (raw ?? '').trim();
  if (!v) return { ok: true, value: undefined };
  if (v.length > 100 || /[\s\u0000-\u001f\u007f]/.test(v)) return { ok: false, reason: 'An organization is an id (org_…) or a name, without spaces.' };
  return { ok: true, value: v };
}

/** Issue #12: with `require` and none given, say so before sending. */
export function organizationProblem(usage: OrganizationUsage | null, organization: string | undefined, audience: string): string | null {
  if (usage === 'require' && !organization) {
    return `This application's grant for ${audience} requires an organization (organization_usage: require): enter an organization id or name before generating.`;
  }
  if (usage === 'deny' && organization) {
    return `This application's grant for ${audience} does not allow organizations (organization_usage: deny): clear the organization, or allow it on the grant.`;
  }
  return null;
}

export interface TokenOrganization {
  /** What was sent as `organization`. */
  requested: string;
  /** From the token: `org_id` / `org_name` (null when the token does not say, e.g. an opaque token). */
  id: string | null;
  name: string | null;
}

export function organizationOf(requested: string, claims: Record<string, unknown>): TokenOrganization {
  const s = (k: string) => (typeof claims[k] === 'string' && (claims[k] as string).length <= 200 ? (claims[k] as string) : null);
  return { requested, id: s('org_id'), name: s('org_name') };
}
