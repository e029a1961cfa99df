// A component whose code is a separate chunk, fetched the first time it renders (issue #16 item 6: the panels
// DecodedView renders after the first paint are not part of the script the popup's first screen waits for).
// Until the chunk is there it renders nothing; a chunk that cannot load says so. Runs in extension pages.
import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => (loading ??= load().then((c) => (component = c)));
  function LazyComponent(props: P) {
    const [failed, setFailed] = useState('');
    const [, setLoaded] = useState(false);
    // Asked during render, not in an effect: effects run a frame later, and this render is already after the
    // first paint (or a click).
    if (!component) void start().catch(() => undefined);
    useEffect(() => {
      if (component) return;
      let live = true;
      start().then(
        () => live && setLoaded(true),
        (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
      );
      return () => {
        live = false;
      };
    }, []);
    if (component) return h(component, props);
    return failed ? h('p', { role: 'alert', class: 'error' }, `This part of the page could not load: ${failed}`) : null;
  }
  return LazyComponent;
}
