// Popup entry: mounts the popup app. Runs in the toolbar popup.
import { render } from 'preact';
import '../ui/theme.css';
// The later Inspect panels' stylesheet, which their lazy chunk would otherwise bring as a stylesheet of its own
// (src/ui/inspect/later.ts): in the popup's one stylesheet it is one file less to fetch.
import '../ui/terminate/terminate.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
