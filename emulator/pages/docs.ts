// The emulated Management API v2 reference on auth0.com: an index of endpoint groups, one long page per group
// and one page per catalog endpoint, each listing the scopes the endpoint accepts (any one suffices, FACTS §5).
// The Scopes markup varies per endpoint (code chips / list / sentence) so the content script cannot overfit;
// every scope name still sits alone in its own text node. Runs in Node.
import { DOC_ENDPOINTS, DOC_GROUPS, SCOPES, findEndpoint, groupTitle, type DocEndpoint } from './catalog';
import { DOCS_BASE, docsPage } from './docs-layout';
import { html, type SafeHtml } from './html';

const DESCRIPTIONS = new Map(SCOPES.map((s) => [s.name, s.description]));

function methodBadge(method: string): SafeHtml {
  return html`<span class="method m-${method.toLowerCase()}">${method}</span>`;
}

function endpointHref(e: DocEndpoint): string {
  return `${DOCS_BASE}/${e.group}/${e.slug}`;
}

/** The Scopes section in one of three shapes, chosen by the endpoint's catalog position. */
export function scopesSection(e: DocEndpoint, headingLevel: 'h2' | 'h3'): SafeHtml {
  const id = `scopes-${e.slug}`;
  const heading = headingLevel === 'h2' ? html`<h2 id="${id}">Scopes</h2>` : html`<h3 id="${id}">Scopes</h3>`;
  let body: SafeHtml;
  if (e.scopes.length === 0) {
    body = html`<p>No scopes required.</p>`;
  } else if (e.index % 3 === 0) {
    body = html`<div class="scope-chips">${e.scopes.map((s) => html`<code title="${DESCRIPTIONS.get(s) ?? ''}">${s}</code>`)}</div>`;
  } else if (e.index % 3 === 1) {
    body = html`<ul class="scope-list">${e.scopes.map((s) => html`<li>${s}</li>`)}</ul>`;
  } else {
    // A sentence, but each name wrapped so it is its own text node.
    const names = e.scopes.map((s, i) => html`${i > 0 ? ', ' : ''}<span class="scope">${s}</span>`);
    body = html`<p>This endpoint accepts any one of: ${names}</p>`;
  }
  return html`<section class="scopes" data-section="scopes" aria-labelledby="${id}">${heading}${body}</section>`;
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
  <a href="${DOCS_BASE}/${e.group}">All ${groupTitle(e.group)} endpoints</a>
  ${next ? html`<a rel="next" href="${endpointHref(next)}">${next.summary} →</a>` : html`<span></span>`}
</nav>`;
  const crumbs = html`<a href="${DOCS_BASE}">Management API</a> / <a href="${DOCS_BASE}/${e.group}">${groupTitle(e.group)}</a> / ${e.summary}`;
  return docsPage({ title: e.summary, currentGroup: e.group, crumbs, main, variant: e.index });
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
  const crumbs = html`<a href="${DOCS_BASE}">Management API</a> / ${groupTitle(group)}`;
  return docsPage({ title: groupTitle(group), currentGroup: group, crumbs, main, variant: group.length });
}

function indexPage(): string {
  const groups = [...DOC_GROUPS.entries()].sort(([a], [b]) => a.localeCompare(b));
  const main = html`<h1>Auth0 Management API v2</h1>
<p>The Management API lets you manage your Auth0 tenant. It has ${DOC_ENDPOINTS.length} endpoints in ${groups.length} groups.
Tokens are issued for the audience <code>https://demo.us.auth0.com/api/v2/</code>.</p>
<h2>Endpoint groups</h2>
${groups.map(
  ([g, eps]) => html`<details>
  <summary><a href="${DOCS_BASE}/${g}">${groupTitle(g)}</a> (${eps.length})</summary>
  <ul>${eps.map((e) => html`<li>${methodBadge(e.method)}<a href="${endpointHref(e)}">${e.summary}</a></li>`)}</ul>
</details>`,
)}`;
  return docsPage({ title: 'Introduction', crumbs: html`Management API`, main, variant: 2 });
}

/** HTML for a docs path, or null when the path is not a reference page. */
export function renderDocs(pathname: string): string | null {
  const path = pathname.replace(/\/+$/, '');
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
