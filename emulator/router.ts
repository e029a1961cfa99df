// The emulator's request router (Node only): routes by Host header (port stripped) to the tenant endpoints,
// the dashboard page renderer, or the loopback control path; logs every non-control request (redacted),
// adds CORS on tenant hosts and applies armed faults before any real handler runs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleControl, LOOPBACK_HOSTS } from './control';
import { applyFault, type Faults } from './faults';
import { BodyTooLarge, hostOf, mgmtError, parseBody, readBody, send, sendJson } from './http';
import type { KeyStore } from './keys';
import { handleMgmt } from './mgmt-api';
import { handleToken, type RateWindow } from './oauth-token';
import { redactQuery, redactRecord } from './redact';
import type { TenantState } from './state';
import type { Emulator, PageRenderer, RequestLogEntry } from './types';
import { sendJwks, sendOpenIdConfiguration } from './wellknown';

export const PAGE_HOSTS = ['manage.auth0.com', 'auth0.com'];

export interface RouterDeps {
  state: TenantState;
  keys: KeyStore;
  faults: Faults;
  rate: RateWindow;
  log: () => RequestLogEntry[];
  quiet: boolean;
  hangs: Set<ServerResponse>;
  renderer: () => PageRenderer | undefined;
  mintExplorerToken: () => Promise<string>;
  emulator: () => Emulator;
}

// Extension pages and service workers fetch cross-origin; keep CORS permissive (it's an emulator).
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Auth0-Client-Quota-Limit, WWW-Authenticate',
};

// Dashboard pages may use their own inline script; nothing else is loaded from elsewhere.
const PAGE_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' https:";

export function createRouter(deps: RouterDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(req, res, deps).catch((e: unknown) => {
      if (!deps.quiet) console.error('[emulator] handler error:', e instanceof Error ? e.message : e);
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred' });
    });
  };
}

async function route(req: IncomingMessage, res: ServerResponse, deps: RouterDeps): Promise<void> {
  const host = hostOf(req);
  const url = new URL(req.url ?? '/', 'https://emulator.invalid');
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname;

  if (LOOPBACK_HOSTS.includes(host) && path.startsWith('/__emulator/')) {
    return handleControl(req, res, path, deps.emulator());
  }

  const entry: RequestLogEntry = { time: new Date().toISOString(), method, host, path, query: redactQuery(url.searchParams), status: 0 };
  const scheme = /^(\w+)\s/.exec(req.headers.authorization ?? '')?.[1]?.toLowerCase();
  if (scheme) entry.auth = scheme === 'basic' ? 'basic' : scheme === 'bearer' ? 'bearer' : 'other';
  deps.log().push(entry);
  // Record the status when the head is written, not on 'finish': a client can hold the whole response before
  // 'finish' fires here, and tests read the log right after their request returns.
  const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => typeof res;
  res.writeHead = ((...args: unknown[]) => {
    const out = writeHead(...args);
    entry.status = res.statusCode;
    return out;
  }) as typeof res.writeHead;
  res.on('finish', () => {
    entry.status = res.statusCode;
    if (!deps.quiet) console.error(`[emulator] ${method} ${host}${path} → ${res.statusCode}${entry.fault ? ` (fault ${entry.fault})` : ''}`);
  });

  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (e) {
    if (e instanceof BodyTooLarge) return mgmtError(res, 413, 'Payload too large');
    throw e;
  }
  if (raw.length) {
    const parsed = parseBody(req.headers['content-type'], raw);
    entry.body = parsed.ok ? redactRecord(parsed.value) : `<${raw.length} bytes>`;
  }

  const tenant = deps.state.tenantHosts.includes(host);
  if (tenant) {
    for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v);
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'authorization, content-type, auth0-client',
        'Access-Control-Max-Age': '600',
      });
      return void res.end();
    }
  }

  const fault = deps.faults.take(method, host, path);
  if (fault) {
    entry.fault = fault.kind;
    return applyFault(fault, req, res, path, deps.hangs);
  }

  if (tenant) return tenantRoute(req, res, host, url, raw, deps);
  if (PAGE_HOSTS.includes(host)) return pageRoute(res, host, url, method, deps);
  // Unknown hosts (incl. attacker.example): logged above, never served.
  return send(res, 404, 'Unknown host\n', 'text/plain; charset=utf-8');
}

async function tenantRoute(req: IncomingMessage, res: ServerResponse, host: string, url: URL, raw: Buffer, deps: RouterDeps): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname;
  if (method === 'POST' && (path === '/oauth/token' || path === '/oauth/token/')) {
    return handleToken(req, res, host, raw, deps);
  }
  if (method === 'GET' && path === '/.well-known/jwks.json') return sendJwks(res, deps.keys);
  if (method === 'GET' && path === '/.well-known/openid-configuration') return sendOpenIdConfiguration(res, host);
  if (path === '/api/v2' || path.startsWith('/api/v2/')) return handleMgmt(req, res, host, url, raw, deps);
  return mgmtError(res, 404, 'Not Found');
}

async function pageRoute(res: ServerResponse, host: string, url: URL, method: string, deps: RouterDeps): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') return send(res, 405, 'Method Not Allowed\n', 'text/plain; charset=utf-8');
  const renderer = deps.renderer();
  const page = renderer ? await renderer({ host, url: new URL(url.pathname + url.search, `https://${host}`) }, { seed: deps.state.seed, mintExplorerToken: deps.mintExplorerToken }) : null;
  if (!page) return send(res, 404, '<!doctype html><title>Not found</title><h1>Not found</h1>', 'text/html; charset=utf-8', { 'Content-Security-Policy': PAGE_CSP });
  send(res, page.status, page.body, page.contentType, { 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': 'no-store' });
}
