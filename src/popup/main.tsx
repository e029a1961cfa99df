// Popup entry: mounts the popup app. Runs in the toolbar popup.
import { render } from 'preact';
import '../ui/theme.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
