// The toolbar popup: paste-and-decode, and "Open in tab" to continue in the inspector. Runs in the popup.
import { useState } from 'preact/hooks';
import { send } from '../shared/rpc';
import { TokenInspector } from '../ui/TokenInspector';

export function PopupApp() {
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const openInTab = async () => {
    const reply = await send('inspector.open', { token });
    if (!reply.ok) setError(reply.error.message);
    else window.close();
  };
  return (
    <main style={{ width: '420px', padding: '12px' }}>
      <div class="row" style={{ justifyContent: 'space-between', marginBottom: '8px' }}>
        <h1>Token Workbench</h1>
        <button type="button" onClick={openInTab} disabled={!token.trim()}>
          Open in tab
        </button>
      </div>
      <TokenInspector value={token} onInput={setToken} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </main>
  );
}
