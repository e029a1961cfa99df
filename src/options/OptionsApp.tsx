// The options page (issue #4): vault, tenant profiles and minted tokens. The vault status is fetched once and
// again whenever the tab regains focus or becomes visible (an auto-lock may have happened meanwhile); the ledger
// is not: LedgerSection fetches it once and again only when storage says it changed (issue #7).
// The page follows the theme setting like the popup and the inspector (useSettings applies it, ThemeSwitch
// changes it). Runs in an extension tab.
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/rpc';
import { watch } from '../shared/storage';
import { ITEMS } from '../shared/storage-schema';
import type { AppError } from '../lib/errors';
import type { VaultStatus } from '../shared/messages/mint';
import { ErrorText } from '../ui/mint/ErrorText';
import { useSettings } from '../ui/hooks';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import '../ui/mint/mint.css';
import { LedgerSection } from './LedgerSection';
import { ProfilesSection } from './ProfilesSection';
import { VaultSection } from './VaultSection';

export function OptionsApp() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const settings = useSettings();

  useEffect(() => {
    const load = () => {
      void send('vault.status', {}).then((r) => (r.ok ? (setStatus(r.data), setError(null)) : setError(r.error)));
      void send('profiles.list', {}).then((r) => r.ok && setLabels(Object.fromEntries(r.data.map((p) => [p.id, p.label]))));
    };
    load();
    const onVisible = () => document.visibilityState === 'visible' && load();
    // A profile added or renamed meanwhile: the ledger shows labels, never internal ids (issue #11).
    const stop = new AbortController();
    watch(ITEMS.profiles, load, stop.signal);
    window.addEventListener('focus', load, { signal: stop.signal });
    document.addEventListener('visibilitychange', onVisible, { signal: stop.signal });
    return () => stop.abort();
  }, []);

  return (
    <main class="stack" style={{ maxWidth: '960px', margin: '0 auto', padding: '16px' }}>
      <header class="row header">
        <h1>Token Workbench — Settings</h1>
        <span class="spacer" />
        <ThemeSwitch theme={settings.theme} />
      </header>
      <ReadOnlyNotice />
      <ErrorText error={error} />
      <VaultSection status={status} onStatus={setStatus} />
      <ProfilesSection />
      <LedgerSection labels={labels} />
    </main>
  );
}
