// The opt-in for local HS256 signing of one profile (issue #4, SECURITY B3.29): the explanation of why Auth0
// removed browser-side signing and how Token Workbench answers each point is on screen BEFORE the fields,
// and saving needs an explicit acknowledgement. Runs in the options page.
import { SecretField } from '../ui/mint/SecretField';
import type { Encoding, ProfileDraft, Problems, SavedSecrets } from './profile-form';

interface Props {
  draft: ProfileDraft;
  saved: SavedSecrets;
  problems: Problems;
  set(patch: Partial<ProfileDraft>): void;
}

const Why = () => (
  <div class="notice" aria-label="Why local signing is risky">
    <strong>Why Auth0 removed browser-side signing, and how this answers it</strong>
    <ul>
      <li>
        The signing secret was exposed in the browser. → Here it stays in the background's encrypted vault; pages, content scripts and
        this form never get it back.
      </li>
      <li>
        Anyone holding it could mint a token with any scope: no authorization check. → Signing is off unless you opt in for this profile,
        and every token is recorded in “Minted tokens”.
      </li>
      <li>
        Those tokens never expired. → Every token gets an <code>exp</code> (1 h by default, 24 h at most) and a random <code>jti</code>,
        so it can be blacklisted.
      </li>
    </ul>
  </div>
);

function EncodingChoice({ name, value, onChange }: { name: string; value: Encoding; onChange(v: Encoding): void }) {
  return (
    <fieldset class="row" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend class="muted" style={{ fontSize: '12px' }}>
        {name} encoding
      </legend>
      <label class="check">
        <input type="radio" checked={value === 'base64url'} onChange={() => onChange('base64url')} aria-label={`${name} is base64url`} />
        base64url
      </label>
      <label class="check">
        <input type="radio" checked={value === 'utf8'} onChange={() => onChange('utf8')} aria-label={`${name} is raw text`} />
        raw text
      </label>
    </fieldset>
  );
}

const Problem = ({ text }: { text: string | undefined }) => (text ? <small class="error">{text}</small> : null);

export function Hs256Fields({ draft, saved, problems, set }: Props) {
  return (
    <fieldset class="stack card">
      <legend>Local HS256 signing (optional)</legend>
      <label class="check">
        <input type="checkbox" checked={draft.hs256} onChange={(e) => set({ hs256: e.currentTarget.checked })} />
        Enable local HS256 signing for this profile
      </label>
      {draft.hs256 && (
        <>
          <Why />
          <label class="check">
            <input type="checkbox" checked={draft.acknowledged} onChange={(e) => set({ acknowledged: e.currentTarget.checked })} />
            I understand the risks and want local signing for this profile
          </label>
          <Problem text={problems.acknowledged} />
          <label class="check">
            <input type="checkbox" checked={draft.customApi} onChange={(e) => set({ customApi: e.currentTarget.checked })} />
            Custom API signed with HS256
          </label>
          {draft.customApi && (
            <div class="stack" style={{ paddingLeft: '16px' }}>
              <label class="field">
                <span>API identifier (audience)</span>
                <input aria-label="Custom API audience" spellcheck={false} value={draft.customAudience} onInput={(e) => set({ customAudience: e.currentTarget.value })} />
                <Problem text={problems.customAudience} />
              </label>
              <label class="field">
                <span>Subject (sub; empty: the client ID)</span>
                <input aria-label="Custom API subject" spellcheck={false} value={draft.customSubject} onInput={(e) => set({ customSubject: e.currentTarget.value })} />
                <Problem text={problems.customSubject} />
              </label>
              <SecretField label="API signing secret" saved={saved.customApi} value={draft.customSecret} onInput={(v) => set({ customSecret: v })} />
              <Problem text={problems.customSecret} />
              <EncodingChoice name="API signing secret" value={draft.customEncoding} onChange={(v) => set({ customEncoding: v })} />
            </div>
          )}
          <label class="check">
            <input type="checkbox" checked={draft.legacy} onChange={(e) => set({ legacy: e.currentTarget.checked })} />
            Legacy APIv2 tokens (tenant's global client)
          </label>
          {draft.legacy && (
            <div class="stack" style={{ paddingLeft: '16px' }}>
              <label class="field">
                <span>Global client ID</span>
                <input aria-label="Global client ID" spellcheck={false} value={draft.globalClientId} onInput={(e) => set({ globalClientId: e.currentTarget.value })} />
                <Problem text={problems.globalClientId} />
              </label>
              <SecretField label="Global client secret" saved={saved.legacy} value={draft.globalSecret} onInput={(v) => set({ globalSecret: v })} />
              <Problem text={problems.globalSecret} />
              <EncodingChoice name="Global client secret" value={draft.legacyEncoding} onChange={(v) => set({ legacyEncoding: v })} />
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
