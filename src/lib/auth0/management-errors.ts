// Maps a Management API error answer to an AppError with one human sentence (issue #6). Pure. Shapes: FACTS §7
// `{statusCode, error, message, errorCode}`; a missing scope is 403 `insufficient_scope` "Insufficient scope,
// expected any of: a, b" (FACTS §5, parsed by why403.ts); 401 bodies are hapi's `{statusCode:401, message:
// "Invalid token"}` [?]. Auth0's text is quoted as plain text, cleaned and capped (SECURITY B3.30).
import { appError, type AppError } from '../errors';
import { parseInsufficientScope } from '../scopes/why403';
import { cleanDescription, isGlobalLimit, verbatimError } from './token-errors';

export interface MgmtErrorContext {
  /** Scopes the action needs (any of), used when the 403 body names none. */
  needed?: readonly string[];
  /** FACTS §6 new-route dashboard base `https://manage.auth0.com/dashboard/{region}/{tenant}`, if known. */
  dashboardBase?: string;
  /** Secrets in play, scrubbed from any echoed text. */
  known?: readonly string[];
}

/** FACTS §6: where scopes are granted to an M2M client, step by step (also shown in the UI). */
export function grantHowTo(scopes: readonly string[]): string {
  const list = scopes.join(' or ');
  return `Grant it in the dashboard: APIs → Auth0 Management API → Machine to Machine Applications → the client → tick ${list} → Update.`;
}

/** FACTS §6 "seen in the wild": the M2M tab of the Management API. */
export function grantUrl(dashboardBase: string | undefined): string | null {
  return dashboardBase ? `${dashboardBase}/apis/management/authorized-clients` : null;
}

function bodyObject(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

export function managementError(status: number, body: unknown, ctx: MgmtErrorContext = {}): AppError {
  const o = bodyObject(body);
  const message = cleanDescription(o.message, ctx.known);
  const errorCode = typeof o.errorCode === 'string' ? o.errorCode.slice(0, 80) : null;
  const said = message ? ` Auth0 said: “${message}”.` : '';
  const base = { status, errorCode, auth0Message: message || null };

  if (status === 403) {
    const parsed = parseInsufficientScope(message);
    if (errorCode === 'insufficient_scope' || parsed) {
      const scopes = parsed?.scopes ?? [...(ctx.needed ?? [])];
      const url = grantUrl(ctx.dashboardBase);
      return appError(
        'ERR_AUTH0',
        `The profile's token lacks the scope ${scopes.join(' or ') || 'this call needs'}. ${grantHowTo(scopes)}${said}`,
        { ...base, errorCode: 'insufficient_scope', neededScopes: scopes.join(' '), grantUrl: url },
      );
    }
    return appError('ERR_AUTH0', `Auth0 refused the call (403).${said}`, base);
  }
  if (status === 401) {
    // FACTS §4/§7: an invalid, expired or blacklisted bearer; the management token itself was refused.
    return appError('ERR_AUTH0', `Auth0 did not accept the profile's management token (401): it may have expired, been blacklisted, or the secret changed.${said}`, base);
  }
  if (status === 404) return appError('ERR_NOT_FOUND', `Not found on the tenant.${said}`, base);
  if (status === 400) return appError('ERR_AUTH0', `Auth0 rejected the request (400).${said}`, base);
  // FACTS §7: "Global limit has been reached" is the tenant's rate limit, also when it comes as a 500 (issue #12).
  if (status === 429 || isGlobalLimit(message)) return appError('ERR_RATE_LIMITED', `The Management API is rate-limiting this tenant. Try again later.${said}`, base);
  if (message) return appError('ERR_AUTH0', `The Management API answered ${status}.${said}`, base);
  // Issue #12: no `message` (an unknown shape): Auth0's own text verbatim, never a generic sentence.
  return verbatimError(status, JSON.stringify(body ?? ''), ctx.known);
}

/** FACTS §4/§11: statuses that mean "no blacklist endpoint on this tenant" (gone from the 2026 API). */
export const BLACKLIST_GONE_STATUSES: readonly number[] = [404, 405, 410];

export const BLACKLIST_GONE_TEXT = 'This tenant no longer offers token blacklisting';

/** An error from a blacklist request that says the endpoint is gone (any shape: a 405 may carry no body). */
export function isGoneAnswer(err: unknown): number | null {
  const status = typeof err === 'object' && err !== null ? (err as { detail?: { status?: unknown } }).detail?.status : undefined;
  return typeof status === 'number' && BLACKLIST_GONE_STATUSES.includes(status) ? status : null;
}

/** Issue #12: one sentence, the levers are shown beside it, and nothing is retried. */
export function blacklistGoneError(status: number): AppError {
  return appError(
    'ERR_NOT_FOUND',
    `${BLACKLIST_GONE_TEXT} (Auth0 answered ${status} on /api/v2/blacklists/tokens; the endpoint is gone from the current Management API). Nothing was retried. A token that is already issued stays valid until its exp: use the levers instead.`,
    { status, blacklistGone: true },
  );
}
