// Mode, audience and lifetime controls of the Mint tab (issue #4). Client credentials: the Management API of the
// canonical domain by default (FACTS §8), or any API identifier. HS256 modes: the audience is fixed by the
// profile, and the lifetime is always bounded (exp is always set, SECURITY B3.29). Runs in the popup.
import type { ProfileSummary } from '../../shared/messages/mint';
import { MODE_LABELS, mintModesOf } from '../../lib/profiles/modes';
import { managementAudience, type MintFormState } from './mint-form';

export interface MintOptionsProps {
  profile: ProfileSummary;
  form: MintFormState;
  onChange(patch: Partial<MintFormState>): void;
}

export function MintOptions({ profile, form, onChange }: MintOptionsProps) {
  const modes = mintModesOf(profile);
  return (
    <>
      <label class="field">
        <span>Mode</span>
        <select aria-label="Mode" value={form.mode} onChange={(e) => onChange({ mode: e.currentTarget.value as MintFormState['mode'], scopes: [] })}>
          {modes.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {modes.length === 0 && <p class="error">This profile has no usable credentials yet: add a client secret in the options page.</p>}
      {form.mode === 'client-credentials' && (
        <fieldset class="stack" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend class="muted" style={{ fontSize: '12px' }}>
            Audience
          </legend>
          <label class="check">
            <input type="radio" name="aud" checked={form.audienceKind === 'management'} onChange={() => onChange({ audienceKind: 'management', scopes: [] })} />
            Management API <code>{managementAudience(profile)}</code>
          </label>
          <label class="check">
            <input type="radio" name="aud" checked={form.audienceKind === 'other'} onChange={() => onChange({ audienceKind: 'other', scopes: [] })} />
            Other API
          </label>
          {form.audienceKind === 'other' && (
            <input
              aria-label="API identifier (audience)"
              placeholder="https://api.example.com/"
              spellcheck={false}
              value={form.otherAudience}
              onInput={(e) => onChange({ otherAudience: e.currentTarget.value })}
            />
          )}
        </fieldset>
      )}
      {form.mode === 'hs256-custom' && (
        <p class="muted" style={{ margin: 0 }}>
          Audience: <code>{profile.hs256.customApi?.audience}</code>
        </p>
      )}
      {form.mode !== 'client-credentials' && (
        <label class="field">
          <span>Lifetime (seconds, at most 86400)</span>
          <input
            type="number"
            aria-label="Lifetime in seconds"
            min={60}
            max={86400}
            value={form.lifetimeSeconds}
            onInput={(e) => onChange({ lifetimeSeconds: Math.min(86400, Math.max(60, Number(e.currentTarget.value) || 3600)) })}
          />
        </label>
      )}
    </>
  );
}
