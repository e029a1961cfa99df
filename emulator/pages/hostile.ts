// A hostile page on manage.auth0.com (/__hostile/) for the extension's security e2e tests. Runs in Node (built
// here) and in the browser (inline script). It tries to forge extension messages: window.postMessage, CustomEvents
// named like extension events, chrome.runtime.sendMessage to the id given in ?ext= (only if the page can see
// chrome.runtime), plus scope- and JWT-looking elements that mimic the extension's own UI. Everything it tried is
// recorded in window.__hostileLog (and shown in a list) so a test can read it; window.__hostileDone marks the end.
import { html, jsonForScript, raw } from './html';

const SCRIPT = String.raw`(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('hostile-config').textContent);
  var log = window.__hostileLog = [];
  var list = document.getElementById('hostile-log');
  function note(kind, detail) {
    log.push({ kind: kind, detail: detail, at: Date.now() });
    var li = document.createElement('li');
    li.textContent = kind + ' ' + JSON.stringify(detail);
    list.appendChild(li);
  }
  var forged = [
    { type: 'mint', profileId: 'x', scopes: ['read:users'] },
    { type: 'mint', payload: { profileId: 'x', scopes: ['delete:users'] } },
    { type: 'inspector.take', payload: { id: 'AAAAAAAAAAAAAAAAAAAAAAAA' } },
    { source: 'token-workbench', type: 'scope.add', payload: { scope: 'delete:users' } }
  ];
  var events = ['token-workbench:mint', 'token-workbench:add-scope', 'tw:mint', 'tw:add-scope', 'tw-scope-toggle', 'tokenWorkbench'];
  window.addEventListener('message', function (e) { note('message-seen', { origin: e.origin, data: e.data }); });
  function attack(round) {
    forged.forEach(function (m) {
      try { window.postMessage(m, '*'); note('postMessage', { round: round, message: m }); } catch (e) { note('postMessage-error', String(e)); }
    });
    events.forEach(function (name) {
      var detail = { profileId: 'x', scopes: ['read:users'] };
      document.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: true }));
      window.dispatchEvent(new CustomEvent(name, { detail: detail }));
      note('CustomEvent', { round: round, name: name });
    });
    var rt = window.chrome && window.chrome.runtime;
    if (rt && typeof rt.sendMessage === 'function' && cfg.ext) {
      try {
        rt.sendMessage(cfg.ext, { type: 'mint', payload: { profileId: 'x', scopes: ['read:users'] } }, function (reply) {
          note('sendMessage-reply', { round: round, reply: reply === undefined ? null : reply, error: rt.lastError ? rt.lastError.message : null });
        });
        note('sendMessage', { round: round, ext: cfg.ext });
      } catch (e) { note('sendMessage-error', { round: round, error: String(e) }); }
    } else {
      note('sendMessage-unavailable', { round: round, hasRuntime: !!rt, ext: cfg.ext || null });
    }
  }
  attack(1);
  // Again after the content script (document_idle) has had time to attach its listeners.
  setTimeout(function () { attack(2); window.__hostileDone = true; }, 600);
})();
`;

/** A JWT with alg "none" and a forged subject: the extension must not trust it. */
const FAKE_JWT = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJldmlsQGNsaWVudHMiLCJzY29wZSI6ImRlbGV0ZTp1c2VycyJ9.';

export function hostilePage(url: URL): string {
  const ext = url.searchParams.get('ext') ?? '';
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hostile test page</title></head>
<body>
<h1>Hostile page</h1>
<p>This page tries to forge Token Workbench messages. Nothing here should reach the extension.</p>
<section aria-label="Fake scopes">
  <label><input type="checkbox" checked> read:users</label>
  <div role="checkbox" aria-checked="false" tabindex="0"><span>delete:users</span></div>
  <button type="button" class="tw-scope-toggle" data-tw-scope="delete:users" aria-pressed="true">add to token</button>
  <span data-scope="create:client_grants">create:client_grants</span>
</section>
<section aria-label="Fake token">
  <code>${FAKE_JWT}</code> <button type="button" aria-label="Decode">Decode</button>
</section>
<ol id="hostile-log" aria-label="What this page tried"></ol>
<script type="application/json" id="hostile-config">${jsonForScript({ ext })}</script>
<script>${raw(SCRIPT)}</script>
</body></html>`.value;
}
