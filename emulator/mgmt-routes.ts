// Handlers of the emulated Management API endpoints (Node only). Response shapes follow the recordings
// cited in FACTS §2 (resource servers), §4 (blacklists) and §7 (errors); ids/secrets come from the live seed.
import { mgmtError, sendJson, sendNoContent } from './http';
import type { MgmtRoute, RouteCtx } from './mgmt-api';
import type { SeedApi, SeedClient, SeedGrant } from './seed';

const invalidBody = (ctx: RouteCtx, detail: string): void =>
  mgmtError(ctx.res, 400, `Payload validation error: ${detail}`, 'invalid_body');

/** hapi's answer to a body that is not a JSON object. */
function requireJson(ctx: RouteCtx): Record<string, unknown> | undefined {
  if (!ctx.body.ok) {
    mgmtError(ctx.res, 400, 'Invalid request payload JSON format');
    return undefined;
  }
  return ctx.body.value;
}

/** FACTS §9: every grant names its `subject_type`. */
function grantJson(g: SeedGrant) {
  return {
    id: g.id,
    client_id: g.clientId,
    audience: g.audience,
    scope: [...g.scope],
    subject_type: g.subjectType,
    // FACTS §9: how the grant may be used with organizations (absent on the seed's grants = deny).
    ...(g.organizationUsage ? { organization_usage: g.organizationUsage } : {}),
    ...(g.allowAnyOrganization !== undefined ? { allow_any_organization: g.allowAnyOrganization } : {}),
  };
}

/** `scope` of a client grant: an array of strings, each a permission the API defines. */
function validScopeList(ctx: RouteCtx, audience: string, v: unknown): v is string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    invalidBody(ctx, `'Expected type array but found type ${Array.isArray(v) ? 'array with non-strings' : typeof v}' on property scope.`);
    return false;
  }
  // [?] Auth0's exact text for a permission the API does not define is not recorded; 400 invalid_body is its class.
  const api = ctx.state.findApiByAudience(audience);
  const unknown = api ? v.filter((s) => !api.scopes.some((x) => x.value === s)) : [];
  if (unknown.length) {
    invalidBody(ctx, `'Scopes not defined on the resource server: ${unknown.join(', ')}' on property scope.`);
    return false;
  }
  return true;
}

function clientJson(ctx: RouteCtx, c: SeedClient, withSecret: boolean) {
  const m2m = c.clientCredentialsEnabled;
  return {
    tenant: ctx.state.seed.tenant,
    client_id: c.clientId,
    name: c.name,
    app_type: m2m ? 'non_interactive' : 'spa',
    is_first_party: true,
    grant_types: m2m ? ['client_credentials'] : ['authorization_code', 'implicit', 'refresh_token'],
    token_endpoint_auth_method: m2m ? 'client_secret_post' : 'none',
    // Auth0 only reveals client_secret to tokens holding read:client_keys (or the rotate call itself).
    ...(withSecret ? { client_secret: c.clientSecret } : {}),
    // Issue 15: the public parts Auth0 also returns (a client's signing_keys hold a cert, never a private key).
    jwt_configuration: { alg: 'RS256', lifetime_in_seconds: 36000, secret_encoded: false },
    signing_keys: [{ cert: `-----BEGIN CERTIFICATE-----\nMIIDDTCCAfWgAwIBAgIJ${c.clientId.slice(0, 12)}…\n-----END CERTIFICATE-----`, pkcs7: '-----BEGIN PKCS7-----\n…\n-----END PKCS7-----', subject: `/CN=${ctx.state.seed.tenant}.${ctx.state.seed.region}.auth0.com` }],
    callbacks: [],
    allowed_origins: [],
  };
}

const lifetimeForWeb = new WeakMap<SeedApi, number>();

