// `/.well-known/jwks.json` and `/.well-known/openid-configuration` on the tenant hosts (Node only).
// FACTS §2: JWKS shape {keys:[{alg,kty,use,x5c,n,e,kid,x5t}]}, discoverable via jwks_uri; FACTS §8: the
// issuer is per host (canonical or custom domain).
import type { ServerResponse } from 'node:http';
import { sendJson } from './http';
import type { KeyStore } from './keys';

// Real Auth0 lets the JWKS be cached ~15 s; the emulator disables caching so rotation tests see changes
// immediately.
const NO_CACHE = { 'Cache-Control': 'no-cache' };

export function sendJwks(res: ServerResponse, keys: KeyStore): void {
  sendJson(res, 200, keys.jwks(), NO_CACHE);
}

export function sendOpenIdConfiguration(res: ServerResponse, host: string): void {
  const base = `https://${host}`;
  sendJson(
    res,
    200,
    {
      issuer: `${base}/`,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/oauth/token`,
      device_authorization_endpoint: `${base}/oauth/device/code`,
      userinfo_endpoint: `${base}/userinfo`,
      mfa_challenge_endpoint: `${base}/mfa/challenge`,
      jwks_uri: `${base}/.well-known/jwks.json`,
      registration_endpoint: `${base}/oidc/register`,
      revocation_endpoint: `${base}/oauth/revoke`,
      end_session_endpoint: `${base}/oidc/logout`,
      scopes_supported: ['openid', 'profile', 'offline_access', 'name', 'given_name', 'family_name', 'nickname', 'email', 'email_verified', 'picture', 'created_at', 'identities', 'phone', 'address'],
      response_types_supported: ['code', 'token', 'id_token', 'code token', 'code id_token', 'token id_token', 'code token id_token'],
      code_challenge_methods_supported: ['S256', 'plain'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['HS256', 'RS256', 'PS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'private_key_jwt'],
      claims_supported: ['aud', 'auth_time', 'created_at', 'email', 'email_verified', 'exp', 'family_name', 'given_name', 'iat', 'identities', 'iss', 'name', 'nickname', 'phone_number', 'picture', 'sub'],
      request_uri_parameter_supported: false,
      request_parameter_supported: false,
      token_endpoint_auth_signing_alg_values_supported: ['RS256', 'RS384', 'PS256'],
    },
    NO_CACHE,
  );
}
