// M2M token quotas (Node only; issue #12 item 8). FACTS §1 (D2:fine-grained-m2m-token-quotas): a client or an
// organization may be limited per hour and per day; Auth0 reports it in `Auth0-Client-Quota-Limit` /
// `Auth0-Organization-Quota-Limit` (`b=per_hour;q=10;r=7;t=3540,b=per_day;q=50;r=47;t=43200`) on successes and
// on the 429 `{"error":"too_many_requests","error_description":"Client quota exceeded"}`, which also carries
// X-RateLimit-Limit/Remaining: 0/Reset and Retry-After. [?] Window boundaries are not documented: each window
// starts with the first token counted in it. Counters are keyed by the quota object, so a test that sets a
// new quota starts from zero.
import type { TokenQuota } from './seed';

interface Window {
  start: number; // epoch seconds
  used: number;
}
const BUCKETS = [
  { key: 'perHour', name: 'per_hour', seconds: 3600 },
  { key: 'perDay', name: 'per_day', seconds: 86400 },
] as const;

const usage = new WeakMap<TokenQuota, Record<string, Window>>();

export interface QuotaCheck {
  /** Header value after counting this request (when allowed) or as it stands (when exhausted). */
  header: string;
  exhausted: boolean;
  /** Seconds until the exhausted bucket resets (the longest if several). */
  retryAfter: number;
  limit: number;
}

/** Counts one token against `quota` unless a bucket is used up (`count` false: only looks). */
export function takeQuota(quota: TokenQuota, count = true, nowS = Math.floor(Date.now() / 1000)): QuotaCheck {
  const w = usage.get(quota) ?? {};
  usage.set(quota, w);
  const active = BUCKETS.filter((b) => typeof quota[b.key] === 'number');
  for (const b of active) {
    const cur = w[b.name];
    if (!cur || nowS >= cur.start + b.seconds) w[b.name] = { start: nowS, used: 0 };
  }
  const full = active.filter((b) => w[b.name]!.used >= quota[b.key]!);
  if (full.length === 0 && count) for (const b of active) w[b.name]!.used++;
  const parts = active.map((b) => {
    const q = quota[b.key]!;
    const cur = w[b.name]!;
    return `b=${b.name};q=${q};r=${Math.max(0, q - cur.used)};t=${Math.max(0, cur.start + b.seconds - nowS)}`;
  });
  const resets = full.map((b) => w[b.name]!.start + b.seconds - nowS);
  return { header: parts.join(','), exhausted: full.length > 0, retryAfter: Math.max(0, ...resets), limit: full[0] ? quota[full[0].key]! : 0 };
}
