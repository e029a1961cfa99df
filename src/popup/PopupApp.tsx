// The toolbar popup (Alt+Shift+J): a header (tenant of the active dashboard tab, theme switch, "Open in tab")
// and a tab bar: "Inspect" and "Mint" (TABS below). Mint is bundled, not lazy: measured, a lazy chunk saved no
// visible time in the popup-open figure but cost ~2.4 KB gzipped (vite's preload helper, chunk glue). Runs in
// the popup.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/rpc';
import { useSettings } from '../ui/hooks';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import { InspectPanel } from '../ui/inspect/InspectPanel';
import { activeDashboardTenant, type ActiveTenant } from './tenant';
import { Tabs, type TabSpec } from './Tabs';
import { MintPanel } from './mint/MintPanel';

export function PopupApp() {
  const settings = useSettings();
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const [tab, setTab] = useState('inspect');
  const [tenant, setTenant] = useState<ActiveTenant | null>(null);
  useEffect(() => void activeDashboardTenant().then(setTenant), []);

  const openInTab = async () => {
    const reply = await send('inspector.open', { token });
    if (!reply.ok) setError(reply.error.message);
    else window.close();
  };

  const TABS: TabSpec[] = [
    { id: 'inspect', label: 'Inspect', render: () => <InspectPanel value={token} onInput={setToken} leeway={settings.leewaySeconds} /> },
    { id: 'mint', label: 'Mint', render: () => <MintPanel tenant={tenant} /> },
  ];

  return (
    <main class="popup">
      <header class="row header">
        <h1>Token Workbench</h1>
        <span class="spacer" />
        <ThemeSwitch theme={settings.theme} />
        <button type="button" onClick={() => void openInTab()} disabled={!token.trim()}>
          Open in tab
        </button>
      </header>
      {tenant && (
        <p class="tenant muted" data-testid="active-tenant">
          Dashboard tenant: <strong>{tenant.tenant}</strong> ({tenant.region}) · {tenant.domains.join(' or ')}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <Tabs tabs={TABS} active={tab} onSelect={setTab} />
    </main>
  );
}
