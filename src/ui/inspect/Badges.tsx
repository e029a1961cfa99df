// The status line of a decoded token: form (JWS/JWE/opaque), the red UNSIGNED badge, the token's kind, and the
// SEPARATE signature and time badges (SECURITY B2.22). Decoding alone never says "valid" (B1.1). Runs in
// extension pages; all text comes from labels.ts or the token and is rendered as text.
import type { DecodedToken, TimeStatus } from '../../lib/jwt';
import { describeTime, describeVerify, type Label } from './labels';
import type { Verification } from './useVerification';

function signatureLabel(v: Verification): Label {
  if (v.mode === 'unsigned') return { label: 'UNSIGNED', tone: 'bad', detail: 'alg none: anyone could have written this token; Verify is disabled' };
  if (v.mode === 'encrypted') return { label: 'Encrypted', tone: 'neutral', detail: 'encrypted, payload not decodable' };
  if (v.mode === 'opaque') return { label: 'Opaque', tone: 'neutral', detail: 'only Auth0 can read it' };
  const s = v.state;
  if (s.status === 'pending') return { label: 'Verifying…', tone: 'neutral', detail: '' };
  if (s.status === 'error') return { label: 'Not verified', tone: 'warn', detail: s.message };
  if (s.status === 'done') return describeVerify(s.result);
  return { label: 'Signature not verified', tone: 'neutral', detail: v.mode === 'hmac' ? 'enter the secret below' : '' };
}

const FORM: Record<DecodedToken['form'], string> = { jws: 'JWS', jwe: 'JWE', opaque: 'OPAQUE', unsecured: 'UNSECURED JWT' };

export function Badges({ token, time, verification }: { token: DecodedToken; time: TimeStatus | undefined; verification: Verification }) {
  const sig = signatureLabel(verification);
  const t = describeTime(time);
  return (
    <div class="status-line">
      <ul class="badges" aria-label="Token status">
        <li>
          <span class="badge">{FORM[token.form]}</span>
        </li>
        {token.unsigned ? (
          <li>
            <span class="badge bad solid" data-testid="unsigned-badge">
              UNSIGNED
            </span>
          </li>
        ) : (
          <li>
            <span class={`badge ${sig.tone}`} data-testid="signature-badge" title={sig.detail} aria-label={`Signature: ${sig.label}`}>
              {sig.label}
            </span>
          </li>
        )}
        {token.payload !== undefined && (
          <li>
            <span class={`badge ${t.tone}`} data-testid="time-badge" title={t.detail} aria-label={`Time: ${t.label}`}>
              {t.label}
            </span>
          </li>
        )}
      </ul>
      <p class="kind" data-testid="token-kind">
        <strong>{token.kind.label}</strong> <span class="muted">— {token.kind.reason}</span>
      </p>
      {token.kind.warnings.length > 0 && (
        <ul class="warn-list" aria-label="Kind warnings">
          {token.kind.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
