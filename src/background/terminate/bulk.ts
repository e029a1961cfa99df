// "Blacklist every token I minted for this tenant that has a jti" (issue #6): a background job over the ledger,
// one POST per token (sequential, gentle on rate limits), then one GET per aud to confirm; progress is polled
// with `blacklist.bulkStatus`. Per token: blacklisted / unknown (not listed; never re-sent, B6.53) / failed /
// skipped (expired, a custom-API token Auth0 never checks, or the management token doing the calls). A second
// start for a tenant with a job running returns that job. Jobs live in memory: a worker restart ends them
// (the ledger keeps every state written so far). A tenant without the blacklist endpoint (404/405/410, FACTS §11)
// stops the job at the first such answer, with how many were sent before it (issue #12). Runs in the background.
import { isAppError } from '../../lib/errors';
import type { BulkItem, BulkStatus } from '../../shared/messages/terminate';
import type { LedgerEntry } from '../../lib/mint/ledger';
import type { Profile } from '../../lib/profiles/profile';
import { blacklistAddRequest } from '../../lib/auth0/management-requests';
import { blacklistCall, goneMemo, isListed, listPairs, throwIfGone } from './blacklist';
import { managementSession, type TerminateDeps } from './deps';
import type { SenderInfo } from '../router';

const KEEP_JOBS = 5;

export function bulkCandidates(ledger: readonly LedgerEntry[], tenantProfileIds: ReadonlySet<string>, nowS: number): BulkItem[] {
  return ledger
    .filter((e) => tenantProfileIds.has(e.profileId) && e.jti !== null && e.blacklist.state !== 'blacklisted')
    .map((e): BulkItem => {
      const base = { ledgerId: e.id, jti: e.jti!, aud: e.aud };
      if (e.exp !== null && e.exp <= nowS) return { ...base, outcome: 'skipped', message: 'Already expired.' };
      if (e.mode === 'hs256-custom') return { ...base, outcome: 'skipped', message: 'A token for your own API: Auth0 does not check its blacklist for it.' };
      return { ...base, outcome: 'pending', message: '' };
    });
}

export function createBulk(deps: TerminateDeps) {
  const jobs = new Map<string, BulkStatus>();
  const gone = goneMemo(deps);
  const running = new Map<string, string>(); // tenant domain → job id
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => Math.random().toString(36).slice(2, 12));
  const snapshot = (j: BulkStatus): BulkStatus => ({ ...j, items: j.items.map((i) => ({ ...i })) });

  async function work(job: BulkStatus, p: Profile, sender: SenderInfo): Promise<void> {
    const t = { domain: p.domain, gone };
    let goneStop = false;
    const set = (i: BulkItem, outcome: BulkItem['outcome'], message: string) => Object.assign(i, { outcome, message });
    try {
      if (!job.items.some((i) => i.outcome === 'pending')) return;
      throwIfGone(t);
      const s = await managementSession(deps, p, 'blacklist', sender);
      const posted: BulkItem[] = [];
      for (const item of job.items) {
        if (item.outcome !== 'pending') continue;
        if (item.ledgerId === s.ledgerId) {
          set(item, 'skipped', 'This is the management token making these calls.');
        } else {
          try {
            await blacklistCall(s, t, blacklistAddRequest(item.aud, item.jti));
            posted.push(item);
          } catch (err) {
            if (isAppError(err) && err.detail?.outcome === 'unknown') posted.push(item); // re-checked below, not re-sent
            else if (isAppError(err) && err.detail?.blacklistGone) {
              // Issue #12: stop at the first "gone" answer, send nothing more, and say how many were done.
              set(item, 'failed', 'Not blacklisted: this tenant no longer offers token blacklisting.');
              for (const rest of job.items) if (rest.outcome === 'pending' && rest !== item) set(rest, 'skipped', 'Not sent: this tenant no longer offers token blacklisting.');
              job.error = `${err.message} Stopped at the first such answer: ${posted.length} of ${job.items.length} sent before it.`;
              goneStop = true;
              break;
            } else {
              set(item, 'failed', isAppError(err) ? err.message : 'Failed.');
              await deps.ledger.setBlacklist(item.ledgerId, 'failed');
              // A refused management token (401) or a missing scope (403) fails every other token the same way.
              if (isAppError(err) && (err.detail?.status === 401 || err.detail?.status === 403)) {
                job.error = err.message;
                for (const rest of job.items) if (rest.outcome === 'pending' && !posted.includes(rest)) set(rest, 'failed', 'Not sent: see the error above.');
                break;
              }
            }
          }
        }
        job.processed++;
      }
      for (const aud of new Set(posted.map((i) => i.aud))) {
        let list: Awaited<ReturnType<typeof listPairs>> | null = null;
        try {
          list = goneStop ? null : await listPairs(s, aud, t); // gone: no further request of any kind
        } catch {
          list = null;
        }
        for (const item of posted.filter((i) => i.aud === aud)) {
          const ok = list !== null && isListed(list, aud, item.jti);
          set(item, ok ? 'blacklisted' : 'unknown', ok ? 'Blacklisted and listed.' : list ? 'Not in the blacklist after the request: run again to retry.' : 'The blacklist could not be read to confirm.');
          await deps.ledger.setBlacklist(item.ledgerId, ok ? 'blacklisted' : 'unknown');
        }
      }
    } catch (err) {
      const isGone = isAppError(err) && err.detail?.blacklistGone === true;
      job.error = isAppError(err) ? err.message + (isGone ? ' Nothing was sent: 0 done.' : '') : 'The bulk blacklist stopped on an internal error.';
      for (const i of job.items) if (i.outcome === 'pending') set(i, isGone ? 'skipped' : 'failed', 'Not sent.');
    } finally {
      job.processed = job.total;
      job.done = true;
      running.delete(p.domain);
    }
  }

  return {
    start(p: Profile, tenantProfiles: readonly Profile[], ledger: readonly LedgerEntry[], sender: SenderInfo): BulkStatus {
      const existing = running.get(p.domain);
      if (existing && jobs.has(existing)) return snapshot(jobs.get(existing)!);
      const ids = new Set(tenantProfiles.filter((x) => x.domain === p.domain).map((x) => x.id));
      const items = bulkCandidates(ledger, ids, Math.floor(now() / 1000));
      const job: BulkStatus = { jobId: newId(), done: false, total: items.length, processed: items.filter((i) => i.outcome !== 'pending').length, items, error: null };
      jobs.set(job.jobId, job);
      for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEEP_JOBS))) jobs.delete(old);
      running.set(p.domain, job.jobId);
      void work(job, p, sender);
      return snapshot(job);
    },
    status(jobId: string): BulkStatus | null {
      const j = jobs.get(jobId);
      return j ? snapshot(j) : null;
    },
  };
}
