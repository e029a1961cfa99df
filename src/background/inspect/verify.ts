// `verify.token` in the background: decode with the shared parser, then the lib's jose-based verifyToken with
// the trust decision and the JWKS cache. HS* tokens never come here with a secret (a secret travels only in the
// privileged `verify.hmac`, see ../features/verify-hmac.ts), so they answer "needs secret" without any request.
// An Auth0 tenant with no profile that the user never verified is not fetched until the user presses "Verify"
// (`explicit`), so a pasted token cannot make the extension call an attacker's tenant (issue 13 item 2).
// Runs in the background.
import { decodeToken } from '../../lib/jwt';
import { verifyToken, type VerifyResult } from '../../lib/verify';
import { appError } from '../../lib/errors';
import { ITEMS } from '../../shared/storage-schema';
import { read } from '../../shared/storage';
import { jwksCache } from './jwks-fetch';
import { jwksTrustFor, rememberVerified } from './trust';

export async function verifyInBackground(input: string, explicit = false): Promise<VerifyResult> {
  const decoded = decodeToken(input);
  if (!decoded.ok) throw appError('ERR_INVALID_MESSAGE', `Not verifiable: ${decoded.error.message}`);
  const t = decoded.token;
  const settings = await read(ITEMS.settings).catch(() => ITEMS.settings.default);
  const own = t.payload !== undefined && Object.prototype.hasOwnProperty.call(t.payload, 'iss');
  const { host, trust } = await jwksTrustFor(own ? t.payload?.['iss'] : undefined, explicit);
  const result = await verifyToken(
    { token: t.raw, header: { ...t.header }, ...(t.payload ? { payload: { ...t.payload } } : {}), duplicateKeys: t.ambiguous },
    { now: Date.now() / 1000, trustedIssuers: (h) => trust === 'fetch' && h === host, fetchJwks: jwksCache.fetchJwks, leeway: settings.leewaySeconds },
  );
  if (result.state === 'issuer-not-trusted' && trust === 'ask') {
    return { ...result, askFirst: true, reason: 'no profile uses this tenant and you have not verified its tokens before, so its keys were not fetched' };
  }
  if (result.state === 'verified' && explicit && host !== null && trust === 'fetch') await rememberVerified(host).catch(() => undefined);
  return result;
}
