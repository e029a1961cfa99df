// Fault injection for the emulator (Node only): tests queue "the next N requests to ROUTE get KIND", either
// in-process (`emulator.faults`) or over the loopback control path (control.ts). Used for SECURITY B6.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { send, sendJson } from './http';
import type { FaultController, FaultKind, FaultSpec } from './types';

const KINDS: FaultKind[] = ['rate-limit', 'server-error', 'hang', 'reset', 'truncated-json', 'html-error', 'empty-200', 'auth0-error'];

interface Armed extends FaultSpec {
  count: number;
  method: string;
  path: string;
}

const norm = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p);

export class Faults implements FaultController {
  private armed: Armed[] = [];

  add(spec: FaultSpec): void {
    if (!spec || typeof spec.route !== 'string' || !KINDS.includes(spec.kind)) {
      throw new Error(`bad fault spec: route "METHOD /path" and kind one of ${KINDS.join(', ')}`);
    }
    const route = spec.route.trim();
    const sp = route.indexOf(' ');
    const method = sp === -1 ? '*' : route.slice(0, sp).toUpperCase();
    const path = norm(sp === -1 ? route : route.slice(sp + 1).trim());
    const count = spec.count === undefined ? 1 : Math.floor(Number(spec.count));
    if (!(count >= 1)) throw new Error('bad fault spec: count must be ≥ 1');
    this.armed.push({ ...spec, count, method, path, host: spec.host?.toLowerCase() });
  }

  clear(): void {
    this.armed = [];
  }

  list(): { route: string; kind: FaultKind; count: number }[] {
    return this.armed.map((a) => ({ route: a.route, kind: a.kind, count: a.count }));
  }

  /** The first armed fault matching this request, consumed by one. OPTIONS (CORS preflight) never matches. */
  take(method: string, host: string, path: string): Armed | undefined {
    if (method === 'OPTIONS') return undefined;
    const p = norm(path);
    const i = this.armed.findIndex(
      (a) =>
        (a.method === '*' || a.method === method) &&
        (!a.host || a.host === host) &&
        (a.path.endsWith('*') ? p.startsWith(a.path.slice(0, -1)) : a.path === p),
    );
    const a = this.armed[i];
    if (!a) return undefined;
    if (--a.count <= 0) this.armed.splice(i, 1);
    return a;
  }
}

const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>nginx</center>\r\n<script>window.__emulatorHtmlError = true</script>\r\n</body>\r\n</html>\r\n';

/**
 * Answers the request according to the fault. `hangs` collects responses left open so close() can end them.
 * Bodies depend on the API family: Management API (FACTS §7) vs Authentication API (FACTS §1).
 */
export function applyFault(
  fault: FaultSpec,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  hangs: Set<ServerResponse>,
): void {
  const mgmt = path.startsWith('/api/v2');
  switch (fault.kind) {
    case 'rate-limit': {
      const wait = Math.max(0, Math.round(fault.retryAfter ?? 2));
      const resetAt = String(Math.floor(Date.now() / 1000) + wait);
      const headers: Record<string, string> = {};
      if (fault.onlyReset) {
        headers['X-RateLimit-Reset'] = resetAt; // SECURITY B6 #51: only the epoch-seconds reset
      } else {
        headers['Retry-After'] = fault.retryAfterDate ? new Date(Date.now() + wait * 1000).toUTCString() : String(wait);
        headers['X-RateLimit-Limit'] = mgmt ? '50' : '1000';
        headers['X-RateLimit-Remaining'] = '0';
        headers['X-RateLimit-Reset'] = resetAt;
      }
      // FACTS §1: the M2M quota header, e.g. b=per_hour;q=10;r=7;t=3540 (r=0 when exhausted).
      if (fault.quotaHeader) headers['Auth0-Client-Quota-Limit'] = `b=per_hour;q=10;r=0;t=${wait}`;
      if (mgmt) {
        // FACTS §7: Management API 429 body.
        return sendJson(res, 429, { statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached', errorCode: 'too_many_requests' }, headers);
      }
      // FACTS §1: AOAS body, or the M2M-quota variant.
      const description = fault.quotaHeader ? 'Client quota exceeded' : 'Rate limit exceeded. Please retry after some time.';
      return sendJson(res, 429, { error: 'too_many_requests', error_description: description }, headers);
    }
    case 'server-error': {
      const status = [500, 502, 503].includes(fault.status ?? 500) ? (fault.status ?? 500) : 500;
      const text = status === 500 ? 'Internal Server Error' : status === 502 ? 'Bad Gateway' : 'Service Unavailable';
      if (mgmt) return sendJson(res, status, { statusCode: status, error: text, message: 'An internal server error occurred' });
      return sendJson(res, status, { error: 'server_error', error_description: text });
    }
    case 'hang':
      // Accept and never answer; close() destroys it. Drain the body so the client sees the upload complete.
      hangs.add(res);
      res.on('close', () => hangs.delete(res));
      req.resume();
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'truncated-json':
      // A complete HTTP response whose JSON stops mid-token (Content-Length matches what is sent).
      return send(res, 200, '{"access_token":"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2RlbW8', 'application/json; charset=utf-8');
    case 'html-error':
      // A proxy-style HTML error page (the body must never be rendered as HTML, SECURITY B6 #54).
      return send(res, 502, HTML_502, 'text/html');
    case 'empty-200':
      return send(res, 200, '', 'application/json; charset=utf-8');
    case 'auth0-error': {
      // An answer variant seen from real Auth0 (issue #12, FACTS §1/§7), body supplied by the test from FACTS.
      const status = Number.isInteger(fault.status) && fault.status! >= 400 && fault.status! <= 599 ? fault.status! : 500;
      if (typeof fault.body === 'string') return send(res, status, fault.body, 'text/plain; charset=utf-8');
      return sendJson(res, status, fault.body ?? {});
    }
  }
}
