// Copy buttons for a decoded token: the token, header JSON, claims JSON, an `Authorization: Bearer …` header,
// and, for a Management API token, a curl line to the tenant's /api/v2/ (FACTS §8: a token got through a
// custom domain is used on that domain, so the host comes from `iss`). Runs in extension pages.
import { tenantFromToken, type DecodedToken } from '../../lib/jwt';
import { CopyButton } from '../CopyButton';

export const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A curl line for a Management API token, or undefined for any other kind. Pure. */
export function curlFor(token: Pick<DecodedToken, 'raw' | 'payload' | 'kind'>): string | undefined {
  const k = token.kind.kind;
  if (k !== 'management-m2m' && k !== 'management-user') return undefined;
  const host = tenantFromToken(token.payload);
  if (!host) return undefined;
  // A user token may read only itself; an M2M token lists users (read:users) as a harmless first call.
  const path = k === 'management-user' ? 'users/{user_id}' : 'users';
  // The token is base64url and dots only (checked by the decoder), so single quotes are safe around it.
  return `curl --request GET --url 'https://${host}/api/v2/${path}' --header 'authorization: Bearer ${token.raw}'`;
}

export function CopyBar({ token }: { token: DecodedToken }) {
  const curl = curlFor(token);
  return (
    <div class="row copy-bar" role="group" aria-label="Copy">
      <CopyButton text={token.raw} label="Copy token" />
      <CopyButton text={json(token.header)} label="Copy header JSON" />
      {token.payload !== undefined && <CopyButton text={json(token.payload)} label="Copy claims JSON" />}
      <CopyButton text={`Authorization: Bearer ${token.raw}`} label="Copy Authorization header" />
      {curl && <CopyButton text={curl} label="Copy curl" />}
    </div>
  );
}
