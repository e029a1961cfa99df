// Rate limits for untrusted callers (issue 13 item 7): every message a content script may send is counted per
// tab and per message type in a sliding window, so a hostile page driving our content script cannot open
// inspector tabs, mint or fetch without limit. Pure (no browser API): the router owns one limiter and passes
// the clock in, so the rules are unit-tested with forged senders. Runs in the background.

/** At most `max` calls per `perSeconds` seconds for one key. */
export interface RateRule {
  max: number;
  perSeconds: number;
}

/** The default for every non-privileged message that names no rule of its own (MessageSpec.rate). */
export const DEFAULT_RATE: RateRule = { max: 60, perSeconds: 60 };

/** Keys kept at most; the oldest key is dropped first, so a flood of tab ids cannot grow memory without bound. */
const MAX_KEYS = 1000;

export class RateLimiter {
  readonly #hits = new Map<string, number[]>();

  /** Records a call for `key` at `nowMs` and says whether it is within `rule`. A refused call is not recorded,
   *  so a page that keeps hammering is let through again once the window has moved on. */
  take(key: string, rule: RateRule, nowMs: number): boolean {
    const windowStart = nowMs - rule.perSeconds * 1000;
    const recent = (this.#hits.get(key) ?? []).filter((t) => t > windowStart);
    if (recent.length >= rule.max) {
      this.#hits.set(key, recent);
      return false;
    }
    recent.push(nowMs);
    this.#hits.delete(key); // re-insert: Map order is then least-recently-used first
    this.#hits.set(key, recent);
    if (this.#hits.size > MAX_KEYS) {
      const oldest = this.#hits.keys().next().value;
      if (oldest !== undefined) this.#hits.delete(oldest);
    }
    return true;
  }

  /** Seconds until `key` may call again under `rule` (0 when it may call now). */
  retryAfter(key: string, rule: RateRule, nowMs: number): number {
    const recent = (this.#hits.get(key) ?? []).filter((t) => t > nowMs - rule.perSeconds * 1000);
    if (recent.length < rule.max) return 0;
    const first = recent[recent.length - rule.max] ?? nowMs;
    return Math.max(1, Math.ceil((first + rule.perSeconds * 1000 - nowMs) / 1000));
  }
}

/** The key for one untrusted sender: its tab id (content scripts run in the top frame of one tab). */
export function tabKey(tab: unknown): string {
  const id = typeof tab === 'object' && tab !== null ? (tab as { id?: unknown }).id : undefined;
  return typeof id === 'number' ? `tab:${id}` : 'tab:?';
}
