// POST /oauth/token on the tenant hosts (Node only): the client-credentials grant with Auth0's exact
// error table (FACTS §1), audience rules incl. the custom domain (FACTS §8) and rate-limit headers.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { oauthError, parseBody, sendJson } from './http';
import type { KeyStore } from './keys';
import { mintToken } from './mint';
import { resolveOrganization } from './organizations';
import { takeQuota } from './quota';
import type { TenantState } from './state';

/** x-ratelimit-* on every token response (FACTS §1 example: 1000 / 50 / <epoch s>). */
export class RateWindow {
  readonly limit = 1000;
  private remaining = this.limit;
  private resetAt = 0;
  headers(): Record<string, string> {
    const now = Math.floor(Date.now() / 1000);
    if (now >= this.resetAt) {
      this.resetAt = now + 60;
      this.remaining = this.limit;
    }
    this.remaining = Math.max(0, this.remaining - 1);
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': String(this.resetAt),
    };
  }
}

export interface TokenDeps {
  state: TenantState;
  keys: KeyStore;
  rate: RateWindow;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** client_secret_basic: `Basic base64(urlencode(id):urlencode(secret))` (RFC 6749 §2.3.1). */
function basicCredentials(req: IncomingMessage): { id: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=._~-]+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i === -1) return undefined;
  const dec = (s: string): string => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  return { id: dec(decoded.slice(0, i)), secret: dec(decoded.slice(i + 1)) };
}

export async function handleToken(
  req: IncomingMessage,
  res: ServerResponse,
  host: string,
  raw: Buffer,
  deps: TokenDeps,
): Promise<void> {
  const { state } = deps;
  const headers = { ...deps.rate.headers(), 'Cache-Control': 'no-store', Pragma: 'no-cache' };
  const fail = (status: number, error: string, description: string, extra: Record<string, string> = {}, more: Record<string, string> = {}): void =>
    oauthError(res, status, error, description, { ...headers, ...more }, extra);

  const parsed = parseBody(req.headers['content-type'], raw);
  // [?] Exact text for an unparsable body is not recorded; invalid_request is the OAuth class for it.
  if (!parsed.ok) return fail(400, 'invalid_request', 'Invalid request body');
  const body = parsed.value;

  // FACTS §1 "other 400 cases": invalid_request "Missing required parameter: X", unsupported_grant_type.
  const grantType = str(body.grant_type);
  if (!grantType) return fail(400, 'invalid_request', 'Missing required parameter: grant_type');
  // The emulator only implements client credentials; every other grant answers as unsupported.
  if (grantType !== 'client_credentials') return fail(400, 'unsupported_grant_type', 'Grant type not supported');

  // Client authentication: client_secret_post (body) or client_secret_basic (FACTS §1).
  const basic = basicCredentials(req);
  const clientId = basic?.id ?? str(body.client_id);
  const secret = basic?.secret ?? str(body.client_secret);
  if (!clientId) return fail(400, 'invalid_request', 'Missing required parameter: client_id');
  if (basic && str(body.client_id) && str(body.client_id) !== basic.id) {
    return fail(401, 'access_denied', 'Unauthorized');
  }
  // No seeded client uses private_key_jwt, so a client_assertion can never authenticate: 401 below.
  if (!secret && !str(body.client_assertion)) {
    return fail(400, 'invalid_request', 'Missing required parameter: client_secret');
  }
  // FACTS §1: wrong secret or unknown client → 401 access_denied/Unauthorized (more common than the AOAS
  // example invalid_client/"Client authentication failed" [?]).
  const client = state.findClient(clientId);
  if (!client || !secret || !sameSecret(secret, client.clientSecret)) {
    return fail(401, 'access_denied', 'Unauthorized');
  }
  // FACTS §1 [?]: grant type disabled on the app → 403 unauthorized_client with error_uri.
  if (!client.clientCredentialsEnabled) {
    return fail(403, 'unauthorized_client', "Grant type 'client_credentials' not allowed for the client.", {
      error_uri: 'https://auth0.com/docs/clients/client-grant-types',
    });
  }
  // `resource` (Resource Parameter Compatibility Profile) is off on the emulated tenant, so only `audience`.
  const audience = str(body.audience);
  if (!audience) {
    // FACTS §1 [?]: no audience and no tenant default audience (the seed configures none).
    return fail(403, 'access_denied', 'No audience parameter was provided, and no default audience has been configured');
  }
  // FACTS §1/§8: identifiers must match exactly: `https://demo.us.auth0.com/api/v2/` with the trailing slash,
  // also when asked via the custom domain; `https://login.demo.test/api/v2/` or no slash → not enabled.
  const api = state.findApiByAudience(audience);
  if (!api) return fail(403, 'access_denied', `Service not enabled within domain: ${audience}`);
  const grant = state.findGrant(client.clientId, audience);
  if (!grant) {
    // FACTS §1: the 2024 wording (ruby-auth0#610).
    return fail(
      403,
      'access_denied',
      `Client is not authorized to access "${audience}". You need to create a "client-grant" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants`,
    );
  }
  // FACTS §1 (corrected): client credentials never narrow. The token carries every scope of the grant, whatever
  // `scope` asks; a requested scope outside the grant fails the whole request, naming the missing ones
  // ([?] the list format: comma-separated here; the product accepts commas and spaces).
  const scope = [...grant.scope];
  const requested = str(body.scope);
  if (requested) {
    const missing = [...new Set(requested.split(/\s+/).filter(Boolean))].filter((s) => !grant.scope.includes(s));
    if (missing.length > 0) return fail(403, 'access_denied', `Client has not been granted scopes: ${missing.join(',')}`);
  }
  // Issue #12 item 7 (FACTS §1, §9): `organization` (id or name) against the grant's organization_usage.
  const orgOut = resolveOrganization(state, grant, str(body.organization));
  if (!orgOut.ok) return fail(orgOut.status, orgOut.error, orgOut.description);
  const org = orgOut.org;
  // Issue #12 item 8 (FACTS §1): client and organization token quotas, reported on success and on the 429.
  const quotas = [
    { quota: client.tokenQuota, header: 'Auth0-Client-Quota-Limit', description: 'Client quota exceeded' },
    // [?] The organization variant's description is not documented; FACTS §1 gives the client one only.
    { quota: org?.tokenQuota, header: 'Auth0-Organization-Quota-Limit', description: 'Organization quota exceeded' },
  ].filter((q): q is typeof q & { quota: NonNullable<typeof q.quota> } => q.quota !== undefined);
  const looks = quotas.map((q) => ({ ...q, check: takeQuota(q.quota, false) }));
  const over = looks.find((q) => q.check.exhausted);
  if (over) {
    const wait = over.check.retryAfter;
    return fail(429, 'too_many_requests', over.description, {}, {
      ...Object.fromEntries(looks.map((q) => [q.header, q.check.header])),
      'X-RateLimit-Limit': String(over.check.limit),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + wait),
      'Retry-After': String(wait),
    });
  }
  for (const q of quotas) Object.assign(headers, { [q.header]: takeQuota(q.quota).header });
  // FACTS §8: iss = the host the token was requested on.
  const minted = await mintToken(state, deps.keys, { clientId: client.clientId, audience, scope, issuerHost: host, ...(org ? { organization: { id: org.id, name: org.name } } : {}) });
  // FACTS §1 success shape; `scope` is returned (safe, [?] whether Auth0 always does).
  sendJson(
    res,
    200,
    { access_token: minted.token, expires_in: minted.expiresIn, scope: minted.scope.join(' '), token_type: 'Bearer' },
    headers,
  );
}
