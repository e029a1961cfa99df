// Small Preact hooks shared by the popup and the inspector tab: a ticking clock for live countdowns and the
// user's settings (theme, leeway), kept current through storage.onChanged. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { ITEMS, type Settings } from '../shared/storage-schema';
import { read } from '../shared/storage';

/** Seconds since the epoch, re-rendering every `ms` (1 s for countdowns). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now() / 1000), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** Applies the theme: 'system' follows prefers-color-scheme (theme.css), otherwise data-theme wins. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
  else delete root.dataset['theme'];
}

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(ITEMS.settings.default);
  useEffect(() => {
    let live = true;
    const load = () =>
      void read(ITEMS.settings)
        .then((s) => live && setSettings({ ...ITEMS.settings.default, ...s }))
        .catch(() => undefined);
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === ITEMS.settings.area && Object.hasOwn(changes, ITEMS.settings.key)) load();
    };
    ext.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      ext.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  return settings;
}
