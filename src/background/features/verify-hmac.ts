// Handler of `verify.hmac`: an HS* token checked with the secret the user typed in the popup or inspector. The
// secret lives only in this call's arguments: not stored, not logged, not put into any error (the router turns
// unexpected throws into a generic error). No JWKS is fetched and no issuer is trusted: HS* uses the secret
// only (the lib refuses public-key material as the secret, SECURITY B2.20). Runs in the background.
import { decodeToken } from '../../lib/jwt';
import { verifyToken } from '../../lib/verify';
import { isHmacAlg } from '../../lib/verify/algorithms';
import type { VerifyHmacResponses } from '../../shared/messages/verify-hmac';
import { appError } from '../../lib/errors';
import { ITEMS } from '../../shared/storage-schema';
import { read } from '../../shared/storage';
import type { Handler } from '../router';

export const verifyHmacHandlers: { [T in keyof VerifyHmacResponses]: Handler<T> } = {
  'verify.hmac': async ({ token, secret, encoding }) => {
    const decoded = decodeToken(token);
    if (!decoded.ok) throw appError('ERR_INVALID_MESSAGE', `Not verifiable: ${decoded.error.message}`);
    const t = decoded.token;
    const alg = t.header['alg'];
    // A secret is for HS* only: never let it near an asymmetric token's verification path.
    if (typeof alg !== 'string' || !isHmacAlg(alg)) throw appError('ERR_INVALID_MESSAGE', 'Only HS256/384/512 tokens are verified with a secret.');
    const settings = await read(ITEMS.settings).catch(() => ITEMS.settings.default);
    return verifyToken(
      { token: t.raw, header: { ...t.header }, ...(t.payload ? { payload: { ...t.payload } } : {}), duplicateKeys: t.ambiguous },
      {
        now: Date.now() / 1000,
        leeway: settings.leewaySeconds,
        trustedIssuers: () => false,
        // Never called for HS* (the lib uses only the secret); refusing keeps this path from fetching anything.
        fetchJwks: async () => ({ ok: false, reason: 'network', message: 'not fetched: HMAC tokens use your secret' }),
        hmacSecret: { value: secret, encoding },
      },
    );
  },
};
