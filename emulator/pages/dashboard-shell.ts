// The one HTML shell of the emulated dashboard (manage.auth0.com), served for every /dashboard/{region}/{tenant}/…
// route and, in "hash" mode, for the old https://manage.auth0.com/#/apis/management/… routes (FACTS §6). Runs
// in Node. The page body is rendered client-side from the JSON data block, as an SPA; the server part is the
// chrome (top bar, sidebar), the decoys and the data.
import { DASHBOARD_SCRIPT } from './client/index';
import { DASHBOARD_CSS } from './dashboard-css';
import type { DashboardData } from './dashboard-data';
import { decoyBlock } from './decoys';
import { html, jsonForScript, raw } from './html';

export function dashboardShell(data: DashboardData, tenant: { name: string; region: string }): string {
  const link = (rel: string) => (data.mode === 'hash' ? `#/${rel}` : `${data.base}/${rel}`);
  const legacy = data.mode === 'hash';
  const sidebar = html`<nav class="sidebar" aria-label="Main">
  <span>Getting Started</span>
  <span>Activity</span>
  <a href="${link('applications')}">Applications</a>
  <a class="sub" href="${link('applications')}">Applications</a>
  <a class="sub" href="${link('apis')}">APIs</a>
  <span class="sub">SSO Integrations</span>
  <span>Authentication</span>
  <span>Organizations</span>
  <span>User Management</span>
  <span>Branding</span>
  <span>Security</span>
  <span>Actions</span>
  <span>Monitoring</span>
  <span>Settings</span>
</nav>`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Auth0 Dashboard (emulator)</title><style>${raw(DASHBOARD_CSS)}</style></head>
<body class="${legacy ? 'legacy' : 'modern'}">
<header class="topbar">
  <span class="logo">Auth0</span>
  <span class="tenant" title="Tenant">${tenant.name}</span><span class="env">${tenant.region.toUpperCase()}</span>
  <span class="env">Development</span>
  <span class="spacer"></span>
  <a href="https://auth0.com/docs/api/management/v2">Docs</a>
</header>
<div class="frame">
${sidebar}
<main id="app" tabindex="-1"><noscript>The emulated dashboard needs JavaScript.</noscript></main>
</div>
${decoyBlock(legacy ? 1 : 0)}
<script type="application/json" id="tw-emulator-data">${jsonForScript(data)}</script>
<script>${raw(DASHBOARD_SCRIPT)}</script>
</body></html>`.value;
}
