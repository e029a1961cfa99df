// Options page entry: tenant profiles and settings. Runs in an extension tab.
import { render } from 'preact';
import '../ui/theme.css';

function OptionsApp() {
  return (
    <main style={{ maxWidth: '900px', margin: '0 auto', padding: '16px' }}>
      <h1>Token Workbench — Settings</h1>
      <p class="muted">Tenant profiles are managed here.</p>
    </main>
  );
}

render(<OptionsApp />, document.getElementById('app')!);
