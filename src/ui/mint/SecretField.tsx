// A secret input (client secret, signing secret, global client secret, passphrase). type=password and
// autocomplete=off so neither the page nor the password manager keeps it; the background never sends a secret
// back, so a stored one shows as "••• saved" with a Replace button (issue #4, SECURITY B5). Runs in extension pages.
import { useState } from 'preact/hooks';

export interface SecretFieldProps {
  label: string;
  /** The vault already holds this secret. */
  saved: boolean;
  value: string;
  onInput(value: string): void;
  hint?: string;
}

export function SecretField({ label, saved, value, onInput, hint }: SecretFieldProps) {
  const [replacing, setReplacing] = useState(false);
  if (saved && !replacing) {
    return (
      <div class="field">
        <span>{label}</span>
        <div class="row">
          <span class="saved" aria-label={`${label}: saved`}>
            ••• saved
          </span>
          <button type="button" onClick={() => setReplacing(true)} aria-label={`Replace ${label}`}>
            Replace
          </button>
        </div>
      </div>
    );
  }
  return (
    <label class="field">
      <span>{label}</span>
      <div class="row" style={{ flexWrap: 'nowrap' }}>
        <input
          type="password"
          autocomplete="off"
          spellcheck={false}
          aria-label={label}
          value={value}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        {saved && (
          <button
            type="button"
            onClick={() => {
              onInput('');
              setReplacing(false);
            }}
            aria-label={`Keep the saved ${label}`}
          >
            Keep saved
          </button>
        )}
      </div>
      {hint && <small class="muted">{hint}</small>}
    </label>
  );
}
