// The emulated Management API v2 reference on auth0.com: an index of endpoint groups, one long page per group
// and one page per catalog endpoint, each listing the scopes the endpoint accepts (any one suffices, FACTS §5).
// The Scopes markup varies per endpoint so the content script cannot overfit (./docs-scopes.ts): endpoint pages
// with an odd catalog position use today's Mintlify pills (FACTS §10), the others and the group pages the older
// shapes (code chips / list / sentence). The same pages are served localized under `/docs/<locale>/…` with
// translated headings (FACTS §10); every scope name still sits alone in its own text node. Runs in Node.
import { DOC_ENDPOINTS, DOC_GROUPS, SCOPES, findEndpoint, groupTitle, type DocEndpoint } from './catalog';
import { DOCS_BASE, docsPage } from './docs-layout';
import { classicScopes, DOC_LOCALES, DOC_STRINGS, mintlifyScopes, type DocLocale } from './docs-scopes';
import { html, type SafeHtml } from './html';

// The page being rendered: its locale and the reference root its links use. Set per request (renderDocs is
// synchronous, so one module-level value cannot interleave between requests).
let locale: DocLocale = 'en';
let base = DOCS_BASE;

const DESCRIPTIONS = new Map(SCOPES.map((s) => [s.name, s.description]));

function methodBadge(method: string): SafeHtml {
  return html`<span class="method m-${method.toLowerCase()}">${method}</span>`;
}

function endpointHref(e: DocEndpoint): string {
  return `${base}/${e.group}/${e.slug}`;
}

/** True where an endpoint page uses the Mintlify pills (an odd catalog position; GET /api/v2/users is one). */
export const usesMintlify = (e: DocEndpoint): boolean => e.index % 2 === 1;

/** The Scopes section of one endpoint: Mintlify pills on its own page when `usesMintlify`, else a classic shape. */
export function scopesSection(e: DocEndpoint, headingLevel: 'h2' | 'h3'): SafeHtml {
  if (headingLevel === 'h2' && usesMintlify(e)) return mintlifyScopes(e.scopes, locale);
  return classicScopes(e.scopes, `scopes-${e.slug}`, headingLevel, e.index, locale, (s) => DESCRIPTIONS.get(s) ?? '');
}

function endpointPage(e: DocEndpoint): string {
  const siblings = DOC_GROUPS.get(e.group) ?? [];
  const pos = siblings.indexOf(e);
  const prev = siblings[pos - 1];
  const next = siblings[pos + 1];
  const main = html`<h1>${e.summary}</h1>
<p>${methodBadge(e.method)}<code class="path">${e.path}</code></p>
<p>Base URL: <code>https://demo.us.auth0.com</code>. Send a Management API access token as <code>Authorization: Bearer</code>.</p>
${scopesSection(e, 'h2')}
<h2>Responses</h2>
<table><tbody>
<tr><td>200</td><td>Success.</td></tr>
<tr><td>401</td><td>Invalid token.</td></tr>
<tr><td>403</td><td>Insufficient scope; the token must carry one of the scopes above.</td></tr>
<tr><td>429</td><td>Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.</td></tr>
</tbody></table>
<nav class="pager" aria-label="Pager">
  ${prev ? html`<a rel="prev" href="${endpointHref(prev)}">← ${prev.summary}</a>` : html`<span></span>`}
  <a href="${base}/${e.group}">All ${groupTitle(e.group)} endpoints</a>
  ${next ? html`<a rel="next" href="${endpointHref(next)}">${next.summary} →</a>` : html`<span></span>`}
</nav>`;
  const crumbs = html`<a href="${base}">Management API</a> / <a href="${base}/${e.group}">${groupTitle(e.group)}</a> / ${e.summary}`;
  return docsPage({ base, lang: DOC_STRINGS[locale].lang, title: e.summary, currentGroup: e.group, crumbs, main, variant: e.index });
}

function groupPage(group: string, endpoints: DocEndpoint[]): string {
  const main = html`<h1>${groupTitle(group)}</h1>
<p>${endpoints.length} endpoints. Each lists the scopes it accepts; a token needs any one of them.</p>
${endpoints.map(
  (e) => html`<article class="ep" id="${e.slug}">
  <h2><a href="${endpointHref(e)}">${e.summary}</a></h2>
  <p>${methodBadge(e.method)}<code class="path">${e.path}</code></p>
  ${scopesSection(e, 'h3')}
</article>`,
)}`;
  const crumbs = html`<a href="${base}">Management API</a> / ${groupTitle(group)}`;
  return docsPage({ base, lang: DOC_STRINGS[locale].lang, title: groupTitle(group), currentGroup: group, crumbs, main, variant: group.length });
}

function indexPage(): string {
  const groups = [...DOC_GROUPS.entries()].sort(([a], [b]) => a.localeCompare(b));
  const main = html`<h1>Auth0 Management API v2</h1>
<p>The Management API lets you manage your Auth0 tenant. It has ${DOC_ENDPOINTS.length} endpoints in ${groups.length} groups.
Tokens are issued for the audience <code>https://demo.us.auth0.com/api/v2/</code>.</p>
<h2>Endpoint groups</h2>
${groups.map(
  ([g, eps]) => html`<details>
  <summary><a href="${base}/${g}">${groupTitle(g)}</a> (${eps.length})</summary>
  <ul>${eps.map((e) => html`<li>${methodBadge(e.method)}<a href="${endpointHref(e)}">${e.summary}</a></li>`)}</ul>
</details>`,
)}`;
  return docsPage({ base, lang: DOC_STRINGS[locale].lang, title: 'Introduction', crumbs: html`Management API`, main, variant: 2 });
}

/** HTML for a docs path (`/docs/api/management/v2/…` or `/docs/<locale>/api/…`), or null when it is not one. */
export function renderDocs(pathname: string): string | null {
  let path = pathname.replace(/\/+$/, '');
  const m = /^\/docs\/([a-z]{2}(?:-[a-z]{2})?)(\/.*)$/.exec(path);
  const loc = m && (DOC_LOCALES as readonly string[]).includes(m[1]!) ? (m[1] as DocLocale) : null;
  if (m && !loc) return null; // a locale the emulated docs do not have
  locale = loc ?? 'en';
  base = loc ? `/docs/${loc}${DOCS_BASE.slice('/docs'.length)}` : DOCS_BASE;
  if (loc) path = `/docs${m![2]}`;
  if (path === DOCS_BASE) return indexPage();
  if (!path.startsWith(`${DOCS_BASE}/`)) return null;
  const [group, slug, ...rest] = path.slice(DOCS_BASE.length + 1).split('/');
  if (!group || rest.length > 0) return null;
  if (slug === undefined) {
    const endpoints = DOC_GROUPS.get(group);
    return endpoints ? groupPage(group, endpoints) : null;
  }
  const endpoint = findEndpoint(group, slug);
  return endpoint ? endpointPage(endpoint) : null;
}
