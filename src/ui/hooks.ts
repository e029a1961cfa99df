// Small Preact hooks shared by the popup and the inspector tab: a ticking clock for live countdowns and the
// user's settings (theme, leeway), kept current through storage.onChanged. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { ITEMS, type Settings } from '../shared/storage-schema';
import { read, watch } from '../shared/storage';

/** Seconds since the epoch, re-rendering every `ms` (1 s for countdowns). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now() / 1000), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/**
 * false on a component's first render, true from the render after the browser has painted it (preact runs
 * effects after paint). For the secondary parts of a view: the first frame shows the rest sooner (issue #7).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted;
}

/** Applies the theme: 'system' follows prefers-color-scheme (theme.css), otherwise data-theme wins. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
  else delete root.dataset['theme'];
}

/** `next`, or `prev` when every field is equal: the stored settings usually equal the defaults, and a new
 *  object would re-render the whole page (issue #7: ~15 ms of a second decoded-view render before the first
 *  frame of the popup). */
function same(prev: Settings, next: Settings): Settings {
  const keys = Object.keys(next) as (keyof Settings)[];
  return keys.length === Object.keys(prev).length && keys.every((k) => Object.is(prev[k], next[k])) ? prev : next;
}

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(ITEMS.settings.default);
  useEffect(() => {
    let live = true;
    const load = () =>
      void read(ITEMS.settings)
        .then((s) => live && setSettings((prev) => same(prev, { ...ITEMS.settings.default, ...s })))
        .catch(() => undefined);
    load();
    const stop = new AbortController();
    watch(ITEMS.settings, load, stop.signal);
    return () => {
      live = false;
      stop.abort();
    };
  }, []);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  return settings;
}
