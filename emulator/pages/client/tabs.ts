// Client-side source (browser, emulator dashboard): the Quick Start, Settings, Permissions and API Explorer
// tabs, the APIs / Applications lists, the application Settings tab and the not-found view. Tab contents follow
// the FACTS §6 screenshots; markup differs between the new (pushState) and old (hash) routes on purpose.
export const TABS_JS = String.raw`
function field(labelText, attrs) {
  var id = nextId('f');
  return h('div', { class: 'field' }, h('label', { for: id }, labelText), h('input', Object.assign({ id: id }, attrs)));
}
function permissionsTab(route) {
  var api = route.api;
  var intro = h('p', { class: 'lead' }, 'Define the permissions (scopes) that this API uses.');
  var rows;
  if (HASH) {
    // Old dashboard: an ARIA table built from divs.
    rows = h('div', { role: 'table', class: 'div-table', 'aria-label': 'Permissions' },
      h('div', { role: 'row', class: 'thead' }, h('span', { role: 'columnheader' }, 'Permission'), h('span', { role: 'columnheader' }, 'Description')),
      api.scopes.map(function (s) {
        return h('div', { role: 'row' }, h('span', { role: 'cell' }, s.value), h('span', { role: 'cell' }, s.description));
      }));
  } else {
    rows = h('table', { class: 'perm-table' },
      h('thead', null, h('tr', null, h('th', null, 'Permission'), h('th', null, 'Description'), api.isSystem ? null : h('th', null, ''))),
      h('tbody', null, api.scopes.map(function (s) {
        return h('tr', null,
          h('td', null, api.isSystem ? h('code', null, s.value) : s.value),
          h('td', null, s.description),
          api.isSystem ? null : h('td', null, h('button', { type: 'button', class: 'icon', 'aria-label': 'Delete permission' }, '🗑')));
      })));
  }
  var add = api.isSystem ? h('p', { class: 'muted' }, 'System API permissions cannot be changed.') :
    h('form', { class: 'add-perm', onsubmit: function (e) { e.preventDefault(); toast('Adding permissions is not supported in the emulator'); } },
      h('h3', null, 'Add a Permission'),
      field('Permission *', { placeholder: 'read:appointments' }), field('Description *', { placeholder: 'Read your appointments' }),
      h('button', { type: 'submit', class: 'primary' }, '+ Add'));
  return [intro, add, h('input', { type: 'search', class: 'filter', placeholder: 'Filter permissions', 'aria-label': 'Filter permissions', oninput: function (e) {
    var q = e.target.value.trim().toLowerCase();
    Array.prototype.forEach.call(rows.querySelectorAll('tbody tr, [role=row]:not(.thead)'), function (r) {
      r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
    });
  } }), rows];
}
function explorerTab() {
  var token = DATA.token;
  // Old (hash) dashboard: a read-only textarea; new: a code box with an ARIA textbox role.
  var box = HASH ? h('textarea', { readOnly: true, rows: '8', 'aria-label': 'Token', class: 'token-area', value: token })
    : h('div', { class: 'token-box', role: 'textbox', 'aria-readonly': 'true', 'aria-label': 'Token', 'aria-multiline': 'true' }, h('code', null, token));
  var status = h('span', { class: 'muted', role: 'status' });
  var copy = h('button', { type: 'button', class: 'icon copy', 'aria-label': 'Copy token', onclick: function () {
    var done = function () { status.textContent = 'Copied'; };
    try { navigator.clipboard.writeText(token).then(done, function () { status.textContent = 'Copy failed'; }); } catch (e) { status.textContent = 'Copy failed'; }
  } }, copyIcon());
  var expId = nextId('exp');
  return [h('h2', null, 'Token'), h('div', { class: 'token-wrap' }, box, copy), status,
    h('p', null, 'The token includes all the scopes that are granted to the API Explorer Application'),
    h('div', { class: 'field' }, h('label', { for: expId }, 'Token Expiration (Seconds)*'),
      h('input', { id: expId, type: 'number', value: '86400', min: '1' }),
      h('small', null, 'Expiration value for every token generated for this API')),
    h('button', { type: 'button', class: 'primary', onclick: function () { toast('Saved'); } }, 'Save')];
}
function settingsTab(route) {
  var api = route.api;
  return [h('h2', null, 'General Settings'),
    field('Id', { readOnly: true, value: api.id }),
    field('Name *', { value: api.name, readOnly: api.isSystem }),
    field('Identifier', { readOnly: true, value: api.identifier }),
    field('Token Expiration (Seconds)', { type: 'number', value: String(api.tokenLifetime) }),
    field('Token Expiration For Browser Flows (Seconds)', { type: 'number', value: '7200' }),
    field('JSON Web Token (JWT) Signing Algorithm', { readOnly: true, value: api.signingAlg }),
    h('p', { class: 'muted' }, 'Note: read carefully before changing token lifetimes.'),
    h('button', { type: 'button', class: 'primary', onclick: function () { toast('Settings saved'); } }, 'Save')];
}
function quickstartTab(route) {
  return [h('h2', null, 'Quick Start'),
    h('p', null, 'Configure your API to validate access tokens issued for ', h('code', null, route.api.identifier), '.'),
    h('pre', null, h('code', null, "const { auth } = require('express-oauth2-jwt-bearer');\napp.use(auth({ audience: '" +
      route.api.identifier + "', issuerBaseURL: 'https://" + DATA.domain + "/' }));"))];
}
function apisList() {
  return [h('h1', null, 'APIs'), h('p', { class: 'lead' }, 'Define APIs that you can consume from your authorized applications.'),
    h('table', { class: 'list' }, h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Type'), h('th', null, 'Identifier'))),
      h('tbody', null, DATA.apis.map(function (a) {
        return h('tr', null, h('td', null, h('a', { href: href('apis/' + (a.isSystem ? 'management' : a.id) + '/quickstart') }, a.name)),
          h('td', null, a.isSystem ? 'System API' : 'Custom API'), h('td', null, h('code', null, a.identifier)));
      })))];
}
function appsList() {
  return [h('h1', null, 'Applications'), h('ul', { class: 'app-list' }, DATA.clients.map(function (c) {
    return h('li', null, h('a', { href: href('applications/' + c.clientId + '/settings') }, c.name),
      h('span', { class: 'muted' }, c.clientCredentialsEnabled ? ' Machine to Machine · ' : ' Single Page Application · '), h('code', null, c.clientId));
  }))];
}
function appSettingsTab(route) {
  var c = route.client;
  return [h('h2', null, 'Basic Information'),
    field('Name *', { value: c.name }), field('Domain', { readOnly: true, value: DATA.domain }),
    field('Client ID', { readOnly: true, value: c.clientId }),
    h('p', { class: 'muted' }, 'The client secret is not shown by the emulator.')];
}
function notFound() {
  return [h('h1', null, '404'), h('p', null, 'This page does not exist in the emulated dashboard. '), h('a', { href: href('apis') }, 'Go to APIs')];
}
`;
