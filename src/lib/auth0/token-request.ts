// Builds the client-credentials token request (FACTS §1): URL, headers and JSON body, with the audience rules of
// FACTS §1/§8. Pure (no browser API, no network); used by the background token service and the snippets.
// The secret appears only in the body, never in the URL (SECURITY B3.28).
import { canonicalManagementAudience } from '../domain';

export interface TokenRequestInput {
  /** Canonical tenant domain, e.g. `demo.us.auth0.com`. */
  domain: string;
  /** Optional custom domain: the request goes there, the Management API audience stays canonical (FACTS §8). */
  customDomain?: string;
  clientId: string;
  clientSecret: string;
  /** Any API identifier; empty/undefined → the Management API of the canonical domain. */
  audience?: string;
  /** Optional narrowing (FACTS §1: `scope` is an optional space-separated subset of the grant). */
  scopes?: readonly string[];
  /** FACTS §1: an organization id or name (issue #12 item 7); sent only when given. */
  organization?: string;
}

export interface TokenRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  /** The JSON body as an object (snippets print it) and as text (fetch sends it). */
  body: Record<string, string>;
  bodyText: string;
  /** The audience actually sent. */
  audience: string;
}

/** `https://CANONICAL/api/v2/` with the trailing slash (FACTS §1: without it → 403). */
export function managementAudience(canonicalDomain: string): string {
  return canonicalManagementAudience(canonicalDomain.toLowerCase()); // src/lib/domain: throws for a custom domain
}

/** Host the request goes to: the custom domain if set, else the canonical one (issue #4). */
export function tokenHost(input: Pick<TokenRequestInput, 'domain' | 'customDomain'>): string {
  return (input.customDomain || input.domain).toLowerCase();
}

/**
 * Normalises an audience the user typed. A Management API audience written with the custom domain, or without
 * the trailing slash, is rewritten to the canonical one: FACTS §8 says the custom-domain form gives 403
 * "Service not enabled", and FACTS §1 says the slash-less form does too. Other identifiers are sent verbatim
 * (API identifiers are compared exactly by Auth0).
 */
export function resolveAudience(input: Pick<TokenRequestInput, 'domain' | 'customDomain' | 'audience'>): string {
  const canonical = managementAudience(input.domain);
  const raw = (input.audience ?? '').trim();
  if (!raw) return canonical;
  const hosts = [input.domain, input.customDomain].filter((h): h is string => !!h).map((h) => h.toLowerCase());
  const m = /^https:\/\/([^/]+)\/api\/v2\/?$/i.exec(raw);
  if (m && hosts.includes(m[1]!.toLowerCase())) return canonical;
  return raw;
}

/** Space-separated, de-duplicated scope string; undefined when no narrowing was asked for. */
export function scopeParam(scopes: readonly string[] | undefined): string | undefined {
  const list = [...new Set((scopes ?? []).map((s) => s.trim()).filter(Boolean))];
  return list.length ? list.join(' ') : undefined;
}

export function buildTokenRequest(input: TokenRequestInput): TokenRequest {
  const audience = resolveAudience(input);
  const body: Record<string, string> = {
    grant_type: 'client_credentials',
    client_id: input.clientId,
    client_secret: input.clientSecret,
    audience,
  };
  const scope = scopeParam(input.scopes);
  if (scope) body.scope = scope;
  if (input.organization) body.organization = input.organization;
  return {
    // FACTS §1: JSON is accepted, and it is what the Dashboard's Test tab sends.
    url: `https://${tokenHost(input)}/oauth/token`,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    bodyText: JSON.stringify(body),
    audience,
  };
}
