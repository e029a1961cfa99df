// HS256/384/512 verification IN THE PAGE (issue #3): the secret is a password field, kept only in this
// component's memory: never stored, never sent to the background or anywhere but the local jose call. The
// encoding is an explicit choice (SECURITY B2.21); under 32 bytes earns a weak-key warning; public-key material
// as the secret is refused by the lib (RS→HS confusion, B2.20). Runs in extension pages.
import { useState } from 'preact/hooks';
import type { DecodedToken } from '../../lib/jwt';
import { decodeSecret, looksLikePublicKey, type SecretEncoding } from '../../lib/verify/secret';
import { MIN_HMAC_BYTES } from './constants';
import type { Verification } from './useVerification';

const ENCODINGS: { value: SecretEncoding; label: string }[] = [
  { value: 'utf8', label: 'UTF-8' },
  { value: 'base64', label: 'base64' },
  { value: 'base64url', label: 'base64url' },
];

export function HmacSecret({ token, verification, leeway }: { token: DecodedToken; verification: Verification; leeway: number }) {
  const [secret, setSecret] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const bytes = secret ? decodeSecret(secret, encoding) : null;
  const publicKey = secret !== '' && looksLikePublicKey(secret, bytes);
  const id = `hs-${token.layer}`;
  const verify = async () => {
    verification.report({ status: 'pending' }, token.raw);
    // jose is loaded only when someone verifies with a secret: the popup's first paint stays small.
    const { verifyToken } = await import('../../lib/verify/verify');
    const result = await verifyToken(
      { token: token.raw, header: { ...token.header }, ...(token.payload ? { payload: { ...token.payload } } : {}), duplicateKeys: token.ambiguous },
      {
        now: Date.now() / 1000,
        leeway,
        trustedIssuers: () => false,
        // Never called for HS* (the lib uses only the secret); refusing keeps this page from fetching anything.
        fetchJwks: async () => ({ ok: false, reason: 'network', message: 'not fetched: HMAC tokens use your secret' }),
        hmacSecret: { value: secret, encoding },
      },
    );
    verification.report({ status: 'done', result }, token.raw);
  };
  return (
    <form
      class="hmac"
      onSubmit={(e) => {
        e.preventDefault();
        void verify();
      }}
    >
      <label for={`${id}-secret`}>Secret for {String(token.header['alg'])}</label>
      <input id={`${id}-secret`} type="password" autocomplete="off" spellcheck={false} value={secret} onInput={(e) => setSecret((e.currentTarget as HTMLInputElement).value)} />
      <fieldset class="row">
        <legend class="sr-only">Secret encoding</legend>
        {ENCODINGS.map((enc) => (
          <label key={enc.value} class="radio">
            <input type="radio" name={`${id}-enc`} value={enc.value} checked={encoding === enc.value} onChange={() => setEncoding(enc.value)} />
            {enc.label}
          </label>
        ))}
      </fieldset>
      {secret !== '' && !bytes && <p class="error">Not valid {encoding}.</p>}
      {publicKey && <p class="error">This looks like a public key: an HMAC token cannot be checked with one (algorithm confusion).</p>}
      {bytes && !publicKey && bytes.length < MIN_HMAC_BYTES && (
        <p class="warn" role="status">
          Weak key: {bytes.length} bytes, at least {MIN_HMAC_BYTES} expected.
        </p>
      )}
      <p class="muted small">Never stored, never sent anywhere: checked in this page only.</p>
      <button type="submit" class="primary" disabled={secret === ''}>
        Verify with secret
      </button>
    </form>
  );
}
