// Mode, audience and lifetime controls of the Mint tab (issue #4). Client credentials: the Management API of the
// canonical domain by default (FACTS §8), or any API identifier. HS256 modes: the audience is fixed by the
// profile, and the lifetime is always bounded (exp is always set, SECURITY B3.29). Runs in the popup.
import type { ProfileSummary } from '../../shared/messages/mint';
import { MODE_LABELS } from '../../lib/profiles/modes';
import { asksAuth0, managementAudience, modesFor, resolvedMode, type MintFormState } from './mint-form';

export interface MintOptionsProps {
  profile: ProfileSummary;
  form: MintFormState;
  onChange(patch: Partial<MintFormState>): void;
}

/** What each way of minting gives, in one line (FACTS §1: client credentials never narrow). */
const MODE_NOTE: Partial<Record<MintFormState['mode'], string>> = {
  'client-credentials': 'Auth0 issues every scope granted to the application, whatever you pick.',
  exact: 'The minting app’s grant is set to exactly the picked scopes first, then Auth0 issues the token.',
};

export function MintOptions({ profile, form, onChange }: MintOptionsProps) {
  const modes = modesFor(profile, form);
  const mode = resolvedMode(profile, form);
  return (
    <>
      <label class="field">
        <span>Mode</span>
        <select aria-label="Mode" value={mode} onChange={(e) => onChange({ mode: e.currentTarget.value as MintFormState['mode'], scopes: [] })}>
          {modes.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {modes.length === 0 && <p class="error">This profile has no usable credentials yet: add a client secret in the options page.</p>}
      {MODE_NOTE[mode] && (
        <p class="muted" style={{ margin: 0, fontSize: '12px' }} data-testid="mode-note">
          {MODE_NOTE[mode]}
        </p>
      )}
      {asksAuth0(mode) && (
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
      {mode === 'hs256-custom' && (
        <p class="muted" style={{ margin: 0 }}>
          Audience: <code>{profile.hs256.customApi?.audience}</code>
        </p>
      )}
      {!asksAuth0(mode) && (
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
