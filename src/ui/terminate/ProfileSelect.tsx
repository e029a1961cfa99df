// Which profile a Terminate action runs with, when more than one matches the token's tenant. Runs in extension
// pages. `label` is the accessible name, saying what the choice is for.
/** Only what the choice shows: plan profiles and public profile summaries both fit. */
export interface SelectableProfile {
  id: string;
  label: string;
  domain: string;
}

export function ProfileSelect({ profiles, value, onChange, label }: { profiles: readonly SelectableProfile[]; value: string; onChange(id: string): void; label: string }) {
  return (
    <label class="field">
      <span>Profile</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-label={label}>
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label} ({p.domain})
          </option>
        ))}
      </select>
    </label>
  );
}
