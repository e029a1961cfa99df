// The theme switch in the page header (popup and inspector): writes settings.theme through the background,
// the one writer of settings; every open page re-themes via storage.onChanged. Runs in extension pages.
import { useState } from 'preact/hooks';
import type { Settings } from '../shared/storage-schema';
import { send } from '../shared/rpc';
import { applyTheme } from './hooks';

export function ThemeSwitch({ theme }: { theme: Settings['theme'] }) {
  const [error, setError] = useState('');
  const change = async (value: Settings['theme']) => {
    applyTheme(value); // immediate feedback; storage.onChanged confirms it
    const reply = await send('settings.setTheme', { theme: value });
    setError(reply.ok ? '' : reply.error.message);
  };
  return (
    <label class="theme-switch">
      <span class="sr-only">Theme</span>
      <select
        aria-label="Theme"
        value={theme}
        onChange={(e) => void change((e.currentTarget as HTMLSelectElement).value as Settings['theme'])}
      >
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      {error && <span role="alert" class="error">{error}</span>}
    </label>
  );
}
