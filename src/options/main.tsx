// Options page entry: vault, tenant profiles and minted tokens (issue #4). Runs in an extension tab.
import { render } from 'preact';
import '../ui/theme.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
