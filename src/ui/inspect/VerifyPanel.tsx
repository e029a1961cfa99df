// The Signature panel: what verification found and with which key, in honest, distinct states (verified,
// signature invalid, no matching key, issuer not trusted, JWKS unreachable, unsigned, unsupported…). Asymmetric
// tokens are checked by the background automatically; HS* tokens take a secret here, which the background checks
// on request (`verify.hmac`). Runs in extension pages.
import type { DecodedToken } from '../../lib/jwt';
import { HmacSecret } from './HmacSecret';
import { describeVerify } from './labels';
import type { Verification } from './useVerification';

export function VerifyPanel({ token, verification }: { token: DecodedToken; verification: Verification }) {
  const { mode, state } = verification;
  const result = state.status === 'done' ? describeVerify(state.result) : null;
  const askFirst = state.status === 'done' && state.result.state === 'issuer-not-trusted' && state.result.askFirst === true;
  return (
    <section class="panel" aria-labelledby={`sig-h-${token.layer}`}>
      <h2 id={`sig-h-${token.layer}`}>Signature</h2>
      {mode === 'unsigned' && <p class="error">UNSIGNED (alg none): there is nothing to verify, and anyone could have written this token.</p>}
      {mode === 'encrypted' && <p class="muted">Encrypted (JWE): payload not decodable without the key; nothing to verify here.</p>}
      {mode === 'opaque' && <p class="muted">Opaque token: only Auth0 can read it (e.g. at /userinfo).</p>}
      {mode === 'unsupported' && <p class="muted">Unsupported algorithm {JSON.stringify(token.header['alg']) ?? '(none)'}: cannot be verified.</p>}
      {state.status === 'pending' && <p role="status">Verifying…</p>}
      {state.status === 'error' && <p role="alert" class="error">{state.message}</p>}
      {result && (
        <p role="status" data-testid="verify-result">
          <strong class={result.tone}>{result.label}</strong>
          {result.detail && <span>: {result.detail}</span>}
        </p>
      )}
      {mode === 'jwks' && askFirst && (
        <button type="button" onClick={verification.confirm}>
          Verify
        </button>
      )}
      {mode === 'jwks' && !askFirst && (
        <>
          <p class="muted small">Checked against the issuer's /.well-known/jwks.json only; jku, x5u, jwk and x5c headers are never fetched nor trusted.</p>
          <button type="button" onClick={verification.retry} disabled={state.status === 'pending'}>
            Verify again
          </button>
        </>
      )}
      {mode === 'hmac' && <HmacSecret token={token} verification={verification} />}
      {(mode === 'unsigned' || mode === 'unsupported') && (
        <button type="button" disabled>
          Verify
        </button>
      )}
    </section>
  );
}
