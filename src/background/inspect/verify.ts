// `verify.token` in the background: decode with the shared parser, then the lib's jose-based verifyToken with
// the trust policy and the JWKS cache. HS* tokens never come here with a secret (a secret travels only in the
// privileged `verify.hmac`, see ../features/verify-hmac.ts), so they answer "needs secret" without any request. Runs in the background.
import { decodeToken } from '../../lib/jwt';
import { verifyToken, type VerifyResult } from '../../lib/verify';
import { appError } from '../../shared/errors';
import { ITEMS } from '../../shared/storage-schema';
import { read } from '../../shared/storage';
import { jwksCache } from './jwks-fetch';
import { trustPolicyFor } from './trust';

export async function verifyInBackground(input: string): Promise<VerifyResult> {
  const decoded = decodeToken(input);
  if (!decoded.ok) throw appError('ERR_INVALID_MESSAGE', `Not verifiable: ${decoded.error.message}`);
  const t = decoded.token;
  const settings = await read(ITEMS.settings).catch(() => ITEMS.settings.default);
  const own = t.payload !== undefined && Object.prototype.hasOwnProperty.call(t.payload, 'iss');
  const trustedIssuers = await trustPolicyFor(own ? t.payload?.['iss'] : undefined);
  return verifyToken(
    { token: t.raw, header: { ...t.header }, ...(t.payload ? { payload: { ...t.payload } } : {}), duplicateKeys: t.ambiguous },
    { now: Date.now() / 1000, trustedIssuers, fetchJwks: jwksCache.fetchJwks, leeway: settings.leewaySeconds },
  );
}
