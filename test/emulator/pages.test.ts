// Tests of the emulator's dashboard and API-reference pages (emulator/pages). Runs in vitest (Node): renderPage
// is called directly with a fake context; dashboard pages are loaded into a happy-dom Window WITH script
// evaluation (our own trusted inline script) so the client-rendered SPA content is what gets checked.
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import catalog from '../../src/lib/scopes/catalog.json' with { type: 'json' };
import { DECOYS, DEMO_PAGES, DOC_ENDPOINTS, fallbackDemoJwt, renderPage } from '../../emulator/pages/index';
import { escapeHtml, html, jsonForScript } from '../../emulator/pages/html';
import { makeSeed, type Seed } from '../../emulator/seed';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJleHBsb3JlciJ9.c2lnbmF0dXJl';
const seed = makeSeed();
const ctx = (s: Seed = seed) => ({ seed: s, mintExplorerToken: async () => TOKEN });
const DASH = 'https://manage.auth0.com/dashboard/us/demo';
const DOCS = 'https://auth0.com/docs/api/management/v2';

async function get(href: string, s: Seed = seed, c = ctx(s)) {
  const url = new URL(href);
  return renderPage({ host: url.host, url }, c);
}

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

/** Loads a page into a scripted happy-dom window and waits for its timers (SPA render, lazy expand). */
async function load(href: string, s: Seed = seed) {
  const res = await get(href, s);
  if (!res) throw new Error(`no page for ${href}`);
  const win = new Window({ url: href, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  windows.push(win);
  const errors: unknown[] = [];
  win.addEventListener('error', (e) => errors.push((e as unknown as { error?: unknown }).error ?? e));
  win.document.write(res.body);
  await win.happyDOM.waitUntilComplete();
  return { res, win, doc: win.document, errors, settle: () => win.happyDOM.waitUntilComplete() };
}

const SCOPE_NAMES = new Set<string>([...catalog.scopes.map((s) => s.name), ...Object.values(seed.apis).flatMap((a) => a.scopes.map((s) => s.value))]);

type TextNodeLike = { data: string; parentElement: { closest(sel: string): unknown } | null };
/** Every text node mentioning a known scope must be exactly that scope (whitespace aside), except in snippets. */
function scopeTextViolations(root: { ownerDocument: unknown } | unknown, doc: Window['document']): string[] {
  const walker = doc.createTreeWalker(root as never, 4 /* SHOW_TEXT */);
  const bad: string[] = [];
  for (let n = walker.nextNode() as unknown as TextNodeLike | null; n; n = walker.nextNode() as unknown as TextNodeLike | null) {
    if (n.parentElement?.closest('pre, script, style, noscript')) continue;
    for (const m of n.data.matchAll(/[a-z_]+:[a-z_.]+/g)) {
      if (SCOPE_NAMES.has(m[0]) && n.data.trim() !== m[0]) bad.push(n.data);
    }
  }
  return bad;
}

function scopeTexts(root: { querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }> }): string[] {
  const out: string[] = [];
  const all = Array.from(root.querySelectorAll('*')) as unknown as { childNodes: ArrayLike<{ nodeType: number; textContent: string | null }> }[];
  for (const el of all) for (const c of Array.from(el.childNodes)) if (c.nodeType === 3 && SCOPE_NAMES.has((c.textContent ?? '').trim())) out.push(c.textContent!.trim());
  return out;
}

const SECRETS = [
  ...Object.values(seed.clients).map((c) => c.clientSecret),
  seed.globalClient.clientSecret,
  seed.apis.hsApi.signingSecret!,
];

describe('routing', () => {
  it('answers null for hosts and paths that are not pages', async () => {
    expect(await get('https://demo.us.auth0.com/dashboard/us/demo/apis/management/test')).toBeNull();
    expect(await get('https://manage.auth0.com/api/v2/users')).toBeNull();
    expect(await get(`${DOCS}/users/get-nothing`)).toBeNull();
    expect(await get(`${DOCS}/nope`)).toBeNull();
    expect(await get('https://manage.auth0.com/dashboard/eu/other/apis')).toBeNull();
  });

  it('serves every dashboard tab, the hash shell, docs and the hostile page as HTML, ignoring the Host port', async () => {
    const tabs = ['authorized-clients', 'authorized-applications', 'application-access', 'permissions', 'scopes', 'test', 'explorer', 'settings', 'quickstart'];
    const urls = [
      ...tabs.map((t) => `${DASH}/apis/management/${t}`),
      ...['permissions', 'test', 'settings', 'authorized-clients'].map((t) => `${DASH}/apis/${seed.apis.rsApi.id}/${t}`),
      `${DASH}/applications/${seed.clients.granted.clientId}/apis`,
      'https://manage.auth0.com/',
      'https://manage.auth0.com/__hostile/',
      DOCS,
      `${DOCS}/users`,
      ...DEMO_PAGES,
    ];
    for (const href of urls) {
      const url = new URL(href);
      const res = await renderPage({ host: `${url.host}:8443`, url }, ctx());
      expect(res, href).not.toBeNull();
      expect(res!.status, href).toBe(200);
      expect(res!.contentType).toBe('text/html; charset=utf-8');
    }
    expect((await get(`${DASH}/apis/000000000000000000000000/permissions`))!.status).toBe(404);
  });
});

describe('html helper', () => {
  it('escapes interpolations, nests SafeHtml, and keeps JSON inside a script element', () => {
    const name = '<img src=x onerror="alert(1)">';
    expect(html`<p>${name}</p>`.value).toBe(`<p>${escapeHtml(name)}</p>`);
    expect(html`<div>${html`<b>${'&'}</b>`}${[1, null, 'x']}</div>`.value).toBe('<div><b>&amp;</b>1x</div>');
    expect(jsonForScript({ a: '</script><!--' }).value).not.toMatch(/[<>]/);
  });
});

describe('Machine to Machine Applications tab', () => {
  it('renders one row per client with switch and chevron; the first row lazily shows all grantable scopes', async () => {
    const { doc, errors } = await load(`${DASH}/apis/management/authorized-clients`);
    expect(errors).toEqual([]);
    const app = doc.getElementById('app')!;
    expect(app.querySelector('h1')!.textContent).toBe('Auth0 Management API');
    expect(app.textContent).toContain('System API');
    expect(app.querySelector('input[placeholder="Filter by Application Name or Client ID"]')).not.toBeNull();
    expect(app.querySelectorAll('.m2m-row')).toHaveLength(4);
    expect(app.querySelectorAll('[role=switch]')).toHaveLength(4);
    expect(app.textContent).toContain(`Client Id: ${seed.clients.granted.clientId}`);
    const first = app.querySelector('.m2m-row')!;
    expect(first.querySelector('[aria-expanded]')!.getAttribute('aria-expanded')).toBe('true');
    expect(first.textContent).toContain('Select which permissions (scopes) should be granted to this client:');
    expect((first.querySelector('input[readonly]') as unknown as { value: string }).value).toBe('cgr_GrantedMgmt0000001');
    expect(first.textContent).toContain('Select: All | None');
    expect(first.querySelector('input[placeholder="Filter permissions"]')).not.toBeNull();
    expect(scopeTexts(first).sort()).toEqual(seed.apis.management.scopes.map((s) => s.value).sort());
    expect(first.querySelectorAll('input[type=checkbox]:checked')).toHaveLength(seed.grants[0]!.scope.length);
    expect(Array.from(first.querySelectorAll('button')).some((b) => b.textContent === 'Update')).toBe(true);
    expect(scopeTextViolations(doc.body, doc)).toEqual([]);
  });

  it('uses three chip markups (label-wrapped, id/for, role=checkbox) and filters chips', async () => {
    const { doc, settle } = await load(`${DASH}/apis/management/authorized-clients`);
    const chevrons = Array.from(doc.querySelectorAll('.chevron')).slice(1);
    chevrons.forEach((c) => (c as unknown as { click(): void }).click());
    await settle();
    const all = seed.apis.management.scopes.length;
    expect(doc.querySelectorAll('label > input[type=checkbox]')).toHaveLength(all); // Demo Backend row
    expect(doc.querySelectorAll('input[type=checkbox][id] + label[for]')).toHaveLength(all); // API Explorer row
    expect(doc.querySelectorAll('input[type=checkbox][id]:checked')).toHaveLength(all); // it has every scope
    // The third markup (div role=checkbox) on the application-side page.
    const appSide = await load(`${DASH}/applications/${seed.clients.granted.clientId}/apis`);
    (appSide.doc.querySelectorAll('.chevron')[1] as unknown as { click(): void }).click(); // Orders API
    await appSide.settle();
    expect(scopeTexts(appSide.doc.querySelector('div[role=group]')!)).toEqual(['read:orders', 'create:orders', 'cancel:orders']);
    expect(appSide.doc.querySelectorAll('div[role=checkbox][aria-checked=true]')).toHaveLength(2);
    expect(scopeTextViolations(appSide.doc.body, appSide.doc)).toEqual([]);
    const filter = doc.querySelector('.row-panel input[placeholder="Filter permissions"]') as unknown as { value: string; dispatchEvent(e: unknown): void };
    filter.value = 'client_grants';
    filter.dispatchEvent(new doc.defaultView!.Event('input'));
    const visible = Array.from(doc.querySelector('.row-panel .scope-grid')!.children).filter((c) => !(c as unknown as { hidden: boolean }).hidden);
    expect(visible.map((c) => c.textContent!.trim()).sort()).toEqual(
      seed.apis.management.scopes.map((s) => s.value).filter((v) => v.includes('client_grants')).sort(),
    );
    expect(visible.length).toBeGreaterThanOrEqual(4);
    expect(scopeTextViolations(doc.body, doc)).toEqual([]);
  });

  it('navigates between tabs with history.pushState and re-renders client-side', async () => {
    const { win, doc, settle } = await load(`${DASH}/apis/management/authorized-clients`);
    const link = Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === 'Permissions')!;
    const before = win.history.length;
    (link as unknown as { click(): void }).click();
    await settle();
    expect(win.location.pathname).toBe('/dashboard/us/demo/apis/management/permissions');
    expect(win.history.length).toBe(before + 1);
    expect(doc.querySelectorAll('.perm-table tbody tr')).toHaveLength(seed.apis.management.scopes.length);
    expect(doc.querySelector('.m2m-row')).toBeNull();
    expect(scopeTextViolations(doc.body, doc)).toEqual([]);
  });
});

