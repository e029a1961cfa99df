// Maps an /oauth/token answer that is not a usable token to an AppError (FACTS §1 error table), and parses the
// rate-limit headers (Retry-After, X-RateLimit-Reset, Auth0-Client-Quota-Limit). Pure. Auth0's
// error_description is quoted as plain text (rendered as text by the UI, SECURITY B3.30), redacted and capped.
import { appError, type AppError } from '../errors';
import { redactText } from '../vault/redact';

export interface OAuthErrorBody {
  error?: string;
  error_description?: string;
}

/** Cleans Auth0's text: no control characters, no secrets, at most 300 characters. */
export function cleanDescription(text: unknown, known: readonly string[] = []): string {
  if (typeof text !== 'string') return '';
  const flat = text.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return redactText(flat, known).slice(0, 300);
}

export interface Auth0ErrorContext {
  audience?: string;
  canonicalDomain?: string;
  customDomain?: string;
  known?: readonly string[]; // secrets in play, scrubbed from any echoed text
}

/** One human message per FACTS §1 case, each ending with Auth0's own words. */
export function auth0Error(status: number, body: OAuthErrorBody, ctx: Auth0ErrorContext = {}): AppError {
  const error = typeof body.error === 'string' ? body.error.slice(0, 100) : '';
  const description = cleanDescription(body.error_description, ctx.known);
  const said = description ? ` Auth0 said: “${description}”.` : '';
  const detail = { status, error: error || null, error_description: description || null };
  const make = (message: string) => appError('ERR_AUTH0', message + said, detail);
  const d = description.toLowerCase();

  if (status === 401 || error === 'invalid_client') {
    // FACTS §1: 401 access_denied "Unauthorized" (or AOAS invalid_client) — never retried (SECURITY B3.30).
    return make('Wrong client ID or client secret: Auth0 did not accept the credentials of this profile.');
  }
  if (error === 'unauthorized_client' || (d.includes('grant type') && d.includes('not allowed'))) {
    return make('This application may not use the Client Credentials grant. In the Dashboard: Applications → the app → Advanced Settings → Grant Types → tick “Client Credentials”.');
  }
  // FACTS §1: "Client is not authorized to access \"<aud>\". You need to create a \"client-grant\"…" (2018/2024),
  // and the variant `Client "<id>" is not authorized to access resource server "<aud>"` (issue #12): same case.
  const resourceServer = /^client "[^"]*" is not authorized to access resource server "([^"]*)"/i.exec(description);
  if (resourceServer || d.includes('client-grant') || d.startsWith('client is not authorized to access')) {
    const aud = resourceServer?.[1] || ctx.audience || 'this API';
    return make(`This application has no client grant for ${aud}. Authorize it on the API's “Machine to Machine Applications” tab.`);
  }
  if (d.startsWith('service not enabled within domain')) {
    const aud = description.slice('service not enabled within domain:'.length).trim();
    const custom = ctx.customDomain && aud.toLowerCase().includes(ctx.customDomain.toLowerCase());
    const hint = custom
      ? ` With a custom domain, the Management API audience stays https://${ctx.canonicalDomain ?? 'CANONICAL'}/api/v2/ (FACTS §8).`
      : ' Check the API identifier (exact match, including any trailing slash: the Management API is …/api/v2/ with the slash).';
    return make(`No API with this audience exists in the tenant.${hint}`);
  }
  if (d.startsWith('no audience parameter')) {
    return make('No audience was sent and the tenant has no default audience: choose an API.');
  }
  if (d.startsWith('client has not been granted scopes')) {
    // FACTS §1: one asked scope outside the grant fails the whole request; the list format is [?] (commas or
    // spaces), so both are split. Only the missing ones are named.
    const missing = notGrantedScopes(description);
    const list = missing.length ? missing.join(', ') : 'some of the requested scopes';
    return appError(
      'ERR_AUTH0',
      `This application is not granted ${list} for this API, and Auth0 refuses the whole request when one requested scope is outside the grant. Grant ${missing.length === 1 ? 'it' : 'them'} on the API's “Machine to Machine Applications” tab, or leave ${missing.length === 1 ? 'it' : 'them'} out.` + said,
      { ...detail, missingScopes: missing.join(' ') },
    );
  }
  // FACTS §1: a 500 "Global limit has been reached" is Auth0's rate limit, not a server fault (community 77440).
  if (status === 429 || error === 'too_many_requests' || isGlobalLimit(description)) {
    const quota = d.includes('quota');
    return appError('ERR_RATE_LIMITED', (quota ? 'The M2M token quota of this application is used up.' : 'Auth0 is rate-limiting token requests.') + said, detail);
  }
  if (error === 'invalid_request') return make('Auth0 rejected the request as malformed.');
  if (error === 'unsupported_grant_type') return make('Auth0 does not support this grant type here.');
  if (error === 'invalid_grant') return make('Auth0 refused the grant.');
  if (status === 403) return make('Auth0 refused to issue this token (403).');
  if (status >= 500) return make(`Auth0 had a server error (${status}).`);
  return make(`Auth0 refused the token request (${status}${error ? `, ${error}` : ''}).`);
}

/** FACTS §1/§7: the text of Auth0's tenant-wide rate limit, seen with 429 and with 500. */
export function isGlobalLimit(text: unknown): boolean {
  return typeof text === 'string' && /global limit has been reached/i.test(text);
}

/**
 * An error answer in no shape we know (issue #12): Auth0's own text, verbatim (cleaned, capped, shown as text),
 * never a generic "something went wrong". `text` is the raw body; a JSON object's string fields are quoted.
 */
export function verbatimError(status: number, text: string, known: readonly string[] = []): AppError {
  const said = cleanDescription(auth0Text(text), known);
  const detail = { status, auth0Message: said || null };
  if (!said) return appError('ERR_UNEXPECTED_RESPONSE', `Auth0 answered ${status} with an empty body. Nothing was stored.`, detail);
  return appError(status === 429 || isGlobalLimit(said) ? 'ERR_RATE_LIMITED' : 'ERR_AUTH0', `Auth0 answered ${status}: “${said}”.`, detail);
}

/** The human part of an unknown body: JSON string fields (message, error_description, description, error…) or the text. */
function auth0Text(text: string): string {
  const t = text.trim();
  if (/^<(!doctype|html|head|body)\b/i.test(t)) return ''; // an HTML page is not Auth0's words (SECURITY B6.54)
  try {
    const v: unknown = JSON.parse(t);
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      const keys = ['message', 'error_description', 'description', 'error', 'detail', 'title'];
      const parts = keys.filter((k) => typeof o[k] === 'string' && o[k]).map((k) => String(o[k]));
      return [...new Set(parts)].slice(0, 3).join(' — ') || t; // no known field: the JSON itself
    }
  } catch {
    /* not JSON: plain text */
  }
  return t;
}

