// Blacklisting one {aud, jti} pair (issue #6, FACTS §4; SECURITY B3.31, B6.53). POST `{aud, jti}` only — the
// token never leaves the extension — then confirm with `GET /api/v2/blacklists/tokens?aud=` that the pair is
// listed. Concurrent requests for the same tenant+aud+jti share one call (a double click → one POST). A POST
// whose outcome is unknown (time-out, reset) is never re-sent: the list is re-checked and, if the pair is not
// there, the user is asked. Every outcome is written to the ledger entries of that jti. A 404/405/410 means the
// tenant no longer has the endpoint (FACTS §4, §11; issue #12): one message, remembered, never retried.
// Runs in the background.
import { isAppError } from '../../lib/errors';
import type { BlacklistAddResult, BlacklistEntryView } from '../../shared/messages/terminate';
import type { BlacklistState, LedgerEntry } from '../../lib/mint/ledger';
import type { Profile } from '../../lib/profiles/profile';
import { blacklistAddRequest, blacklistListRequest, parseBlacklist, type BlacklistedPair, type MgmtRequest } from '../../lib/auth0/management-requests';
import { blacklistGoneError, isGoneAnswer } from '../../lib/auth0/management-errors';
import { BLACKLIST_SCOPE } from '../../lib/auth0/management-scopes';
import { unexpectedResponse } from '../../lib/auth0/token-errors';
import { managementSession, type MgmtSession, type TerminateDeps } from './deps';
import type { SenderInfo } from '../router';
import { knownGlobalClients } from './plan';

const NEEDED = [BLACKLIST_SCOPE];

/**
 * Tenants that answered 404/405/410 on the blacklist endpoint (FACTS §11): asked again, they get the same answer
 * without a request (issue #12: never retry). Memory only: a worker restart asks the tenant once more.
 */
export type GoneMemo = Map<string, number>; // tenant domain → the status it answered
const memos = new WeakMap<TerminateDeps, GoneMemo>();
/** One memo per service (the single blacklist and the bulk job share it). */
export function goneMemo(deps: TerminateDeps): GoneMemo {
  let m = memos.get(deps);
  if (!m) memos.set(deps, (m = new Map()));
  return m;
}

export interface Tenant {
  domain: string;
  gone: GoneMemo;
}

export function throwIfGone(t: Tenant): void {
  const status = t.gone.get(t.domain);
  if (status !== undefined) throw blacklistGoneError(status);
}

/** One blacklist call; a "gone" answer is remembered for the tenant and turned into the one message. */
export async function blacklistCall(s: MgmtSession, t: Tenant, req: MgmtRequest): Promise<{ status: number; body: unknown }> {
  throwIfGone(t);
  try {
    return await s.call(req, NEEDED);
  } catch (err) {
    const gone = isGoneAnswer(err);
    if (gone === null) throw err;
    t.gone.set(t.domain, gone);
    throw blacklistGoneError(gone);
  }
}

export async function listPairs(s: MgmtSession, aud: string, t: Tenant): Promise<BlacklistedPair[]> {
  const { body } = await blacklistCall(s, t, blacklistListRequest(aud));
  const list = parseBlacklist(body);
  if (!list) throw unexpectedResponse('the blacklist is not a list', 200);
  return list;
}

export const isListed = (list: readonly BlacklistedPair[], aud: string, jti: string) => list.some((b) => b.jti === jti && (b.aud === undefined || b.aud === aud));

export function ledgerMatches(ledger: readonly LedgerEntry[], aud: string, jti: string): LedgerEntry[] {
  return ledger.filter((e) => e.jti === jti && e.aud === aud);
}

async function mark(deps: TerminateDeps, entries: readonly LedgerEntry[], state: BlacklistState): Promise<number> {
  for (const e of entries) await deps.ledger.setBlacklist(e.id, state);
  return entries.length;
}

