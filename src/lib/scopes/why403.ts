// "Why did I get 403?" helpers (FACTS §5, §7). The Management API answers a missing scope with
// `{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:clients,
// read:client_summary","errorCode":"insufficient_scope"}`; the OAS also words it "Insufficient scope;
// expected any of: …" and "Insufficient scope, expected: read:actions.". All of them mean ANY-OF.
import { findEndpoint, type Endpoint } from './catalog';
import { isScopeLike } from './scope-syntax';
import { isUserTokenOnly } from './scope-names';

export interface InsufficientScope {
  scopes: string[];
  anyOf: true;
}

/** Pasted text is bounded: beyond this it is not an error body anyone pasted on purpose. */
const MAX_INPUT = 64 * 1024;
// Linear-time pattern: a fixed prefix, then one bounded run of non-quote, non-newline characters.
const MESSAGE_RE = /insufficient scope[,;:.]?\s*expected(?:\s+any\s+of)?\s*:\s*([^"\r\n]{1,4000})/i;

function messageFromJson(text: string): string | undefined {
  const t = text.trim();
  if (!t.startsWith('{')) return undefined;
  try {
    const body: unknown = JSON.parse(t);
    if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
      return body.message;
    }
  } catch {
    // Not JSON (or a truncated paste): fall back to scanning the raw text.
  }
  return undefined;
}

/**
 * Extract the scopes named by an "Insufficient scope" 403: the JSON body, just its message, or the
 * OAS wordings. Returns null when the text is not such an error or names no scope.
 */
export function parseInsufficientScope(text: string): InsufficientScope | null {
  if (typeof text !== 'string') return null;
  const input = text.slice(0, MAX_INPUT);
  const m = MESSAGE_RE.exec(messageFromJson(input) ?? input);
  if (!m) return null;
  const scopes: string[] = [];
  for (const part of (m[1] as string).split(/[\s,]+/)) {
    const s = part.replace(/[.;]+$/, '');
    if (isScopeLike(s) && !scopes.includes(s)) scopes.push(s);
  }
  return scopes.length > 0 ? { scopes, anyOf: true } : null;
}

export interface Explain403 {
  /** The catalog endpoint the request maps to; null when the catalog does not know it. */
  endpoint: Endpoint | null;
  /** Scopes that would admit the call (any one suffices). */
  admittingScopes: string[];
  /** Admitting scopes the token already has (non-empty ⇒ scope is not the reason for a 403). */
  tokenHas: string[];
  admitted: boolean;
  /** Admitting scopes an M2M client can obtain via a client grant (FACTS §3 excludes current_user ones). */
  grantableToM2M: string[];
}

export function explain403ForEndpoint(method: string, path: string, tokenScopes: Iterable<string>): Explain403 {
  const endpoint = findEndpoint(method, path) ?? null;
  const admittingScopes = endpoint ? [...endpoint.scopes] : [];
  const have = new Set(tokenScopes);
  const tokenHas = admittingScopes.filter((s) => have.has(s));
  return {
    endpoint,
    admittingScopes,
    tokenHas,
    admitted: tokenHas.length > 0,
    grantableToM2M: admittingScopes.filter((s) => !isUserTokenOnly(s)),
  };
}
