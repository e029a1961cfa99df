// The Inspect panel (the Inspect feature's screen): a paste area that decodes as you type, the decode error (with a "Strip whitespace"
// action for inner whitespace, SECURITY B1.7), cleanup notes, and the decoded view. Shared by the popup and
// the inspector tab (src/inspector). Everything from the token is rendered as text (SECURITY B1.18). Runs in extension pages.
import { useMemo } from 'preact/hooks';
import { decodeToken, stripWhitespace } from '../../lib/jwt';
import { DecodedView } from './DecodedView';

export interface InspectPanelProps {
  value: string;
  onInput: (v: string) => void;
  /** Clock-skew leeway from settings (seconds). */
  leeway: number;
  /** The inspector tab lays panels out in two columns. */
  wide?: boolean;
}

export function InspectPanel({ value, onInput, leeway, wide = false }: InspectPanelProps) {
  // Decode once per input; the live clock re-renders the time panels, not the parser.
  const outcome = useMemo(() => (value.trim() ? decodeToken(value, { leeway }) : null), [value, leeway]);
  return (
    <section aria-label="Inspect a token" class={wide ? 'inspect-panel wide' : 'inspect-panel'}>
      <label for="token-input" class="muted">
        Paste a token (JWT, JWE or opaque)
      </label>
      <textarea
        id="token-input"
        rows={wide ? 5 : 4}
        spellcheck={false}
        autocomplete="off"
        placeholder="eyJhbGciOi…"
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {outcome && !outcome.ok && (
        <div class="row">
          <p role="alert" class="error">
            {outcome.error.message}
          </p>
          {outcome.fixable === 'strip-whitespace' && (
            <button type="button" onClick={() => onInput(stripWhitespace(value))}>
              Strip whitespace
            </button>
          )}
        </div>
      )}
      {outcome && outcome.notes.length > 0 && (
        <ul aria-label="Notes" class="notes">
          {outcome.notes.map((n, i) => (
            <li key={i} class={outcome.ok && outcome.token.warnings.includes(n) ? 'warn' : 'muted'}>
              {n.message}
            </li>
          ))}
        </ul>
      )}
      {outcome?.ok && <DecodedView token={outcome.token} leeway={leeway} wide={wide} />}
    </section>
  );
}
