// Inspector tab entry: the full-width inspector, where right-click "Decode JWT" lands. A token handed over by
// the right-click menu or a page's "Decode" control is collected once from the background by the one-time id
// in the URL fragment (SECURITY B4.39); the fragment is then cleared. Runs in an extension tab.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/theme.css';
import { send } from '../shared/rpc';
import { useSettings } from '../ui/hooks';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import { TokenInspector } from '../ui/TokenInspector';

function InspectorApp() {
  const settings = useSettings();
  const [token, setToken] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    const id = location.hash.slice(1);
    if (!id) return;
    history.replaceState(null, '', location.pathname);
    void send('inspector.take', { id }).then((reply) => {
      if (reply.ok && reply.data) setToken(reply.data.token);
      else setStatus('That token was already opened or has expired. Paste it again below.');
    });
  }, []);
  return (
    <main class="inspector-page">
      <header class="row header">
        <h1>Token Workbench — Inspector</h1>
        <span class="spacer" />
        <ThemeSwitch theme={settings.theme} />
      </header>
      {status && <p role="status">{status}</p>}
      <TokenInspector value={token} onInput={setToken} leeway={settings.leewaySeconds} wide />
    </main>
  );
}

render(<InspectorApp />, document.getElementById('app')!);
