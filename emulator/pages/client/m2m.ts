// Client-side source (browser, emulator dashboard): the Machine to Machine Applications tab and the
// application-side APIs tab. Layout per FACTS §6 screenshots: filter box, one row per app with name,
// "Client Id: …", Authorized/Unauthorized + toggle switch and a chevron; expanding lazily renders the grant
// (Grant ID cgr_…, Select: All | None, Filter permissions, a grid of checkbox chips, Update). The chip markup
// deliberately comes in three shapes so the content script must rely on text and ARIA, not structure.
export const M2M_JS = String.raw`
function grantFor(clientId, audience) {
  return DATA.grants.filter(function (g) { return g.clientId === clientId && g.audience === audience; })[0];
}
// variant 0: <label><input type=checkbox> scope</label>; 1: <input id><label for>; 2: <div role=checkbox><span>
function chip(scope, description, checked, variant) {
  if (variant === 0) {
    var box0 = h('input', { type: 'checkbox', checked: checked });
    return { scope: scope, el: h('label', { class: 'chip', title: description }, box0, ' ', scope),
      get: function () { return box0.checked; }, set: function (v) { box0.checked = v; } };
  }
  if (variant === 1) {
    var id = nextId('perm');
    var box1 = h('input', { type: 'checkbox', id: id, checked: checked });
    return { scope: scope, el: h('li', { class: 'chip chip-li' }, box1, h('label', { for: id }, scope)),
      get: function () { return box1.checked; }, set: function (v) { box1.checked = v; } };
  }
  var div = h('div', { class: 'chip chip-aria', role: 'checkbox', tabindex: '0', 'aria-checked': String(!!checked), title: description },
    h('span', { class: 'tick', 'aria-hidden': 'true' }), h('span', { class: 'chip-text' }, scope));
  var flip = function () { div.setAttribute('aria-checked', String(div.getAttribute('aria-checked') !== 'true')); };
  div.addEventListener('click', flip);
  div.addEventListener('keydown', function (e) { if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); flip(); } });
  return { scope: scope, el: div, get: function () { return div.getAttribute('aria-checked') === 'true'; },
    set: function (v) { div.setAttribute('aria-checked', String(!!v)); } };
}
function grantPanel(api, client, variant) {
  var grant = grantFor(client.clientId, api.identifier);
  if (!grant) return h('p', { class: 'muted' }, 'This application is not authorized for this API. Turn on the switch to authorize it.');
  var granted = {};
  grant.scope.forEach(function (s) { granted[s] = true; });
  var chips = api.scopes.map(function (s) { return chip(s.value, s.description, own(granted, s.value), variant); });
  var gridTag = variant === 1 ? 'ul' : 'div';
  var grid = h(gridTag, { class: 'scope-grid', role: variant === 2 ? 'group' : null, 'aria-label': variant === 2 ? 'Permissions' : null },
    chips.map(function (c) { return c.el; }));
  var gidId = nextId('grant');
  var setAll = function (v) { chips.forEach(function (c) { c.set(v); }); };
  return h('div', { class: 'grant-panel' },
    h('p', null, 'Select which permissions (scopes) should be granted to this client:'),
    h('div', { class: 'field' }, h('label', { for: gidId }, 'Grant ID'), h('input', { id: gidId, readOnly: true, value: grant.id })),
    h('div', { class: 'perm-toolbar' },
      h('strong', null, 'Permissions'),
      h('span', null, 'Select: ', h('button', { type: 'button', class: 'link', onclick: function () { setAll(true); } }, 'All'),
        ' | ', h('button', { type: 'button', class: 'link', onclick: function () { setAll(false); } }, 'None')),
      h('input', { type: 'search', placeholder: 'Filter permissions', 'aria-label': 'Filter permissions', oninput: function (e) {
        var q = e.target.value.trim().toLowerCase();
        chips.forEach(function (c) { c.el.hidden = q !== '' && c.scope.toLowerCase().indexOf(q) < 0; });
      } })),
    grid,
    h('p', { class: 'hint' }, 'Last synced ', h('time', null, '12:30'), '. A bare prefix such as ', h('code', null, 'read:'),
      ' or a key like ', h('code', null, 'a:b:c'), ' is not a permission.'),
    h('button', { type: 'button', class: 'primary', onclick: function () {
      grant.scope = chips.filter(function (c) { return c.get(); }).map(function (c) { return c.scope; });
      toast('Permissions updated (' + grant.scope.length + ')');
    } }, 'Update'));
}
// One expandable row; "subject" is what the row names (an app on the API side, an API on the app side).
function grantRow(api, client, subject, variant, startOpen) {
  var authorized = !!grantFor(client.clientId, api.identifier);
  var panelId = nextId('panel');
  var panel = h('div', { class: 'row-panel', id: panelId, hidden: true });
  var label = h('span', { class: 'auth-label' }, authorized ? 'Authorized' : 'Unauthorized');
  var sw = h('button', { type: 'button', role: 'switch', class: 'switch', 'aria-checked': String(authorized), 'aria-label': 'Authorize ' + subject.name },
    h('span', { class: 'knob', 'aria-hidden': 'true' }));
  var chevron = h('button', { type: 'button', class: 'chevron', 'aria-expanded': 'false', 'aria-controls': panelId, 'aria-label': 'Show permissions for ' + subject.name }, '▾');
  var timer = null;
  var setOpen = function (open) {
    chevron.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    panel.textContent = '';
    clearTimeout(timer);
    if (!open) return;
    append(panel, h('p', { class: 'loading' }, 'Loading permissions…'));
    timer = setTimeout(function () { panel.textContent = ''; append(panel, grantPanel(api, client, variant)); }, 120);
  };
  chevron.addEventListener('click', function () { setOpen(chevron.getAttribute('aria-expanded') !== 'true'); });
  sw.addEventListener('click', function () {
    var on = sw.getAttribute('aria-checked') !== 'true';
    sw.setAttribute('aria-checked', String(on));
    label.textContent = on ? 'Authorized' : 'Unauthorized';
    if (on && !grantFor(client.clientId, api.identifier)) {
      DATA.grants.push({ id: 'cgr_' + Math.random().toString(36).slice(2, 18), clientId: client.clientId, audience: api.identifier, scope: [] });
    }
    if (!on) DATA.grants = DATA.grants.filter(function (g) { return !(g.clientId === client.clientId && g.audience === api.identifier); });
    setOpen(on);
  });
  var row = h('div', { class: 'm2m-row' },
    h('div', { class: 'row-head' },
      h('div', { class: 'app-info' }, h('a', { class: 'app-name', href: subject.href }, subject.name), h('div', { class: 'sub' }, subject.sub, h('span', null, subject.id))),
      h('div', { class: 'row-actions' }, label, sw, chevron)),
    panel);
  row.dataset.search = (subject.name + ' ' + subject.id).toLowerCase();
  if (startOpen) setOpen(true);
  return row;
}
function rowsWithFilter(placeholder, rows) {
  return [h('input', { type: 'search', class: 'filter', placeholder: placeholder, 'aria-label': placeholder, oninput: function (e) {
    var q = e.target.value.trim().toLowerCase();
    rows.forEach(function (r) { r.hidden = q !== '' && r.dataset.search.indexOf(q) < 0; });
  } }), h('div', { class: 'm2m-list' }, rows)];
}
function m2mTab(route) {
  // Authorized rows take turns through the chip variants (unauthorized rows have no grid until toggled on), so
  // one page shows at least two markups and the old/new routes start from different ones.
  var offset = HASH ? 2 : 0;
  var rank = 0;
  var rows = DATA.clients.map(function (c, i) {
    var subject = { name: c.name, href: href('applications/' + c.clientId + '/apis'), sub: 'Client Id: ', id: c.clientId };
    var variant = (grantFor(c.clientId, route.api.identifier) ? rank++ : i) + offset;
    return grantRow(route.api, c, subject, variant % 3, i === 0);
  });
  return [h('p', { class: 'lead' }, 'List of Machine to Machine Applications that are authorized to request access tokens for this API by executing a client credentials exchange.')]
    .concat(rowsWithFilter('Filter by Application Name or Client ID', rows));
}
function appApisTab(route) {
  var rows = DATA.apis.map(function (a, i) {
    var subject = { name: a.name, href: href('apis/' + (a.isSystem ? 'management' : a.id) + '/authorized-clients'), sub: 'API Identifier: ', id: a.identifier };
    return grantRow(a, route.client, subject, (i + 1) % 3, false);
  });
  return [h('p', { class: 'lead' }, 'APIs this application is authorized to request tokens for. Expand an API to choose its permissions.')]
    .concat(rowsWithFilter('Filter APIs', rows));
}
`;
