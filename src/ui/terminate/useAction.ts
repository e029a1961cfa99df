// One Terminate action's state in a component: busy, error (an AppError shown as text) and result. Runs in
// extension pages.
import { useState } from 'preact/hooks';
import type { AppError } from '../../lib/errors';
import type { MessageType, Reply, ResponseOf } from '../../shared/messages';

export function useAction<T extends MessageType>() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [result, setResult] = useState<ResponseOf<T> | null>(null);
  const run = async (call: () => Promise<Reply<T>>): Promise<ResponseOf<T> | null> => {
    setBusy(true);
    setError(null);
    try {
      const reply = await call();
      if (!reply.ok) {
        setError(reply.error);
        return null;
      }
      setResult(reply.data);
      return reply.data;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, result, run, reset: () => (setError(null), setResult(null)) };
}
