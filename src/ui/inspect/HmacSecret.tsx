// HS256/384/512 verification with the user's secret (issue #3). The secret is a password field kept in this
// component's memory; on "Verify with secret" it goes to the background in the privileged `verify.hmac`
// message (issue #7: the page no longer bundles jose), which checks the token and keeps nothing: never
// stored, never logged, never sent to Auth0 or any site. Nothing is sent while typing. The encoding is an
// explicit choice (SECURITY B2.21); under 32 bytes earns a weak-key warning; public-key material as the secret
// is flagged here and refused by the lib (RS→HS confusion, B2.20). Runs in extension pages.
import { useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { DecodedToken } from '../../lib/jwt';
import { decodeSecret, looksLikePublicKey, type SecretEncoding } from '../../lib/verify/secret';
import { MIN_HMAC_BYTES } from './constants';
import type { Verification } from './useVerification';

const ENCODINGS: { value: SecretEncoding; label: string }[] = [
  { value: 'utf8', label: 'UTF-8' },
  { value: 'base64', label: 'base64' },
  { value: 'base64url', label: 'base64url' },
];

export function HmacSecret({ token, verification }: { token: DecodedToken; verification: Verification }) {
  const [secret, setSecret] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const bytes = secret ? decodeSecret(secret, encoding) : null;
  const publicKey = secret !== '' && looksLikePublicKey(secret, bytes);
  const id = `hs-${token.layer}`;
  const verify = async () => {
    const raw = token.raw;
    verification.report({ status: 'pending' }, raw);
    const reply = await send('verify.hmac', { token: raw, secret, encoding });
    verification.report(reply.ok ? { status: 'done', result: reply.data } : { status: 'error', message: reply.error.message }, raw);
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
      <p class="muted small">Checked by the extension itself: never stored, never logged, never sent to Auth0 or any site.</p>
      <button type="submit" class="primary" disabled={secret === ''}>
        Verify with secret
      </button>
    </form>
  );
}
