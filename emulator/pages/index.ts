// Entry point of the emulator's pages (runs in Node, called by the emulator's HTTPS server for every request):
// the dashboard-like pages on manage.auth0.com (FACTS §6) and the Management API reference on auth0.com.
// renderPage answers null for anything that is not a page route, so the server can 404 or route it elsewhere.
import { makeSeed } from '../seed';
import { dashboardData } from './dashboard-data';
import { dashboardShell } from './dashboard-shell';
import { renderDocs } from './docs';
import { hostilePage } from './hostile';
import type { PageContext, PageRenderer, PageResult, Seed } from './types';

export type { PageContext, PageRenderer, PageRequest, PageResult } from './types';
export { DECOYS } from './decoys';
export { DOC_ENDPOINTS, endpointSlug } from './catalog';

const HTML = 'text/html; charset=utf-8';

function page(body: string, status = 200): PageResult {
  return { status, contentType: HTML, body };
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Shown when minting fails: a well-formed but unsigned-looking JWT, so the page still has something to decode. */
export function fallbackDemoJwt(seed: Seed): string {
  const iat = 1_767_225_600; // 2026-01-01T00:00:00Z, fixed so the page is stable
  const header = { alg: 'RS256', typ: 'JWT', kid: 'emulator-demo-fallback' };
  const payload = {
    iss: `https://${seed.domain}/`,
    sub: `${seed.clients.explorer.clientId}@clients`,
    aud: seed.managementAudience,
    iat,
    exp: iat + 86_400,
    scope: 'read:users read:clients',
    gty: 'client-credentials',
  };
  return `${b64url(header)}.${b64url(payload)}.ZW11bGF0b3ItZGVtby1mYWxsYmFjay1zaWduYXR1cmU`;
}

async function explorerToken(ctx: PageContext): Promise<string> {
  try {
    return await ctx.mintExplorerToken();
  } catch {
    return fallbackDemoJwt(ctx.seed);
  }
}

/** A cheap server-side check so unknown API / application ids get a 404 status; the SPA still renders its own
 *  not-found view in the same shell (as a real SPA host would). */
function knownDashboardPath(rest: string[], seed: Seed): boolean {
  const [section, id] = rest;
  if (section === 'apis' && id !== undefined) {
    return id === 'management' || Object.values(seed.apis).some((a) => a.id === id);
  }
  if (section === 'applications' && id !== undefined) {
    return [...Object.values(seed.clients), ...seed.createdClients].some((c) => c.clientId === id);
  }
  return true;
}

async function renderManage(url: URL, ctx: PageContext): Promise<PageResult | null> {
  const { seed } = ctx;
  const path = url.pathname;
  const tenant = { name: seed.tenant, region: seed.region };
  if (path === '/') return page(dashboardShell(dashboardData(seed, 'hash', await explorerToken(ctx)), tenant));
  if (path === '/__hostile' || path === '/__hostile/') return page(hostilePage(url));
  const base = `/dashboard/${seed.region}/${seed.tenant}`;
  if (path !== base && !path.startsWith(`${base}/`)) return null;
  const rest = path.slice(base.length).split('/').filter(Boolean);
  const status = knownDashboardPath(rest, seed) ? 200 : 404;
  return page(dashboardShell(dashboardData(seed, 'path', await explorerToken(ctx)), tenant), status);
}

export const renderPage: PageRenderer = async (req, ctx) => {
  const host = req.host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (host === 'manage.auth0.com') return renderManage(req.url, ctx);
  if (host === 'auth0.com') {
    const body = renderDocs(req.url.pathname);
    return body === null ? null : page(body);
  }
  return null;
};

const demo = makeSeed();
const dash = `https://manage.auth0.com/dashboard/${demo.region}/${demo.tenant}`;
const docs = 'https://auth0.com/docs/api/management/v2';

/** Representative URLs for the guided tour and screenshots. */
export const DEMO_PAGES: string[] = [
  `${dash}/apis/management/authorized-clients`,
  `${dash}/apis/management/permissions`,
  `${dash}/apis/management/test`,
  `${dash}/apis/management/explorer`,
  `${dash}/apis/management/settings`,
  `${dash}/apis/${demo.apis.rsApi.id}/permissions`,
  `${dash}/apis/${demo.apis.hsApi.id}/authorized-clients`,
  `${dash}/applications/${demo.clients.granted.clientId}/apis`,
  'https://manage.auth0.com/#/apis/management/authorized-clients',
  'https://manage.auth0.com/#/apis/management/explorer',
  docs,
  `${docs}/users`,
  `${docs}/users/get-users`,
  `${docs}/client-grants/post-client-grants`,
  'https://manage.auth0.com/__hostile/',
];
