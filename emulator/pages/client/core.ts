// Client-side source (runs in the browser, inside the emulator's dashboard pages): DOM builder, router and
// page frame of the single-page dashboard. Routes follow FACTS §6: new routes /dashboard/{region}/{tenant}/apis/
// {id|management}/{tab} navigated with history.pushState, and the old hash routes #/apis/management/{tab}
// re-rendered on hashchange. All data comes from the JSON block; text is set with text nodes, never innerHTML.
// Plain ES2017 in a string (no template literals) so it ships as-is in an inline <script>.
export const CORE_JS = String.raw`
var DATA = JSON.parse(document.getElementById('tw-emulator-data').textContent);
var root = document.getElementById('app');
var HASH = DATA.mode === 'hash';
var own = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };

function append(el, c) {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) { c.forEach(function (x) { append(el, x); }); return; }
  if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
  else el.appendChild(c);
}
function h(tag, attrs) {
  var el = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) {
    var v = attrs[k];
    if (v === null || v === undefined || v === false) return;
    if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'checked' || k === 'value' || k === 'readOnly' || k === 'disabled' || k === 'hidden') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  });
  for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
  return el;
}
// A two-rectangle "copy" icon; an SVG because icon glyphs are missing from many fonts (headless Chromium).
function copyIcon() {
  var NS = 'http://www.w3.org/2000/svg';
  var svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16'); svg.setAttribute('aria-hidden', 'true');
  [['5', '5', '9', '9'], ['2', '2', '9', '9']].forEach(function (r) {
    var rect = document.createElementNS(NS, 'rect');
    rect.setAttribute('x', r[0]); rect.setAttribute('y', r[1]); rect.setAttribute('width', r[2]); rect.setAttribute('height', r[3]);
    rect.setAttribute('rx', '1.5'); rect.setAttribute('fill', 'none'); rect.setAttribute('stroke', 'currentColor');
    svg.appendChild(rect);
  });
  return svg;
}
var uid = 0;
function nextId(prefix) { uid += 1; return prefix + '-' + uid; }
function toast(text) {
  var t = h('div', { class: 'toast', role: 'status' }, text);
  document.body.appendChild(t);
  setTimeout(function () { t.remove(); }, 2500);
}

// ---- routing ----
var TABS = { quickstart: 'quickstart', settings: 'settings', permissions: 'permissions', scopes: 'permissions',
  'authorized-clients': 'authorized-clients', 'authorized-applications': 'authorized-clients', 'application-access': 'authorized-clients',
  test: 'test', explorer: 'explorer' };
// Issue #12 item 9: the machine-to-machine tab is titled "Machine to Machine Applications" (FACTS §6 screenshots)
// or, in newer dashboards, "Application Access" (slug not documented [?]): reached through /application-access,
// the dashboard names the tab that way, so both titles and both slugs are exercised.
function m2mTabName() {
  return /\/application-access(\/|$)/.test(HASH ? location.hash : location.pathname)
    ? ['application-access', 'Application Access'] : ['authorized-clients', 'Machine to Machine Applications'];
}
function relPath() {
  if (HASH) return (location.hash || '#/apis').replace(/^#\/?/, '');
  var p = location.pathname;
  if (p === DATA.base || p === DATA.base + '/') return '';
  return p.indexOf(DATA.base + '/') === 0 ? p.slice(DATA.base.length + 1) : null;
}
function href(rel) { return HASH ? '#/' + rel : DATA.base + '/' + rel; }
function findApi(ref) {
  return DATA.apis.filter(function (a) { return ref === 'management' ? a.isSystem : a.id === ref; })[0];
}
function findClient(id) { return DATA.clients.filter(function (c) { return c.clientId === id; })[0]; }
function parseRoute(rel) {
  if (rel === null) return { kind: 'notfound' };
  var s;
  try { s = rel.split('?')[0].split('/').filter(Boolean).map(decodeURIComponent); } catch (e) { return { kind: 'notfound' }; }
  if (s.length === 0 || (s[0] === 'apis' && s.length === 1)) return { kind: 'apis' };
  if (s[0] === 'apis' && s.length <= 3) {
    var api = findApi(s[1]);
    var slug = s[2] || 'quickstart';
    if (!api || !own(TABS, slug)) return { kind: 'notfound' };
    var tab = TABS[slug];
    if (tab === 'explorer' && !api.isSystem) return { kind: 'notfound' };
    return { kind: 'api', api: api, ref: s[1], tab: tab };
  }
  if (s[0] === 'applications' && s.length === 1) return { kind: 'apps' };
  if (s[0] === 'applications' && s.length <= 3) {
    var client = findClient(s[1]);
    var atab = s[2] || 'settings';
    if (!client || (atab !== 'settings' && atab !== 'apis')) return { kind: 'notfound' };
    return { kind: 'app', client: client, tab: atab };
  }
  return { kind: 'notfound' };
}

// ---- page frame: header + tab links, then the tab body rendered a moment later, as an SPA fetching data ----
function apiTabs(route) {
  var list = [['quickstart', 'Quick Start'], ['settings', 'Settings'], [HASH ? 'scopes' : 'permissions', 'Permissions'],
    m2mTabName(), ['test', 'Test']];
  if (route.api.isSystem) list.push(['explorer', 'API Explorer']);
  return list.map(function (t) { return [href('apis/' + route.ref + '/' + t[0]), t[1], TABS[t[0]] === route.tab]; });
}
function tabNav(items, label) {
  if (HASH) {
    return h('ul', { class: 'nav nav-tabs', 'aria-label': label }, items.map(function (t) {
      return h('li', { class: t[2] ? 'active' : '' }, h('a', { href: t[0], 'aria-current': t[2] ? 'page' : null }, t[1]));
    }));
  }
  return h('nav', { class: 'tabs', 'aria-label': label }, items.map(function (t) {
    return h('a', { href: t[0], class: t[2] ? 'tab active' : 'tab', 'aria-current': t[2] ? 'page' : null }, t[1]);
  }));
}
function apiHeader(route) {
  var api = route.api;
  return h('header', { class: 'page-header' },
    h('a', { class: 'back', href: href('apis') }, '← Back to APIs'),
    h('div', { class: 'title-row' }, h('span', { class: 'api-icon', 'aria-hidden': 'true' }, '⛁'), h('h1', null, api.name)),
    h('div', { class: 'meta' },
      h('span', { class: 'badge' }, api.isSystem ? 'System API' : 'Custom API'),
      h('span', { class: 'meta-label' }, 'Identifier'), ' ',
      h('code', { class: 'identifier' }, api.identifier)));
}
function appHeader(route) {
  var c = route.client;
  return h('header', { class: 'page-header' },
    h('a', { class: 'back', href: href('applications') }, '← Back to Applications'),
    h('div', { class: 'title-row' }, h('h1', null, c.name)),
    h('div', { class: 'meta' }, h('span', { class: 'badge' }, c.clientCredentialsEnabled ? 'Machine to Machine' : 'Single Page Application'),
      h('span', { class: 'meta-label' }, 'Client ID'), ' ', h('code', null, c.clientId)),
    tabNav([[href('applications/' + c.clientId + '/settings'), 'Settings', route.tab === 'settings'],
      [href('applications/' + c.clientId + '/apis'), 'APIs', route.tab === 'apis']], 'Application sections'));
}
var renderSeq = 0;
function render() {
  var route = parseRoute(relPath());
  var seq = ++renderSeq;
  root.textContent = '';
  var body = h('section', { class: 'tab-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading…'));
  if (route.kind === 'api') { append(root, [apiHeader(route), tabNav(apiTabs(route), 'API sections')]); }
  if (route.kind === 'app') { append(root, appHeader(route)); }
  append(root, body);
  document.title = (route.api ? route.api.name : route.client ? route.client.name : 'Dashboard') + ' | Auth0 Dashboard (emulator)';
  setTimeout(function () {
    if (seq !== renderSeq) return;
    body.textContent = '';
    body.removeAttribute('aria-busy');
    append(body, renderBody(route));
  }, 40);
}
function renderBody(route) {
  if (route.kind === 'apis') return apisList();
  if (route.kind === 'apps') return appsList();
  if (route.kind === 'app') return route.tab === 'apis' ? appApisTab(route) : appSettingsTab(route);
  if (route.kind === 'notfound') return notFound();
  var tab = { quickstart: quickstartTab, settings: settingsTab, permissions: permissionsTab,
    'authorized-clients': m2mTab, test: testTab, explorer: explorerTab }[route.tab];
  return tab(route);
}
if (HASH) {
  window.addEventListener('hashchange', render);
} else {
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var to = a.getAttribute('href');
    if (to.indexOf(DATA.base + '/') !== 0 && to !== DATA.base) return;
    e.preventDefault();
    if (to !== location.pathname) history.pushState({}, '', to);
    render();
  });
  window.addEventListener('popstate', render);
}
`;

/** Runs last, after every renderer is defined. */
export const START_JS = 'render();\n';
