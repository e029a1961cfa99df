// One request to Auth0 under the network-fault policy shared by minting and Management API calls (SECURITY
// B6.53–54): aborted after `timeoutMs` (under Chrome's 30 s fetch kill) with "timed out"; a connection reset is
// reported so the caller may retry it (as node-auth0 does); DNS failure, refused, TLS or offline get their own
// message and no retry; the raw error text (which may quote a URL or header) is never passed on. Cookies never
// ride along (`credentials: 'omit'`). Pure: the fetch function is injected.
import { appError, isAppError, type AppError } from '../errors';

/** What the injected fetch answers: the part of a Response the token and Management API clients read. */
export interface ResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type TimedFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; credentials: 'omit' },
) => Promise<ResponseLike>;

/** The injected fetch: one shape for token and Management API requests (GET/DELETE carry no body). */
export type FetchLike = TimedFetch;

export type TimedOutcome = { kind: 'reset' } | { kind: 'http'; res: ResponseLike; text: string };

/** Errors that are connection resets (retried, as node-auth0 does) rather than DNS/refused/TLS/offline. */
export function isConnectionReset(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') return true;
    const msg = (e as { message?: unknown }).message;
    if (typeof msg === 'string' && /socket hang up|connection reset|ECONNRESET|other side closed/i.test(msg)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export async function timedFetch(
  fetchFn: TimedFetch,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
  timeoutMs: number,
  timeoutDetail?: AppError['detail'],
): Promise<TimedOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const res = await fetchFn(url, { ...init, signal: controller.signal, credentials: 'omit' });
    const text = await res.text(); // the body read is inside the time-out too
    return { kind: 'http', res, text };
  } catch (err) {
    if (isAppError(err)) throw err;
    if (timedOut) throw appError('ERR_TIMEOUT', `Auth0 did not answer within ${Math.round(timeoutMs / 1000)} s. The request was cancelled.`, timeoutDetail);
    if (isConnectionReset(err)) return { kind: 'reset' };
    throw appError('ERR_NETWORK', 'Could not reach Auth0 (offline, DNS failure, connection refused or a TLS error on the domain).');
  } finally {
    clearTimeout(timer);
  }
}