/** The scope names in "Client has not been granted scopes: a,b" (or "a b", "a, b"). */
export function notGrantedScopes(description: string): string[] {
  const i = description.indexOf(':');
  if (i === -1) return [];
  return [...new Set(description.slice(i + 1).split(/[\s,]+/).filter((s) => /^[^\s"“”]{1,200}$/.test(s)))].slice(0, 50);
}

export function unexpectedResponse(what: string, status?: number): AppError {
  return appError('ERR_UNEXPECTED_RESPONSE', `Unexpected response from Auth0: ${what}. Nothing was stored.`, status === undefined ? undefined : { status });
}

/** Minimal header reader so the parsers work on Headers, Maps and plain records alike. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * Milliseconds to wait before retrying a 429, or undefined if the server gave no hint. Retry-After may be
 * delta-seconds or an HTTP-date (RFC 9110 §10.2.3); X-RateLimit-Reset is UNIX seconds (FACTS §1).
 */
export function retryAfterMs(headers: HeaderReader, nowMs: number): number | undefined {
  const ra = headers.get('retry-after')?.trim();
  if (ra) {
    if (/^\d+$/.test(ra)) return Number(ra) * 1000;
    const at = Date.parse(ra);
    if (Number.isFinite(at)) return Math.max(0, at - nowMs);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - nowMs);
  return undefined;
}

export interface QuotaBucket {
  bucket: string;
  quota: number;
  remaining: number;
  resetSeconds: number;
}

/** `b=per_hour;q=10;r=7;t=3540,b=per_day;q=50;r=47;t=43200` (FACTS §1) → buckets; junk parts are skipped. */
export function parseQuotaHeader(value: string | null | undefined): QuotaBucket[] {
  if (!value) return [];
  const out: QuotaBucket[] = [];
  for (const part of value.split(',').slice(0, 10)) {
    const kv = new Map(part.split(';').map((p) => p.trim().split('=', 2) as [string, string | undefined]));
    const n = (k: string) => (/^\d+$/.test(kv.get(k) ?? '') ? Number(kv.get(k)) : NaN);
    const b = kv.get('b');
    if (b && /^[\w-]{1,40}$/.test(b) && [n('q'), n('r'), n('t')].every(Number.isFinite)) {
      out.push({ bucket: b, quota: n('q'), remaining: n('r'), resetSeconds: n('t') });
    }
  }
  return out;
}

export function describeQuota(buckets: QuotaBucket[]): string {
  return buckets.map((b) => `${b.bucket.replace('_', ' ')}: ${b.remaining}/${b.quota} left, resets in ${b.resetSeconds} s`).join('; ');
}

/** `hh:mm:ss` in local time, for "rate-limited until …" (SECURITY B6.50). */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
