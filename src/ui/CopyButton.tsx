// A button that copies text and says so; used wherever people copy (token, JSON, headers). Runs in extension pages.
import { useState } from 'preact/hooks';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
      setTimeout(() => setDone(false), 1500);
    } catch {
      setDone(false);
    }
  };
  return (
    <button type="button" onClick={copy} aria-label={label}>
      {done ? 'Copied' : label}
    </button>
  );
}
