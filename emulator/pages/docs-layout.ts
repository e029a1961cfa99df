// Page chrome for the emulated Management API reference on auth0.com (/docs/api/management/v2/...): header,
// group sidebar, breadcrumbs, decoys and light CSS. Runs in Node; the pages are static (no script).
import { DOC_GROUPS, groupTitle } from './catalog';
import { decoyBlock } from './decoys';
import { html, raw, type SafeHtml } from './html';

export const DOCS_BASE = '/docs/api/management/v2';
const BASE = DOCS_BASE;

const CSS = `
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1e212a;background:#fff}
header.top{display:flex;align-items:center;gap:16px;padding:12px 24px;border-bottom:1px solid #e3e5e8}
header.top .brand{font-weight:700;color:#000;text-decoration:none}
.layout{display:grid;grid-template-columns:260px 1fr;min-height:calc(100vh - 50px)}
nav.groups{border-right:1px solid #e3e5e8;padding:16px;overflow:auto;max-height:calc(100vh - 50px);position:sticky;top:0}
nav.groups a{display:block;padding:2px 6px;color:#3f59e4;text-decoration:none;border-radius:4px}
nav.groups a[aria-current]{background:#eef1ff;font-weight:600}
main{padding:24px 40px;max-width:960px}
.crumbs{font-size:13px;color:#65676e}.crumbs a{color:#3f59e4}
.method{display:inline-block;min-width:56px;text-align:center;font:600 12px/20px ui-monospace,monospace;border-radius:4px;color:#fff;margin-right:8px}
.m-get{background:#16a34a}.m-post{background:#2563eb}.m-patch{background:#d97706}.m-put{background:#7c3aed}.m-delete{background:#dc2626}
.path{font-family:ui-monospace,monospace}
.scope-chips{display:flex;flex-wrap:wrap;gap:6px}.scope-chips code{border:1px solid #c9cdd4;border-radius:12px;padding:1px 8px;background:#f6f7f9}
article.ep{border-top:1px solid #e3e5e8;padding:12px 0}
.decoys{margin-top:32px;padding:12px;border:1px dashed #c9cdd4;border-radius:6px;color:#65676e;font-size:13px}
ul.plain{list-style:none;padding:0;display:flex;gap:12px;flex-wrap:wrap}
.pager{display:flex;justify-content:space-between;margin-top:24px}
.mint-scopes h4{margin:24px 0 8px;font-size:16px}.mint-scopes .relative{position:relative}.mint-scopes .absolute{position:absolute}
.mint-scopes .opacity-0{opacity:0}.mint-scopes .flex-wrap{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
[data-component-part=field-info-pill]{display:inline-flex;align-items:center;padding:1px 8px;border-radius:6px;background:#f3f4f6;font:500 13px/20px ui-monospace,monospace;color:#4b5563}
`;

export function docsPage(opts: { base?: string; lang?: string; title: string; currentGroup?: string; crumbs: SafeHtml; main: SafeHtml; variant: number }): string {
  const groups = [...DOC_GROUPS.keys()].sort();
  const DOCS_BASE = opts.base ?? BASE; // a localized copy links within its own locale
  return html`<!doctype html>
<html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${opts.title} - Auth0 Management API v2</title><style>${raw(CSS)}</style></head>
<body>
<header class="top"><a class="brand" href="/docs">Auth0 Docs</a><span>Management API v2</span>
  <a href="${DOCS_BASE}">API reference</a></header>
<div class="layout">
<nav class="groups" aria-label="Endpoint groups">
  <a href="${DOCS_BASE}" ${opts.currentGroup === undefined ? raw('aria-current="page"') : ''}>Introduction</a>
  ${groups.map((g) => html`<a href="${DOCS_BASE}/${g}" ${g === opts.currentGroup ? raw('aria-current="page"') : ''}>${groupTitle(g)}</a>`)}
</nav>
<main>
<div class="crumbs">${opts.crumbs}</div>
${opts.main}
${decoyBlock(opts.variant)}
</main>
</div>
</body></html>`.value;
}
