// The Terminate panel, loaded as its own chunk after the decoded view has rendered (issue #7): its code (plan,
// blacklist, levers) is not parsed before the token is on screen. The chunk is fetched once per page and the
// panel appears when it arrives. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import type { DecodedToken } from '../../lib/jwt';
import type { TerminatePanel as Panel } from '../terminate/TerminatePanel';
// Its stylesheet is loaded with the page: the panel must not appear unstyled, and a lazy chunk without CSS of
// its own needs no preload step.
import '../terminate/terminate.css';

let loading: Promise<typeof Panel> | undefined;
const load = () => (loading ??= import('../terminate/TerminatePanel').then((m) => m.TerminatePanel));

export function LazyTerminate({ token }: { token: DecodedToken }) {
  const [Loaded, setLoaded] = useState<typeof Panel | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (p) => live && setLoaded(() => p),
      () => void (loading = undefined), // a failed chunk load (extension updated meanwhile): try again next mount
    );
    return () => {
      live = false;
    };
  }, []);
  return Loaded ? <Loaded token={token} /> : null;
}