/** Sends one POST for an unlisted pair and re-checks; shared by the single and the bulk path. */
export async function postAndConfirm(s: MgmtSession, t: Tenant, aud: string, jti: string): Promise<{ outcome: 'blacklisted' | 'unknown'; listed: boolean; message: string }> {
  let timedOut = false;
  try {
    await blacklistCall(s, t, blacklistAddRequest(aud, jti));
  } catch (err) {
    if (!(isAppError(err) && err.detail?.outcome === 'unknown')) throw err;
    timedOut = true; // SECURITY B6.53: outcome unknown → re-check, never re-send blindly
  }
  let listed: boolean | null = null;
  try {
    listed = isListed(await listPairs(s, aud, t), aud, jti);
  } catch (err) {
    if (isAppError(err) && err.detail?.blacklistGone) throw err;
    listed = null;
  }
  if (listed) {
    return { outcome: 'blacklisted', listed: true, message: timedOut ? 'Auth0 did not answer in time, but the re-check found the pair in the blacklist: blacklisted.' : 'Blacklisted: Auth0 answered 204 and the pair is in the blacklist.' };
  }
  const checked = listed === false ? 'the pair is not in the blacklist' : 'the blacklist could not be read to check';
  return {
    outcome: 'unknown',
    listed: false,
    message: timedOut ? `Auth0 did not answer in time and ${checked}. The request was not re-sent: send it again?` : `Auth0 accepted the request, but ${checked} yet. Check the blacklist view, or send it again?`,
  };
}

export function createBlacklister(deps: TerminateDeps) {
  const inflight = new Map<string, Promise<BlacklistAddResult>>();
  const gone = goneMemo(deps);

  async function run(p: Profile, aud: string, jti: string, sender: SenderInfo): Promise<BlacklistAddResult> {
    const entries = ledgerMatches(await deps.ledger.entries(), aud, jti);
    const t = { domain: p.domain, gone };
    throwIfGone(t); // before marking anything pending: nothing will be sent
    await mark(deps, entries, 'pending');
    try {
      const s = await managementSession(deps, p, 'blacklist', sender);
      const r = await postAndConfirm(s, t, aud, jti);
      const ledgerUpdated = await mark(deps, entries, r.outcome === 'blacklisted' ? 'blacklisted' : 'unknown');
      return { ...r, ledgerUpdated };
    } catch (err) {
      // A tenant without the endpoint changed nothing: the entries go back to "none", not "failed".
      await mark(deps, entries, isAppError(err) && err.detail?.blacklistGone ? 'none' : 'failed').catch(() => 0);
      throw err;
    }
  }

  return {
    /** Keyed by tenant+aud+jti: a second request while one is in flight gets the same answer, no second POST. */
    add(p: Profile, aud: string, jti: string, sender: SenderInfo): Promise<BlacklistAddResult> {
      const key = JSON.stringify([p.domain, aud, jti]);
      const pending = inflight.get(key);
      if (pending) return pending;
      const promise = run(p, aud, jti, sender).finally(() => inflight.delete(key));
      inflight.set(key, promise);
      return promise;
    },
    async list(p: Profile, aud: string, sender: SenderInfo): Promise<BlacklistEntryView[]> {
      const t = { domain: p.domain, gone };
      throwIfGone(t);
      const s = await managementSession(deps, p, 'blacklist', sender);
      const pairs = await listPairs(s, aud, t);
      const ledger = await deps.ledger.entries();
      return pairs.map((b) => ({ ...b, ledgerId: ledger.find((e) => e.jti === b.jti && (b.aud === undefined || e.aud === b.aud))?.id ?? null }));
    },
    /** Audiences worth listing: ledger tokens with a jti for this tenant, and the legacy global client (FACTS §3). */
    async audiences(p: Profile, all: readonly Profile[]): Promise<string[]> {
      const ids = new Set(all.filter((x) => x.domain === p.domain).map((x) => x.id));
      const fromLedger = (await deps.ledger.entries()).filter((e) => ids.has(e.profileId) && e.jti !== null).map((e) => e.aud);
      return [...new Set([...knownGlobalClients(p), ...fromLedger.reverse()])].slice(0, 100);
    },
  };
}
