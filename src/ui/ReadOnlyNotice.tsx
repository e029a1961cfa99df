// A banner shown while the background runs in read-only mode (stored data from a newer version of the
// extension, SECURITY B7.58): the user learns why changes are refused before trying one. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/rpc';

export function ReadOnlyNotice() {
  const [readOnly, setReadOnly] = useState(false);
  useEffect(() => {
    let live = true;
    void send('ping', {}).then((r) => live && r.ok && setReadOnly(r.data.readOnly));
    return () => {
      live = false;
    };
  }, []);
  if (!readOnly) return null;
  return (
    <p role="status" class="error" data-testid="read-only-notice">
      Read-only: your saved data comes from a newer version of Token Workbench. Nothing is changed or deleted here;
      update the extension to make changes.
    </p>
  );
}
