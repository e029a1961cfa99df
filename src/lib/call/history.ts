// The Try-it history (issue 15): the last 20 calls per tenant, metadata only (method, path, status, time),
// never a body, a header or a token. Kept in storage.session by the background. Pure.

export const HISTORY_PER_TENANT = 20;

export interface CallHistoryEntry {
  method: string;
  /** The concrete, encoded path without the query (a query may hold search terms about users). */
  path: string;
  /** HTTP status, or 0 when no answer came (network error, time-out). */
  status: number;
  /** Epoch ms. */
  at: number;
}

export type CallHistory = Record<string, CallHistoryEntry[]>;

/** Newest first; the oldest beyond 20 are dropped. A new object: the stored one is never mutated. */
export function addToHistory(all: CallHistory, tenant: string, entry: CallHistoryEntry): CallHistory {
  const list = [entry, ...(Object.hasOwn(all, tenant) ? (all[tenant] ?? []) : [])].slice(0, HISTORY_PER_TENANT);
  return { ...all, [tenant]: list };
}
