// Test helper (Node, vitest): HTTPS requests to the emulator on 127.0.0.1:PORT with an arbitrary Host header
// and SNI, which Node's fetch cannot do. The emulator's certificate is self-signed, so verification is off.
import { request as httpsRequest } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export interface Res {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json<T = any>(): T;
}

export interface ReqOpts {
  host: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  /** Object → JSON body; string → sent as is. */
  body?: unknown;
  /** x-www-form-urlencoded body. */
  form?: Record<string, string>;
  /** Abort (client side) after this many ms; rejects with Error('timeout'). */
  timeoutMs?: number;
}

export function req(port: number, o: ReqOpts): Promise<Res> {
  let payload: string | undefined;
  const headers: Record<string, string> = { host: o.host, ...o.headers };
  if (o.form) {
    payload = new URLSearchParams(o.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (typeof o.body === 'string') payload = o.body;
  else if (o.body !== undefined) {
    payload = JSON.stringify(o.body);
    headers['content-type'] ??= 'application/json';
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  const isIp = /^[\d.]+$/.test(o.host) || o.host === 'localhost';
  return new Promise((resolve, reject) => {
    const r = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        path: o.path,
        method: o.method ?? (payload !== undefined ? 'POST' : 'GET'),
        headers,
        servername: isIp ? undefined : o.host,
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    if (o.timeoutMs) {
      r.setTimeout(o.timeoutMs, () => {
        r.destroy(new Error('timeout'));
      });
    }
    r.on('error', reject);
    r.end(payload);
  });
}

/** Shorthand for a client-credentials request on a tenant host. */
export function tokenReq(port: number, body: Record<string, string>, host = 'demo.us.auth0.com', form = false): Promise<Res> {
  return req(port, { host, path: '/oauth/token', ...(form ? { form: body } : { body }) });
}

export function decodeJwt(token: string): { header: any; payload: any } {
  const [h, p] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h!, 'base64url').toString('utf8')),
    payload: JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')),
  };
}
