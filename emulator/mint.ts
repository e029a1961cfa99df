// Access-token minting shared by POST /oauth/token, `emulator.mintAccessToken()` and the dashboard
// pages' API Explorer token (Node only). Claims follow the default "Auth0 token profile" (FACTS §2).
import type { KeyStore } from './keys';
import { signHS256 } from './keys';
import type { TenantState } from './state';
import type { MintOptions } from './types';

export interface Minted {
  token: string;
  expiresIn: number;
  scope: string[];
}

export async function mintToken(state: TenantState, keys: KeyStore, opts: MintOptions): Promise<Minted> {
  const api = state.findApiByAudience(opts.audience);
  const scope = opts.scope ?? state.findGrant(opts.clientId, opts.audience)?.scope ?? [];
  const expiresIn = opts.lifetime ?? api?.tokenLifetime ?? 86400;
  const iat = Math.floor(Date.now() / 1000);
  // FACTS §2: iss is the domain the token was requested on, with the final slash; aud a string;
  // gty only for client-credentials; azp = client id. No jti in the Auth0 profile.
  const payload = {
    iss: `https://${opts.issuerHost ?? state.seed.domain}/`,
    sub: `${opts.clientId}@clients`,
    aud: opts.audience,
    iat,
    exp: iat + expiresIn,
    scope: scope.join(' '),
    gty: 'client-credentials',
    azp: opts.clientId,
    ...(opts.organization ? { org_id: opts.organization.id, org_name: opts.organization.name } : {}),
  };
  const token =
    api?.signingAlg === 'HS256' && api.signingSecret
      ? await signHS256(payload, new TextEncoder().encode(api.signingSecret))
      : await keys.signRS256(payload);
  return { token, expiresIn, scope };
}
