// The emulated Management API v2 dispatcher on the tenant hosts (Node only): route matching, bearer
// authentication (mgmt-auth.ts), ANY-OF scope checks and Auth0's error shapes (FACTS §5, §7).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mgmtError, parseBody, type Parsed } from './http';
import type { KeyStore } from './keys';
import { authenticate, scopesFor } from './mgmt-auth';
import { ROUTES } from './mgmt-routes';
import type { TenantState } from './state';

export interface MgmtDeps {
  state: TenantState;
  keys: KeyStore;
}

export interface RouteCtx {
  req: IncomingMessage;
  res: ServerResponse;
  host: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Parsed;
  scopes: string[]; // granted scopes of the caller's token
  state: TenantState;
}

export interface MgmtRoute {
  method: string;
  template: string; // "/api/v2/clients/{id}": a {x} matches one path segment
  fallbackScopes?: string[]; // only used when the catalog has no entry for the template
  handle(ctx: RouteCtx): void | Promise<void>;
}

function match(template: string, path: string): Record<string, string> | undefined {
  const t = template.split('/');
  const p = path.split('/');
  if (t.length !== p.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const seg = t[i]!;
    const got = p[i]!;
    if (seg.startsWith('{') && seg.endsWith('}')) {
      if (!got) return undefined;
      try {
        params[seg.slice(1, -1)] = decodeURIComponent(got);
      } catch {
        return undefined;
      }
    } else if (seg !== got) return undefined;
  }
  return params;
}

// FACTS §1 "Rate-limit headers": x-ratelimit-limit / -remaining / -reset (UNIX seconds) on endpoints with a
// policy. Issue 15 shows them; the emulator counts requests per host in a 60 s window (it never refuses here:
// 429s come from fault injection).
const RATE_LIMIT = 50;
const windowsOf = new WeakMap<TenantState, Map<string, { start: number; count: number }>>();
function rateLimitHeaders(res: ServerResponse, host: string, state: TenantState): void {
  const now = Math.floor(Date.now() / 1000);
  let windows = windowsOf.get(state);
  if (!windows) windowsOf.set(state, (windows = new Map()));
  let w = windows.get(host);
  if (!w || now - w.start >= 60) windows.set(host, (w = { start: now, count: 0 }));
  w.count++;
  if (res.headersSent) return;
  res.setHeader('x-ratelimit-limit', String(RATE_LIMIT));
  res.setHeader('x-ratelimit-remaining', String(Math.max(0, RATE_LIMIT - w.count)));
  res.setHeader('x-ratelimit-reset', String(w.start + 60));
}

export async function handleMgmt(
  req: IncomingMessage,
  res: ServerResponse,
  host: string,
  url: URL,
  raw: Buffer,
  deps: MgmtDeps,
): Promise<void> {
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
  const method = (req.method ?? 'GET').toUpperCase();
  let route: MgmtRoute | undefined;
  let params: Record<string, string> | undefined;
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    params = match(r.template, path);
    if (params) {
      route = r;
      break;
    }
  }
  rateLimitHeaders(res, host, deps.state);
  // Unknown route → hapi's plain 404 (FACTS §7 shape, no errorCode); routing happens before auth.
  if (!route || !params) return mgmtError(res, 404, 'Not Found');
  // FACTS §4/§11: a tenant that no longer offers blacklisting has no such route (checked before auth, as above).
  const gone = deps.state.seed.blacklistGone;
  if (gone && route.template.startsWith('/api/v2/blacklists/')) {
    return mgmtError(res, gone, gone === 404 ? 'Not Found' : gone === 405 ? 'Method Not Allowed' : 'Gone', undefined, gone === 405 ? { Allow: '' } : {});
  }

  const auth = await authenticate(req, host, deps.state, deps.keys);
  if (!auth.ok) {
    if (auth.status === 400) return mgmtError(res, 400, auth.message, 'Bearer'); // FACTS §7
    // FACTS §7 [?]: the hapi 401 body plus WWW-Authenticate mentioning the error.
    if (!res.headersSent) {
      const body = JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: auth.message, attributes: { error: auth.message } });
      res.writeHead(401, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'WWW-Authenticate': `Token error="${auth.message}"`,
      });
      res.end(body);
    }
    return;
  }
  // FACTS §5: several scopes on one endpoint mean "any of"; message joins with ", ".
  const needed = scopesFor(method, route.template, route.fallbackScopes);
  if (needed.length > 0 && !needed.some((s) => auth.scopes.includes(s))) {
    return mgmtError(res, 403, `Insufficient scope, expected any of: ${needed.join(', ')}`, 'insufficient_scope');
  }
  await route.handle({
    req,
    res,
    host,
    params,
    query: url.searchParams,
    body: parseBody(req.headers['content-type'], raw),
    scopes: auth.scopes,
    state: deps.state,
  });
}
