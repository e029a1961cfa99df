// One Management API v2 call with the project's time-out and retry policy (issue #6; SECURITY B6.50–54). Pure:
// fetch, clock and sleep are injected; the background passes the host-checked adapter of ../../background/net.ts.
// 10 s per attempt; 429 waits for Retry-After / X-RateLimit-Reset up to 20 s (the request was not processed,
// so repeating it is safe); 5xx and connection resets are retried only for idempotent requests. A time-out
// is NEVER retried: for the blacklist POST the outcome is unknown and the caller re-checks the list (B6.53).
import { appError } from '../errors';
import type { ResponseLike } from './timed-fetch';
import { DEFAULT_MAX_WAIT_MS, DEFAULT_TIMEOUT_MS } from './http-client';
import { timedFetch, type TimedFetch, type TimedOutcome } from './timed-fetch';
import { managementError, type MgmtErrorContext } from './management-errors';
import { requestUrl, type MgmtRequest } from './management-requests';
import { isGlobalLimit, retryAfterMs, unexpectedResponse, verbatimError } from './token-errors';

/** The injected fetch (GET/DELETE carry no body: fetch refuses a body on GET). */
export type MgmtFetch = TimedFetch;

export interface MgmtPolicy {
  fetch: MgmtFetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  timeoutMs?: number;
  maxWaitMs?: number;
}

export interface MgmtTarget {
  /** Where the management token is valid: the custom domain if it was minted there (FACTS §8). */
  host: string;
  token: string;
}

export interface MgmtAnswer {
  status: number;
  body: unknown;
}

const MAX_RETRIES = 2;

export async function callManagementApi(target: MgmtTarget, req: MgmtRequest, policy: MgmtPolicy, ctx: MgmtErrorContext = {}): Promise<MgmtAnswer> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = policy.now ?? Date.now;
  const maxWait = policy.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const known = [target.token, ...(ctx.known ?? [])];
  let rate = 0;
  let other = 0;
  for (;;) {
    const out = await attempt(target, req, policy.fetch, policy.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (out.kind === 'reset') {
      if (req.idempotent && other++ < MAX_RETRIES) {
        await sleep(1000 * other);
        continue;
      }
      throw appError('ERR_NETWORK', req.idempotent ? 'The connection to Auth0 was reset repeatedly.' : 'The connection to Auth0 was reset: whether the change happened is unknown.', { outcome: req.idempotent ? null : 'unknown' });
    }
    const { res, text } = out;
    const body = parseJson(res, text);
    if (res.status >= 200 && res.status < 300) {
      if (res.status !== 204 && text.trim() && body === undefined) throw unexpectedResponse('not JSON (HTML or truncated?)', res.status);
      return { status: res.status, body: body ?? null };
    }
    if (res.status === 429) {
      const wait = retryAfterMs(res.headers, now());
      if (wait !== undefined && wait <= maxWait && rate++ < MAX_RETRIES) {
        await sleep(wait);
        continue;
      }
    }
    // FACTS §7: a 500 "Global limit has been reached" is a rate limit: not retried as a server fault.
    if (res.status >= 500 && req.idempotent && !isGlobalLimit(text) && other++ < MAX_RETRIES) {
      await sleep(1000 * other);
      continue;
    }
    if (body === undefined && res.status !== 429 && res.status !== 401) {
      // Issue #12: Auth0's own text verbatim when it is text; an HTML page or nothing stays "unexpected".
      const html = (res.headers.get('content-type') ?? '').toLowerCase().includes('html') || /^\s*</.test(text);
      throw html || !text.trim() ? unexpectedResponse(`status ${res.status} without an Auth0 error body`, res.status) : verbatimError(res.status, text, known);
    }
    throw managementError(res.status, body, { ...ctx, known });
  }
}

type Attempt = TimedOutcome;

function attempt(target: MgmtTarget, req: MgmtRequest, fetchFn: MgmtFetch, timeoutMs: number): Promise<Attempt> {
  const headers: Record<string, string> = { authorization: `Bearer ${target.token}`, accept: 'application/json' };
  if (req.body) headers['content-type'] = 'application/json';
  const init = { method: req.method, headers, ...(req.body ? { body: JSON.stringify(req.body) } : {}) };
  // A time-out on a write leaves its outcome unknown: the caller re-checks instead of re-sending (SECURITY B6.53).
  return timedFetch(fetchFn, requestUrl(target.host, req), init, timeoutMs, { outcome: req.idempotent ? null : 'unknown' });
}

function parseJson(res: ResponseLike, text: string): unknown {
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  if (!text.trim() || !type.includes('json')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
