// Popup entry: mounts the popup app. Runs in the toolbar popup.
import { render } from 'preact';
import '../ui/theme.css';
// Side-effect import of the decoder (issue #7): it makes the build import the decoder's chunk from this entry
// chunk directly, so the browser fetches it together with the UI chunks instead of one round trip later, after
// the UI chunk that uses it has been parsed (~20 ms of module waterfall in the popup-open figure).
import '../lib/jwt';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
