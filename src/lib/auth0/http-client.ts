// The retry / time-out / back-off policy around one /oauth/token call (SECURITY B6.50–54). Pure: fetch, sleep,
// clock and randomness are injected, so tests run instantly and the background decides the network adapter.
// 429 → wait Retry-After / X-RateLimit-Reset if ≤ 20 s (at most 2 retries), else ERR_RATE_LIMITED with `until`;
// 5xx → 2 retries after 1 s and 2 s ±10 %; 4xx never; connection resets retried, other network faults not;
// 10 s time-out per attempt; HTML, empty or truncated bodies → ERR_UNEXPECTED_RESPONSE.
import { timedFetch, type FetchLike, type ResponseLike } from './timed-fetch';
import { appError, type AppError } from '../errors';
import { auth0Error, clockTime, describeQuota, parseQuotaHeader, retryAfterMs, unexpectedResponse, verbatimError, type Auth0ErrorContext } from './token-errors';
import type { TokenRequest } from './token-request';
import { quotaExhausted, readQuotas, type QuotaView } from './quota';


export interface HttpPolicy {
  fetch: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number; // [0, 1)
  timeoutMs?: number; // per attempt; SECURITY B6.53: 10 s, under Chrome's 30 s fetch kill
  maxWaitMs?: number; // longest 429 wait we sleep through in the worker (SECURITY B6.50: ~20 s)
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_WAIT_MS = 20_000;
const MAX_RETRIES = 2; // per fault class (SECURITY B6.50, B6.52)

export interface TokenResponse {
  accessToken: string;
  expiresIn: number;
  tokenType: string;
  /** Space-separated `scope` of the response, if Auth0 sent one (FACTS §1 [?]). */
  scope?: string;
  quota?: string;
  /** Issue #12: the client / organization quota buckets Auth0 reported (FACTS §1), when it sent any. */
  quotas?: QuotaView[];
}

export { isConnectionReset } from './timed-fetch';

export async function requestToken(req: TokenRequest, policy: HttpPolicy, ctx: Auth0ErrorContext = {}): Promise<TokenResponse> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = policy.now ?? Date.now;
  const random = policy.random ?? Math.random;
  const timeoutMs = policy.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxWaitMs = policy.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const retries = { rate: 0, server: 0, reset: 0 };
  const backoff = (n: number) => 1000 * 2 ** (n - 1) * (0.9 + 0.2 * random()); // 1 s, 2 s ± 10 %

  for (;;) {
    const outcome = await attempt(req, policy.fetch, timeoutMs, ctx);
    if (outcome.kind === 'ok') return outcome.value;
    if (outcome.kind === 'reset') {
      if (retries.reset++ < MAX_RETRIES) {
        await sleep(backoff(retries.reset));
        continue;
      }
      throw appError('ERR_NETWORK', 'The connection to Auth0 was reset repeatedly. Try again later.');
    }
    const { status, error, headers } = outcome;
    // A 500 "Global limit has been reached" is a rate limit too (FACTS §1): waited for, never retried as a fault.
    if (status === 429 || error.code === 'ERR_RATE_LIMITED') {
      const waitMs = retryAfterMs(headers, now());
      const quota = describeQuota(parseQuotaHeader(headers.get('auth0-client-quota-limit')));
      if (waitMs !== undefined && waitMs <= maxWaitMs && retries.rate++ < MAX_RETRIES) {
        await sleep(waitMs + random() * 250); // jitter only adds: never earlier than Auth0 asked
        continue;
      }
      const base = error.code === 'ERR_RATE_LIMITED' ? error : appError('ERR_RATE_LIMITED', 'Auth0 is rate-limiting token requests.');
      // Issue #12: a quota 429 names the quota that ran out (client or organization, hourly or daily) and when
      // it resets, from the quota headers (FACTS §1).
      const spent = status === 429 ? quotaExhausted(readQuotas(headers), now()) : null;
      const until = spent ? Math.max(spent.resetAt, waitMs === undefined ? 0 : Math.ceil((now() + waitMs) / 1000)) : waitMs === undefined ? undefined : Math.ceil((now() + waitMs) / 1000);
      const text = spent
        ? `${spent.message} ${base.message}`
        : until === undefined ? `${base.message} Try again later.` : `Rate-limited until ${clockTime(until * 1000)}. ${base.message}`;
      throw appError('ERR_RATE_LIMITED', text, { ...(base.detail ?? {}), until: until ?? null, quota: quota || null, ...(spent ? { quotaExhausted: true } : {}) });
    }
    if (status >= 500 && retries.server++ < MAX_RETRIES) {
      await sleep(backoff(retries.server));
      continue;
    }
    throw error;
  }
}

type Attempt =
  | { kind: 'ok'; value: TokenResponse }
  | { kind: 'reset' }
  | { kind: 'http'; status: number; error: AppError; headers: ResponseLike['headers'] };

async function attempt(req: TokenRequest, fetchFn: FetchLike, timeoutMs: number, ctx: Auth0ErrorContext): Promise<Attempt> {
  const out = await timedFetch(fetchFn, req.url, { method: req.method, headers: req.headers, body: req.bodyText }, timeoutMs);
  return out.kind === 'reset' ? out : interpret(out.res, out.text, ctx);
}

function interpret(res: ResponseLike, text: string, ctx: Auth0ErrorContext): Attempt {
  const status = res.status;
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  let body: unknown;
  if (type.includes('json') && text.trim()) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  const obj = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  if (status === 200) {
    if (!obj) return { kind: 'http', status, headers: res.headers, error: unexpectedResponse(text.trim() ? 'not a JSON object (HTML or truncated?)' : 'empty body', status) };
    const { access_token, expires_in, token_type, scope } = obj;
    if (typeof access_token !== 'string' || !access_token || typeof expires_in !== 'number' || !(expires_in > 0)) {
      return { kind: 'http', status, headers: res.headers, error: unexpectedResponse('no access_token/expires_in in the answer', status) };
    }
    const quota = describeQuota(parseQuotaHeader(res.headers.get('auth0-client-quota-limit')));
    const quotas = readQuotas(res.headers);
    return {
      kind: 'ok',
      value: { accessToken: access_token, expiresIn: expires_in, tokenType: typeof token_type === 'string' ? token_type : 'Bearer', ...(typeof scope === 'string' ? { scope } : {}), ...(quota ? { quota } : {}), ...(quotas.length ? { quotas } : {}) },
    };
  }
  if (!obj || (typeof obj.error !== 'string' && status !== 429)) {
    // Issue #12: an unknown shape shows Auth0's own text verbatim; only an HTML page (a proxy's) is not quoted.
    const html = type.includes('html') || /^\s*</.test(text);
    const error = html || !text.trim() ? unexpectedResponse(`status ${status} with a body that is not an Auth0 error`, status) : verbatimError(status, text, ctx.known);
    return { kind: 'http', status, headers: res.headers, error };
  }
  return { kind: 'http', status, headers: res.headers, error: auth0Error(status, obj as { error?: string; error_description?: string }, ctx) };
}
