// Inspector tab entry: the full-width inspector, where right-click "Decode JWT" lands. A token handed over by
// the right-click menu or a page's "Decode" control is collected once from the background by the one-time id
// in the URL fragment (SECURITY B4.39); the fragment is then cleared. A reference page's "Try it" control opens
// this tab with `#try=1&method=…&path=…` (metadata only, issue 15): the call view opens on that endpoint and
// the user pastes or mints the token here. Runs in an extension tab.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/theme.css';
import { send } from '../shared/rpc';
import { useSettings } from '../ui/hooks';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import { InspectPanel } from '../ui/inspect/InspectPanel';
import { CallPanel } from '../ui/call/CallPanel';
import { TryContext, type TryEndpoint } from '../ui/call/TryContext';
import { parseTryFragment } from '../lib/call/fragment';

function InspectorApp() {
  const settings = useSettings();
  const [token, setToken] = useState('');
  const [status, setStatus] = useState('');
  const [tryIt, setTryIt] = useState<(TryEndpoint & { tenant?: string }) | null>(null);
  useEffect(() => {
    const hash = location.hash.slice(1);
    if (!hash) return;
    history.replaceState(null, '', location.pathname);
    const preset = parseTryFragment(hash);
    if (preset) return setTryIt(preset);
    void send('inspector.take', { id: hash }).then((reply) => {
      if (reply.ok && reply.data) setToken(reply.data.token);
      else setStatus('That token was already opened or has expired. Paste it again below.');
    });
  }, []);
  const open = (e: TryEndpoint) => {
    setTryIt(e);
    requestAnimationFrame(() => document.getElementById('call-h')?.scrollIntoView({ block: 'start' }));
  };
  return (
    <main class="inspector-page">
      <header class="row header">
        <h1>Token Workbench — Inspector</h1>
        <span class="spacer" />
        <ThemeSwitch theme={settings.theme} />
      </header>
      {status && <p role="status">{status}</p>}
      {tryIt && <CallPanel endpoint={tryIt} token={token} {...(tryIt.tenant ? { pageTenant: tryIt.tenant } : {})} onToken={setToken} onClose={() => setTryIt(null)} />}
      <TryContext.Provider value={open}>
        <InspectPanel value={token} onInput={setToken} leeway={settings.leewaySeconds} wide />
      </TryContext.Provider>
    </main>
  );
}

render(<InspectorApp />, document.getElementById('app')!);
