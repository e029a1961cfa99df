// M2M token quotas (issue #12 item 8). FACTS §1 (D2:fine-grained-m2m-token-quotas): Auth0 reports a client's and
// an organization's token quota in `Auth0-Client-Quota-Limit` / `Auth0-Organization-Quota-Limit`, e.g.
// `b=per_hour;q=10;r=7;t=3540,b=per_day;q=50;r=47;t=43200` (b bucket, q quota, r remaining, t seconds to reset),
// on successes and on the quota 429. Pure: turns the headers into "7 of 10 tokens left this hour" and a 429 into
// which quota ran out and when it resets.
import { clockTime, parseQuotaHeader, type HeaderReader, type QuotaBucket } from './token-errors';

export type QuotaOwner = 'client' | 'organization';

export interface QuotaView extends QuotaBucket {
  owner: QuotaOwner;
  /** "7 of 10 tokens left this hour". */
  text: string;
}

const PERIOD: Record<string, string> = { per_hour: 'this hour', per_day: 'today' };
const HEADERS: Record<QuotaOwner, string> = { client: 'auth0-client-quota-limit', organization: 'auth0-organization-quota-limit' };

/** Every bucket of both headers, client first; empty when Auth0 sent none (no quota configured). */
export function readQuotas(headers: HeaderReader): QuotaView[] {
  return (Object.keys(HEADERS) as QuotaOwner[]).flatMap((owner) =>
    parseQuotaHeader(headers.get(HEADERS[owner])).map((b) => ({
      ...b,
      owner,
      text: `${b.remaining} of ${b.quota} tokens left ${PERIOD[b.bucket] ?? b.bucket.replace(/_/g, ' ')}${owner === 'organization' ? ' (organization)' : ''}`,
    })),
  );
}

const ownerName = (o: QuotaOwner) => (o === 'client' ? "This application's" : "The organization's");
const bucketName = (b: string) => (b === 'per_hour' ? 'hourly' : b === 'per_day' ? 'daily' : b.replace(/_/g, ' '));

/** The quota(s) a 429 ran out of (r = 0), named with when each resets; null when no bucket is at 0. */
export function quotaExhausted(quotas: readonly QuotaView[], nowMs: number): { message: string; resetAt: number } | null {
  const out = quotas.filter((q) => q.remaining === 0);
  if (out.length === 0) return null;
  // The longest wait decides when a token can be had again.
  const resetAt = Math.max(...out.map((q) => Math.floor(nowMs / 1000) + q.resetSeconds));
  const parts = out.map((q) => `${ownerName(q.owner)} ${bucketName(q.bucket)} token quota (${q.quota} tokens) is used up; it resets at ${clockTime((Math.floor(nowMs / 1000) + q.resetSeconds) * 1000)} (in ${humanWait(q.resetSeconds)})`);
  return { message: `${parts.join('. ')}.`, resetAt };
}

function humanWait(s: number): string {
  if (s < 90) return `${s} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 360) / 10} h`;
}
