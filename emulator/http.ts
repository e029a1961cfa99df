// Small HTTP helpers shared by the emulator's route modules (Node only): body reading and parsing,
// JSON/OAuth/Management-API error responses in Auth0's shapes (FACTS §1 and §7).
import type { IncomingMessage, ServerResponse } from 'node:http';

export const JSON_UTF8 = 'application/json; charset=utf-8'; // FACTS §7: Content-Type of Management API replies
const MAX_BODY = 1024 * 1024;

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new BodyTooLarge('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false };

/** JSON or x-www-form-urlencoded (FACTS §1: /oauth/token accepts both). Empty body → {}. */
export function parseBody(contentType: string | undefined, raw: Buffer): Parsed {
  const text = raw.toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  const ct = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (ct === 'application/x-www-form-urlencoded') {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
  }
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return { ok: true, value: v as Record<string, unknown> };
    return { ok: false };
  } catch {
    return { ok: false };
  }
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(body), JSON_UTF8, headers);
}

/** 204 with no body; FACTS §4 recording still carries `Content-Type: application/json; charset=utf-8`. */
export function sendNoContent(res: ServerResponse, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(204, { ...headers, 'Content-Type': JSON_UTF8 });
  res.end();
}

/** OAuth-style error body of the Authentication API (FACTS §1). */
export function oauthError(
  res: ServerResponse,
  status: number,
  error: string,
  description: string,
  headers: Record<string, string> = {},
  extra: Record<string, string> = {},
): void {
  sendJson(res, status, { error, error_description: description, ...extra }, headers);
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};
export const reason = (status: number): string => REASONS[status] ?? 'Error';

/** Management API error body: {statusCode, error, message, errorCode?} (FACTS §7). */
export function mgmtError(
  res: ServerResponse,
  status: number,
  message: string,
  errorCode?: string,
  headers: Record<string, string> = {},
): void {
  const body: Record<string, unknown> = { statusCode: status, error: reason(status), message };
  if (errorCode) body.errorCode = errorCode;
  sendJson(res, status, body, headers);
}

/** Host header without port, lower-cased; handles `[::1]:443`. */
export function hostOf(req: IncomingMessage): string {
  const h = (req.headers.host ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d+$/, '');
}
