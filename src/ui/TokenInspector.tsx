// The token inspector: a paste area that decodes as you type, and the decoded view. Shared by the popup and
// the inspector tab. Everything from the token is rendered as text (SECURITY B1.18). Runs in extension pages.
import { useMemo } from 'preact/hooks';
import { decodeToken } from '../lib/jwt/decode';
import { CopyButton } from './CopyButton';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function TokenInspector({ value, onInput }: { value: string; onInput: (v: string) => void }) {
  const outcome = useMemo(() => (value.trim() ? decodeToken(value) : null), [value]);
  return (
    <section aria-label="Token inspector">
      <label for="token-input" class="muted">
        Paste a token (JWT, JWE or opaque)
      </label>
      <textarea
        id="token-input"
        rows={4}
        spellcheck={false}
        autocomplete="off"
        placeholder="eyJhbGciOi…"
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {outcome && !outcome.ok && (
        <p role="alert" class="error">
          {outcome.error.message}
        </p>
      )}
      {outcome?.ok && <DecodedView token={outcome.token} />}
      {outcome && outcome.notes.length > 0 && (
        <ul aria-label="Notes" class="muted">
          {outcome.notes.map((n, i) => (
            <li key={i}>{typeof n === 'string' ? n : n.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Decoded = Extract<ReturnType<typeof decodeToken>, { ok: true }>['token'];

function DecodedView({ token }: { token: Decoded }) {
  return (
    <div>
      <div class="row" style={{ marginTop: '8px' }}>
        <span class="badge">{token.form.toUpperCase()}</span>
        {token.form === 'unsecured' && <span class="badge bad">UNSIGNED</span>}
        <span class="muted">{token.kind.label}</span>
      </div>
      {token.header && (
        <>
          <div class="row">
            <h2 id="header-heading">Header</h2>
            <CopyButton text={json(token.header)} label="Copy header JSON" />
          </div>
          <pre aria-labelledby="header-heading" data-testid="header-json">
            {json(token.header)}
          </pre>
        </>
      )}
      {token.payload !== undefined ? (
        <>
          <div class="row">
            <h2 id="claims-heading">Claims</h2>
            <CopyButton text={json(token.payload)} label="Copy claims JSON" />
          </div>
          <pre aria-labelledby="claims-heading" data-testid="claims-json">
            {json(token.payload)}
          </pre>
        </>
      ) : (
        <p class="muted">{token.form === 'jwe' ? 'Encrypted, payload not decodable.' : 'No readable payload.'}</p>
      )}
    </div>
  );
}