/** FACTS §2 recording shape of GET /api/v2/resource-servers/{id}. */
function apiJson(a: SeedApi) {
  return {
    id: a.id,
    name: a.name,
    identifier: a.identifier,
    allow_offline_access: false,
    skip_consent_for_verifiable_first_party_clients: false,
    token_lifetime: a.tokenLifetime,
    token_lifetime_for_web: lifetimeForWeb.get(a) ?? Math.min(7200, a.tokenLifetime),
    signing_alg: a.signingAlg,
    ...(a.signingSecret ? { signing_secret: a.signingSecret } : {}),
    scopes: a.scopes.map((s) => ({ description: s.description, value: s.value })),
    ...(a.isSystem ? { is_system: true } : {}),
  };
}

function page<T>(ctx: RouteCtx, items: T[], key: string): void {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 50) || 50));
  const pageNo = Math.max(0, Number(ctx.query.get('page') ?? 0) || 0);
  const slice = items.slice(pageNo * perPage, pageNo * perPage + perPage);
  if (ctx.query.get('include_totals') === 'true') {
    sendJson(ctx.res, 200, { start: pageNo * perPage, limit: perPage, length: slice.length, total: items.length, [key]: slice });
  } else sendJson(ctx.res, 200, slice);
}

function validLifetime(ctx: RouteCtx, name: string, v: unknown): v is number {
  const desc = `on property ${name}`;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    invalidBody(ctx, `'Expected type integer but found type ${typeof v === 'number' ? 'number' : typeof v}' ${desc}.`);
    return false;
  }
  // FACTS §7: token_lifetime max 2592000 (30 days).
  if (v < 1) invalidBody(ctx, `'Number is less than the minimum value of 1' ${desc}.`);
  else if (v > 2592000) invalidBody(ctx, `'Number is greater than the maximum value of 2592000' ${desc}.`);
  else return true;
  return false;
}

