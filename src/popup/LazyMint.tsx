// The Mint tab's panel, loaded as its own chunk the first time the tab is shown (issue #7): the popup's first
// render (a pasted token) does not wait for the mint form, scope picker and token result code. Runs in the popup.
import { useEffect, useState } from 'preact/hooks';
import type { MintPanel as Panel } from './mint/MintPanel';
// Its stylesheet is loaded with the popup: the panel must not appear unstyled, and a lazy chunk without CSS of
// its own needs no preload step.
import '../ui/mint/mint.css';

let loading: Promise<typeof Panel> | undefined;
const load = () => (loading ??= import('./mint/MintPanel').then((m) => m.MintPanel));

export function LazyMint({ tenant }: { tenant: { domains: string[] } | null }) {
  const [Loaded, setLoaded] = useState<typeof Panel | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (p) => live && setLoaded(() => p),
      () => void (loading = undefined), // a failed chunk load (extension updated meanwhile): try again next time
    );
    return () => {
      live = false;
    };
  }, []);
  return Loaded ? <Loaded tenant={tenant} /> : <p role="status">Loading…</p>;
}