describe('other tabs', () => {
  it('the M2M tab reached as /application-access is titled "Application Access" (issue #12 item 9)', async () => {
    const { doc } = await load(`${DASH}/apis/management/application-access`);
    const current = doc.querySelector('a[aria-current="page"]');
    expect(current?.textContent).toBe('Application Access');
    expect(doc.querySelector('.m2m-row')).not.toBeNull();
    const { doc: classic } = await load(`${DASH}/apis/management/authorized-clients`);
    expect(classic.querySelector('a[aria-current="page"]')?.textContent).toBe('Machine to Machine Applications');
  });

  it('Permissions tab of a custom API lists its own permissions', async () => {
    const { doc } = await load(`${DASH}/apis/${seed.apis.rsApi.id}/scopes`);
    expect(doc.querySelector('h1')!.textContent).toBe('Orders API');
    expect(doc.getElementById('app')!.textContent).toContain('Custom API');
    expect(scopeTexts(doc.querySelector('.perm-table')!)).toEqual(['read:orders', 'create:orders', 'cancel:orders']);
  });

  it('Test tab shows a placeholder secret, the audience and a real token in the Response', async () => {
    const { doc } = await load(`${DASH}/apis/management/test`);
    const text = doc.getElementById('app')!.textContent!;
    expect(text).toContain('Select the application you would like to test');
    expect(text).toContain('"client_secret":"YOUR_CLIENT_SECRET"');
    expect(text).toContain('"audience":"https://demo.us.auth0.com/api/v2/"');
    expect(doc.querySelector('pre.response')!.textContent).toBe(JSON.stringify({ access_token: TOKEN, token_type: 'Bearer' }));
    expect(doc.querySelectorAll('[role=tab]').length).toBeGreaterThanOrEqual(3);
  });

  it('API Explorer tab: token box, copy button, scopes sentence, expiration input; absent for custom APIs', async () => {
    const { doc } = await load(`${DASH}/apis/management/explorer`);
    const app = doc.getElementById('app')!;
    expect(app.querySelector('[aria-label=Token]')!.textContent).toBe(TOKEN);
    expect(app.querySelector('button[aria-label="Copy token"]')).not.toBeNull();
    expect(app.textContent).toContain('The token includes all the scopes that are granted to the API Explorer Application');
    const label = Array.from(app.querySelectorAll('label')).find((l) => l.textContent === 'Token Expiration (Seconds)*')!;
    expect((doc.getElementById(label.getAttribute('for')!) as unknown as { value: string }).value).toBe('86400');
    const custom = await get(`${DASH}/apis/${seed.apis.rsApi.id}/explorer`);
    expect(custom!.status).toBe(200); // the SPA shell; the client renders its not-found view
    const { doc: doc2 } = await load(`${DASH}/apis/${seed.apis.rsApi.id}/explorer`);
    expect(doc2.querySelector('h1')!.textContent).toBe('404');
  });

  it('falls back to a fixed demo JWT when minting fails', async () => {
    const res = await renderPage({ host: 'manage.auth0.com', url: new URL(`${DASH}/apis/management/explorer`) }, {
      seed,
      mintExplorerToken: async () => {
        throw new Error('keys not ready');
      },
    });
    const jwt = fallbackDemoJwt(seed);
    expect(res!.body).toContain(jwt);
    expect(JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()).aud).toBe(seed.managementAudience);
  });

  it('Settings tab and the application-side APIs tab', async () => {
    const { doc } = await load(`${DASH}/apis/${seed.apis.hsApi.id}/settings`);
    const values = Array.from(doc.querySelectorAll('#app input')).map((i) => (i as unknown as { value: string }).value);
    expect(values).toEqual(expect.arrayContaining([seed.apis.hsApi.id, seed.apis.hsApi.name, 'urn:demo:billing', '3600']));
    const app = await load(`${DASH}/applications/${seed.clients.granted.clientId}/apis`);
    expect(app.doc.querySelectorAll('.m2m-row')).toHaveLength(3);
    expect(app.doc.querySelectorAll('[role=switch][aria-checked=true]')).toHaveLength(3);
  });
});

