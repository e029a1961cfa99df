// A button that copies text and says so; used wherever people copy (token, JSON, headers). It goes through the
// one copy helper, so the clipboard is cleared 30 s later by the background (issue 13 item 3). Runs in
// extension pages.
import { useState } from 'preact/hooks';
import { copyText } from './copy';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    const out = await copyText(text);
    setDone(out.ok ? 'copied' : 'failed');
    setTimeout(() => setDone('idle'), 1500);
  };
  return (
    <button type="button" onClick={copy} aria-label={label} title="Cleared from the clipboard after 30 s">
      {done === 'copied' ? 'Copied' : done === 'failed' ? 'Copy failed' : label}
    </button>
  );
}
