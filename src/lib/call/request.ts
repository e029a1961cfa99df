// Building one "Try it" request from the form (issue 15): method, filled path, query rows, header rows and a JSON
// body for writes. Pure; runs in the inspector (to show mistakes at once) and again in the background (which
// trusts nothing the page sends). Headers that would change who is calling or where (Authorization, Host,
// Cookie, …) are refused: the background sets the bearer itself.
import { isConcreteApiPath } from './path-params';

export const CALL_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type CallMethod = (typeof CALL_METHODS)[number];
export interface Row {
  name: string;
  value: string;
}

export interface CallRequest {
  method: CallMethod;
  /** Encoded path, `/api/v2/…`. */
  path: string;
  query: Row[];
  headers: Row[];
  /** JSON text for writes; absent for GET and DELETE without a body. */
  body?: string;
}

export const MAX_BODY_CHARS = 100_000;
const FORBIDDEN_HEADERS = /^(authorization|host|cookie|cookie2|origin|referer|content-length|connection|transfer-encoding|proxy-.*|sec-.*|x-forwarded-.*|forwarded|te|upgrade|keep-alive|expect)$/i;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;

export const isWrite = (m: CallMethod): boolean => m !== 'GET';

export type Checked = { ok: true; request: CallRequest } | { ok: false; reason: string };

/** Checks a request; blank rows are dropped. The reason is a sentence for the user. */
export function checkRequest(input: { method: string; path: string; query?: readonly Row[]; headers?: readonly Row[]; body?: string }): Checked {
  const method = input.method.toUpperCase() as CallMethod;
  if (!CALL_METHODS.includes(method)) return { ok: false, reason: `${input.method} is not a Management API method.` };
  if (!isConcreteApiPath(input.path)) return { ok: false, reason: 'The path must be a Management API path under /api/v2/ with every parameter filled in.' };
  const query = (input.query ?? []).filter((r) => r.name.trim() || r.value.trim()).map((r) => ({ name: r.name.trim(), value: r.value }));
  if (query.some((r) => !r.name)) return { ok: false, reason: 'Every query parameter needs a name.' };
  const headers = (input.headers ?? []).filter((r) => r.name.trim() || r.value.trim()).map((r) => ({ name: r.name.trim(), value: r.value.trim() }));
  for (const { name: k, value: val } of headers) {
    if (!HEADER_NAME.test(k)) return { ok: false, reason: `“${k.slice(0, 40)}” is not a valid header name.` };
    if (FORBIDDEN_HEADERS.test(k)) return { ok: false, reason: `The ${k} header cannot be set here: Token Workbench sends the token itself, only to the token's tenant.` };
    if (/[\r\n\0]/.test(val) || val.length > 2000) return { ok: false, reason: `The value of ${k} is not a valid header value.` };
  }
  let body: string | undefined;
  const text = input.body?.trim() ?? '';
  if (text) {
    if (method === 'GET') return { ok: false, reason: 'A GET request has no body.' };
    if (text.length > MAX_BODY_CHARS) return { ok: false, reason: 'The body is too long.' };
    try {
      JSON.parse(text);
    } catch (e) {
      return { ok: false, reason: `The body is not valid JSON: ${e instanceof Error ? e.message.slice(0, 120) : 'parse error'}.` };
    }
    body = text;
  }
  return { ok: true, request: { method, path: input.path, query, headers, ...(body !== undefined ? { body } : {}) } };
}

export function callUrl(host: string, req: Pick<CallRequest, 'path' | 'query'>): string {
  const q = new URLSearchParams(req.query.map((r) => [r.name, r.value])).toString();
  return `https://${host}${req.path}${q ? `?${q}` : ''}`;
}