describe('old hash routes', () => {
  it('renders by location.hash and follows hashchange', async () => {
    const { win, doc, settle } = await load('https://manage.auth0.com/#/apis/management/explorer');
    const area = doc.querySelector('textarea[readonly]') as unknown as { value: string } | null;
    expect(area?.value).toBe(TOKEN);
    win.location.hash = '#/apis/management/authorized-clients';
    await settle();
    expect(doc.querySelectorAll('.m2m-row')).toHaveLength(4);
    expect(doc.querySelectorAll('div[role=checkbox]').length).toBe(seed.apis.management.scopes.length); // first row, variant 2
    win.location.hash = '#/apis/management/scopes';
    await settle();
    expect(doc.querySelectorAll('[role=table] [role=row]').length).toBe(seed.apis.management.scopes.length + 1);
    expect(scopeTextViolations(doc.body, doc)).toEqual([]);
  });
});

describe('escaping', () => {
  it('renders hostile seed values as text', async () => {
    const evil = makeSeed();
    evil.clients.granted.name = '<img src=x onerror="window.__pwned=1">';
    evil.apis.management.name = '</script><script>window.__pwned=2</script>';
    const { win, doc, res } = await load(`${DASH}/apis/management/authorized-clients`, evil);
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).not.toContain('</script><script>window.__pwned');
    expect((win as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(doc.querySelector('#app img')).toBeNull();
    expect(doc.querySelector('.app-name')!.textContent).toBe(evil.clients.granted.name);
    expect(doc.querySelector('h1')!.textContent).toBe(evil.apis.management.name);
  });

  it('escapes the hostile page ?ext= parameter', async () => {
    const res = await get('https://manage.auth0.com/__hostile/?ext=</script><script>alert(1)</script>');
    expect(res!.body).not.toContain('<script>alert(1)');
  });
});

describe('API reference pages', () => {
  it('GET /api/v2/users lists exactly the catalog scopes', async () => {
    const res = await get(`${DOCS}/users/get-users`);
    const doc = new DOMParser().parseFromString(res!.body, 'text/html');
    const expected = catalog.endpoints.find((e) => e.method === 'GET' && e.path === '/api/v2/users')!.scopes;
    expect(scopeTexts(doc.querySelector('[data-section=scopes]')!).sort()).toEqual([...expected].sort());
    expect(doc.body.textContent).toContain('/api/v2/users');
    expect(doc.querySelector('a[href="/docs/api/management/v2/users"]')).not.toBeNull();
  });

  it('every endpoint page lists its scopes, whatever the markup variant, one text node per scope', async () => {
    const shapes = new Set<string>();
    for (const e of DOC_ENDPOINTS) {
      const res = await get(`${DOCS}/${e.group}/${e.slug}`);
      const doc = new DOMParser().parseFromString(res!.body, 'text/html');
      const section = doc.querySelector('[data-section=scopes]')!;
      expect(scopeTexts(section).sort(), `${e.method} ${e.path}`).toEqual([...e.scopes].sort());
      expect(scopeTextViolations(doc.body, doc as never)).toEqual([]);
      const pills = section.querySelectorAll('#scopes-scopes [data-component-part=field-info-pill]');
      if (pills.length) expect(pills.length, `${e.method} ${e.path}`).toBe(e.scopes.length);
      shapes.add(pills.length ? 'mintlify' : section.querySelector('code') ? 'code' : section.querySelector('li') ? 'list' : 'sentence');
    }
    expect(shapes).toEqual(new Set(['mintlify', 'code', 'list', 'sentence']));
  });

  it('renders GET /api/v2/users in the Mintlify markup of FACTS §10: div>span pills in English, span pills in fr-CA', async () => {
    const en = new DOMParser().parseFromString((await get(`${DOCS}/users/get-users`))!.body, 'text/html');
    expect(en.querySelector('h4')!.textContent).toBe('Scopes');
    expect([...en.querySelectorAll('#scopes-scopes div[data-component-part=field-info-pill] > span')].map((s) => s.textContent)).toEqual(['read:users', 'read:user_idp_tokens']);
    const fr = new DOMParser().parseFromString((await get('https://auth0.com/docs/fr-ca/api/management/v2/users/get-users'))!.body, 'text/html');
    expect(fr.querySelector('h4')!.textContent).toBe('Portées');
    expect(fr.documentElement.getAttribute('lang')).toBe('fr-CA');
    expect([...fr.querySelectorAll('#scopes-scopes span[data-component-part=field-info-pill]')].map((s) => s.textContent)).toEqual(['read:users', 'read:user_idp_tokens']);
    expect(fr.querySelector('a[href="/docs/fr-ca/api/management/v2/users"]')).not.toBeNull();
    expect(await get('https://auth0.com/docs/xx-yy/api/management/v2/users')).toBeNull();
  });

  it('the users group page lists every users endpoint and the index links every group', async () => {
    const doc = new DOMParser().parseFromString((await get(`${DOCS}/users`))!.body, 'text/html');
    const users = DOC_ENDPOINTS.filter((e) => e.group === 'users');
    expect(doc.querySelectorAll('article.ep')).toHaveLength(users.length);
    expect(scopeTexts(doc.querySelector('main')!)).toHaveLength(users.reduce((n, e) => n + e.scopes.length, 0));
    const index = new DOMParser().parseFromString((await get(DOCS))!.body, 'text/html');
    for (const g of new Set(DOC_ENDPOINTS.map((e) => e.group))) expect(index.querySelector(`main a[href="/docs/api/management/v2/${g}"]`), g).not.toBeNull();
  });
});

describe('every page', () => {
  it('carries the decoys and never a secret (server HTML and rendered DOM)', async () => {
    const hrefs = [...DEMO_PAGES, `${DASH}/apis/management/settings`, `${DASH}/applications/${seed.clients.explorer.clientId}/settings`];
    for (const href of hrefs) {
      const isHostile = href.includes('__hostile');
      const res = (await get(href))!;
      for (const secret of SECRETS) expect(res.body, href).not.toContain(secret);
      if (isHostile) continue;
      const text = href.startsWith(DOCS) ? new DOMParser().parseFromString(res.body, 'text/html').body.textContent! : (await load(href)).doc.body.textContent!;
      for (const d of DECOYS) expect(text, `${href}: ${d}`).toContain(d);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });

  it('the inline dashboard script cannot close its own script element', async () => {
    const body = (await get(`${DASH}/apis/management/test`))!.body;
    expect(body.match(/<\/script/gi)).toHaveLength(2); // the data block and the script itself
  });
});

describe('hostile page', () => {
  it('tries to forge messages and logs what it tried', async () => {
    const { win } = await load('https://manage.auth0.com/__hostile/?ext=abcdefghijklmnop');
    const log = (win as unknown as { __hostileLog: { kind: string }[]; __hostileDone?: boolean }).__hostileLog;
    expect((win as unknown as { __hostileDone?: boolean }).__hostileDone).toBe(true);
    const kinds = new Set(log.map((l) => l.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['postMessage', 'CustomEvent', 'sendMessage-unavailable']));
    expect(log.filter((l) => l.kind === 'postMessage')).toHaveLength(8); // 4 forged messages × 2 rounds
  });
});