export const ROUTES: MgmtRoute[] = [
  // FACTS §4: blacklist endpoints are not in the current OAS/catalog; scope `blacklist:tokens` for both [?].
  {
    method: 'GET',
    template: '/api/v2/blacklists/tokens',
    fallbackScopes: ['blacklist:tokens'],
    handle(ctx) {
      const aud = ctx.query.get('aud');
      // Plain array even with include_totals/per_page (FACTS §4 recording).
      const list = ctx.state.blacklist.filter((b) => !aud || b.aud === aud);
      sendJson(ctx.res, 200, list.map((b) => (b.aud === undefined ? { jti: b.jti } : { aud: b.aud, jti: b.jti })));
    },
  },
  {
    method: 'POST',
    template: '/api/v2/blacklists/tokens',
    fallbackScopes: ['blacklist:tokens'],
    handle(ctx) {
      const body = requireJson(ctx);
      if (!body) return;
      if (typeof body.jti !== 'string' || body.jti === '') return invalidBody(ctx, "'Missing required property: jti'.");
      if (body.aud !== undefined && typeof body.aud !== 'string') {
        return invalidBody(ctx, `'Expected type string but found type ${typeof body.aud}' on property aud.`);
      }
      ctx.state.addBlacklist(body.aud === undefined ? { jti: body.jti } : { aud: body.aud, jti: body.jti });
      sendNoContent(ctx.res); // FACTS §4: 204, empty body, Content-Type application/json; charset=utf-8
    },
  },
  {
    method: 'GET',
    template: '/api/v2/client-grants',
    handle(ctx) {
      const clientId = ctx.query.get('client_id');
      const audience = ctx.query.get('audience');
      const subjectType = ctx.query.get('subject_type'); // FACTS §9: filter `client` vs `user` grants
      const list = ctx.state.seed.grants.filter(
        (g) => (!clientId || g.clientId === clientId) && (!audience || g.audience === audience) && (!subjectType || g.subjectType === subjectType),
      );
      page(ctx, list.map(grantJson), 'client_grants');
    },
  },
  {
    // FACTS §9: creates a grant; at most one per application, API and subject type. Scope `create:client_grants`.
    method: 'POST',
    template: '/api/v2/client-grants',
    handle(ctx) {
      const body = requireJson(ctx);
      if (!body) return;
      for (const k of ['client_id', 'audience'] as const) {
        if (typeof body[k] !== 'string' || body[k] === '') return invalidBody(ctx, `'Missing required property: ${k}'.`);
      }
      const clientId = body.client_id as string;
      const audience = body.audience as string;
      if (!('scope' in body)) return invalidBody(ctx, "'Missing required property: scope'.");
      if (!validScopeList(ctx, audience, body.scope)) return;
      const subjectType = body.subject_type ?? 'client';
      if (subjectType !== 'client' && subjectType !== 'user') {
        return invalidBody(ctx, "'No enum match for: subject_type' on property subject_type.");
      }
      if (!ctx.state.findClient(clientId)) return mgmtError(ctx.res, 404, 'The client does not exist', 'inexistent_client');
      if (!ctx.state.findApiByAudience(audience)) return mgmtError(ctx.res, 404, 'The resource server does not exist', 'inexistent_resource_server');
      const grant = ctx.state.createGrant(clientId, audience, [...new Set(body.scope)], subjectType);
      // [3p] the 409 text seen in a third-party mock; errorCode [?].
      if (!grant) return mgmtError(ctx.res, 409, 'A client grant for this client and audience already exists', 'conflict');
      sendJson(ctx.res, 201, grantJson(grant));
    },
  },
  {
    // FACTS §1/§9: PATCH replaces the grant's scope list (needs `update:client_grants`, checked by the dispatcher).
    method: 'PATCH',
    template: '/api/v2/client-grants/{id}',
    handle(ctx) {
      const grant = ctx.state.findGrantById(ctx.params.id!);
      if (!grant) return mgmtError(ctx.res, 404, 'The client grant does not exist.', 'inexistent_client_grant');
      const body = requireJson(ctx);
      if (!body) return;
      const allowed = ['scope', 'organization_usage', 'allow_any_organization'];
      const extra = Object.keys(body).filter((k) => !allowed.includes(k));
      if (extra.length) return invalidBody(ctx, `'Additional properties not allowed: ${extra.join(',')}'.`);
      if ('scope' in body) {
        if (!validScopeList(ctx, grant.audience, body.scope)) return;
        grant.scope = [...new Set(body.scope)]; // tokens issued from now on carry exactly these
      }
      sendJson(ctx.res, 200, grantJson(grant));
    },
  },
  {
    method: 'DELETE',
    template: '/api/v2/client-grants/{id}',
    handle(ctx) {
      // [?] errorCode for a missing grant is not recorded; named like inexistent_user (FACTS §7).
      if (!ctx.state.deleteGrant(ctx.params.id!)) {
        return mgmtError(ctx.res, 404, 'The client grant does not exist.', 'inexistent_client_grant');
      }
      // FACTS §7: deleting the grant stops new tokens; issued tokens stay valid.
      ctx.res.writeHead(204).end();
    },
  },
  {
    method: 'GET',
    template: '/api/v2/clients',
    handle(ctx) {
      const withSecret = ctx.scopes.includes('read:client_keys');
      page(ctx, ctx.state.clients().map((c) => clientJson(ctx, c, withSecret)), 'clients');
    },
  },
  {
    // Creates an application (scope `create:clients`); the answer carries its client_secret, as Auth0's does.
    method: 'POST',
    template: '/api/v2/clients',
    handle(ctx) {
      const body = requireJson(ctx);
      if (!body) return;
      if (typeof body.name !== 'string' || body.name.trim() === '') return invalidBody(ctx, "'Missing required property: name'.");
      const grantTypes = Array.isArray(body.grant_types) ? body.grant_types : [];
      const m2m = body.app_type === 'non_interactive' || grantTypes.includes('client_credentials');
      const c = ctx.state.createClient(body.name.trim(), m2m);
      sendJson(ctx.res, 201, clientJson(ctx, c, true));
    },
  },
  {
    method: 'GET',
    template: '/api/v2/clients/{id}',
    handle(ctx) {
      const c = ctx.state.findClient(ctx.params.id!);
      if (!c) return mgmtError(ctx.res, 404, 'The client does not exist', 'inexistent_client');
      sendJson(ctx.res, 200, clientJson(ctx, c, ctx.scopes.includes('read:client_keys')));
    },
  },
  {
    method: 'POST',
    template: '/api/v2/clients/{id}/rotate-secret',
    handle(ctx) {
      const c = ctx.state.findClient(ctx.params.id!);
      if (!c) return mgmtError(ctx.res, 404, 'The client does not exist', 'inexistent_client');
      ctx.state.rotateSecret(c); // the old secret now gets 401 at /oauth/token
      sendJson(ctx.res, 200, clientJson(ctx, c, true));
    },
  },
  {
    method: 'GET',
    template: '/api/v2/resource-servers',
    handle(ctx) {
      page(ctx, ctx.state.apis().map(apiJson), 'resource_servers');
    },
  },
  {
    method: 'GET',
    template: '/api/v2/resource-servers/{id}',
    handle(ctx) {
      const a = ctx.state.findApi(ctx.params.id!);
      if (!a) return mgmtError(ctx.res, 404, 'The resource server does not exist', 'inexistent_resource_server');
      sendJson(ctx.res, 200, apiJson(a));
    },
  },
  {
    method: 'PATCH',
    template: '/api/v2/resource-servers/{id}',
    handle(ctx) {
      const a = ctx.state.findApi(ctx.params.id!);
      if (!a) return mgmtError(ctx.res, 404, 'The resource server does not exist', 'inexistent_resource_server');
      const body = requireJson(ctx);
      if (!body) return;
      const extra = Object.keys(body).filter((k) => k !== 'token_lifetime' && k !== 'token_lifetime_for_web');
      if (extra.length) return invalidBody(ctx, `'Additional properties not allowed: ${extra.join(',')}'.`);
      if ('token_lifetime' in body && !validLifetime(ctx, 'token_lifetime', body.token_lifetime)) return;
      if ('token_lifetime_for_web' in body && !validLifetime(ctx, 'token_lifetime_for_web', body.token_lifetime_for_web)) return;
      // FACTS §11 [?] (one third-party tutorial; exact wording unrecorded): a token_lifetime below the API's
      // token_lifetime_for_web is refused with 400, unless the same request lowers token_lifetime_for_web too.
      const life = typeof body.token_lifetime === 'number' ? body.token_lifetime : a.tokenLifetime;
      const web = typeof body.token_lifetime_for_web === 'number' ? body.token_lifetime_for_web : apiJson(a).token_lifetime_for_web;
      if (web > life) {
        return invalidBody(ctx, `token_lifetime_for_web (${web}) cannot be greater than token_lifetime (${life})`);
      }
      if (typeof body.token_lifetime === 'number') a.tokenLifetime = body.token_lifetime; // newly minted tokens only
      if (typeof body.token_lifetime_for_web === 'number') lifetimeForWeb.set(a, body.token_lifetime_for_web);
      sendJson(ctx.res, 200, apiJson(a));
    },
  },
  {
    method: 'GET',
    template: '/api/v2/users',
    handle(ctx) {
      page(ctx, ctx.state.users, 'users');
    },
  },
  // Issue 15: one user, and a delete. FACTS §7: 404 `inexistent_user` "The user does not exist."
  {
    method: 'GET',
    template: '/api/v2/users/{id}',
    handle(ctx) {
      const u = ctx.state.users.find((x) => x.user_id === ctx.params.id);
      if (!u) return mgmtError(ctx.res, 404, 'The user does not exist.', 'inexistent_user');
      sendJson(ctx.res, 200, u);
    },
  },
  {
    method: 'DELETE',
    template: '/api/v2/users/{id}',
    handle(ctx) {
      // [?] Whether Auth0 answers 204 or 404 for an unknown id is unrecorded; 404 is the FACTS §7 body.
      if (!ctx.state.deleteUser(ctx.params.id!)) return mgmtError(ctx.res, 404, 'The user does not exist.', 'inexistent_user');
      ctx.res.writeHead(204).end();
    },
  },
];
