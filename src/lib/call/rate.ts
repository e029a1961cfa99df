// The rate-limit headers of a Management API answer (FACTS §1 "Rate-limit headers": x-ratelimit-limit,
// -remaining, -reset in UNIX seconds; Retry-After on 429s). Its own file so the inspector page can format them
// without bundling the scope catalog. Pure.

export const RATE_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after'] as const;
export type RateHeaders = Partial<Record<(typeof RATE_HEADERS)[number], string>>;

export function rateHeaders(get: (name: string) => string | null): RateHeaders {
  const out: RateHeaders = {};
  for (const h of RATE_HEADERS) {
    const v = get(h);
    if (v !== null && v !== '') out[h] = v.slice(0, 200);
  }
  return out;
}

/** `x-ratelimit-reset` is UNIX seconds (FACTS §1); shown as a local time beside the raw value. */
export function resetTime(reset: string | undefined): Date | null {
  if (!reset || !/^\d{9,11}$/.test(reset)) return null;
  return new Date(Number(reset) * 1000);
}
