// A banner shown while the background runs in read-only mode (stored data from a newer version of the
// extension, SECURITY B7.58): the user learns why changes are refused before trying one. Runs in extension pages.
import { useBackground } from './useBackground';

const NO_PAYLOAD = {};

export function ReadOnlyNotice() {
  const ping = useBackground('ping', NO_PAYLOAD);
  if (ping.status !== 'done' || !ping.data.readOnly) return null;
  return (
    <p role="status" class="error" data-testid="read-only-notice">
      Read-only: your saved data comes from a newer version of Token Workbench. Nothing is changed or deleted here;
      update the extension to make changes.
    </p>
  );
}
