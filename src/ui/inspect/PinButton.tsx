// "Pin to toolbar": the background keeps this token in storage.session and shows its minutes left on the
// toolbar badge (red once expired), refreshed by an alarm. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';

export function PinButton({ raw }: { raw: string }) {
  const [pinned, setPinned] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    void send('inspect.pinned', { token: raw }).then((r) => live && r.ok && setPinned(r.data.matches));
    return () => {
      live = false;
    };
  }, [raw]);
  const toggle = async () => {
    const reply = pinned ? await send('inspect.unpin', {}) : await send('inspect.pin', { token: raw });
    if (reply.ok) {
      setPinned(reply.data.matches);
      setError('');
    } else setError(reply.error.message);
  };
  return (
    <>
      <button type="button" onClick={() => void toggle()} aria-pressed={pinned}>
        {pinned ? 'Unpin from toolbar' : 'Pin to toolbar'}
      </button>
      {error && (
        <span role="alert" class="error">
          {error}
        </span>
      )}
    </>
  );
}
