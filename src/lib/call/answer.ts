// Reading a Try-it answer (issue 15): the rate-limit headers Auth0 sends (`x-ratelimit-limit/remaining/reset`,
// `Retry-After`; FACTS §1 "Rate-limit headers", §7), the body as JSON when it is JSON, and the scopes an
// "Insufficient scope" 403 names (FACTS §5, §7, parsed by ../scopes/why403 in all its wordings). Pure.
import { parseInsufficientScope } from '../scopes/why403';

export { RATE_HEADERS, rateHeaders, resetTime, type RateHeaders } from './rate';

export type ParsedBody = { kind: 'json'; value: unknown } | { kind: 'text'; text: string } | { kind: 'empty' };

export const MAX_TEXT_SHOWN = 20_000;

export function parseAnswerBody(contentType: string | null, text: string): ParsedBody {
  if (!text.trim()) return { kind: 'empty' };
  if ((contentType ?? '').toLowerCase().includes('json')) {
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown };
    } catch {
      // Truncated or not JSON after all: shown as text.
    }
  }
  return { kind: 'text', text: text.slice(0, MAX_TEXT_SHOWN) };
}

/** FACTS §5/§7: the scopes a 403 body says it expected (any of), or null when it is another 403. */
export function expectedScopes(status: number, body: ParsedBody): string[] | null {
  if (status !== 403 || body.kind !== 'json') return null;
  const o = body.value;
  if (!o || typeof o !== 'object' || Array.isArray(o)) return null;
  const message = (o as Record<string, unknown>).message;
  if (typeof message !== 'string') return null;
  return parseInsufficientScope(message)?.scopes ?? null;
}
