// CSS for everything the content script draws. Runs in the content script. Page-side controls get inline
// styles set through the CSSOM (el.style), which page CSP does not block and which beat the page's class
// rules; they inherit the page's colour so they suit light and dark pages. The tray's CSS lives inside its
// closed shadow root, isolated from the page in both directions.

/** Small, inline-level, never wider than a glyph or a short word; resets the properties pages commonly set on buttons. */
export const PAGE_BUTTON_CSS =
  'all:initial;display:inline-block;box-sizing:border-box;vertical-align:middle;margin:0 0 0 4px;padding:0 5px;' +
  'min-width:18px;height:18px;border:1px solid currentColor;border-radius:9px;background:transparent;color:inherit;' +
  'font:600 11px/16px system-ui,sans-serif;text-align:center;cursor:pointer;opacity:.75;flex:none;align-self:center;white-space:nowrap;';

export const PAGE_BUTTON_PRESSED_CSS = 'background:#635dff;border-color:#635dff;color:#fff;opacity:1;';

export const TRAY_CSS = `
:host{all:initial}
*{box-sizing:border-box}
[hidden]{display:none!important}
.tw{--bg:#fff;--fg:#1e212a;--muted:#65676e;--line:#d5d8de;--accent:#635dff;--chip:#eef0ff;--warn:#8a5a00;--bad:#b42318;--ok:#067647;
  font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg)}
@media (prefers-color-scheme:dark){.tw{--bg:#1d1f27;--fg:#e7e8ec;--muted:#a3a6b0;--line:#3a3d48;--chip:#2b2f45;--warn:#f3c46b;--bad:#ff8a80;--ok:#75e0a7}}
.fab{font:inherit;background:var(--accent);color:#fff;border:0;border-radius:18px;padding:7px 14px;cursor:pointer;box-shadow:0 2px 8px #0004}
.panel{width:380px;max-height:min(640px,calc(100vh - 32px));overflow:auto;background:var(--bg);border:1px solid var(--line);
  border-radius:10px;box-shadow:0 6px 24px #0004;padding:12px 14px}
.head{display:flex;align-items:center;gap:8px;margin-bottom:8px}.head h2{font-size:14px;margin:0;flex:1}
button,select,input{font:inherit;color:inherit}
button{cursor:pointer;background:transparent;border:1px solid var(--line);border-radius:6px;padding:3px 9px}
button:disabled{cursor:not-allowed;opacity:.55}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff;padding:5px 14px}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
select,input{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:3px 6px;min-width:0}
.chips{display:flex;flex-wrap:wrap;gap:4px;margin:0 0 8px;padding:0;list-style:none}
.chip{display:inline-flex;align-items:center;gap:2px;background:var(--chip);border-radius:12px;padding:1px 2px 1px 9px;font:12px ui-monospace,monospace}
.chip button{border:0;padding:0 6px;border-radius:10px}
.chip.off{opacity:.7;text-decoration:line-through}
.empty,.note,.why{color:var(--muted);font-size:12px;margin:4px 0}
.why{display:block;text-decoration:none}
.row{display:flex;align-items:center;gap:6px;margin:6px 0}.row label{min-width:64px;color:var(--muted)}
.row select,.row input{flex:1}
.warn{color:var(--warn);font-size:12px;margin:4px 0}.err{color:var(--bad);margin:6px 0}.ok{color:var(--ok);font-size:12px;margin:4px 0}
.result{border-top:1px solid var(--line);margin-top:10px;padding-top:8px}
.token{display:block;font:12px ui-monospace,monospace;word-break:break-all;background:var(--chip);border-radius:6px;padding:6px;margin:4px 0;user-select:text}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
`;
