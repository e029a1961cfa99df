// Shows an AppError as plain text (never HTML: Auth0's error_description is attacker-influenced text,
// SECURITY B3.30). The background already writes one human sentence per case ending with Auth0's own words;
// the code is shown small for support. Runs in extension pages.
import type { AppError } from '../../lib/errors';

export function ErrorText({ error }: { error: AppError | null }) {
  if (!error) return null;
  return (
    <p role="alert" class="error" data-code={error.code} style={{ margin: '6px 0' }}>
      {error.message} <small class="muted">({error.code})</small>
    </p>
  );
}
