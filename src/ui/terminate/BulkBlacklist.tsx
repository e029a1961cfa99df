// "Blacklist every token I minted for this tenant that has a jti" (issue #6), for the options page's ledger:
// confirm (production: type the tenant name), then follow the background job by polling
// `blacklist.bulkStatus`, with a progress bar and one result line per token. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { AppError } from '../../lib/errors';
import type { BulkStatus } from '../../shared/messages/terminate';
import type { ProfileSummary } from '../../shared/messages/mint';
import { ErrorText } from '../mint/ErrorText';
import { Confirm } from './Confirm';

type BulkProfile = Pick<ProfileSummary, 'id' | 'label' | 'domain' | 'environment'>;
const POLL_MS = 400;
const OUTCOME: Record<string, string> = { pending: '…', blacklisted: 'blacklisted', unknown: 'unknown', failed: 'failed', skipped: 'skipped' };

export function BulkBlacklist({ profile, onFinished }: { profile: BulkProfile; onFinished?: () => void }) {
  const [asking, setAsking] = useState(false);
  const [job, setJob] = useState<BulkStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const tenant = profile.domain.split('.')[0] ?? profile.domain;

  useEffect(() => {
    if (!job || job.done) return;
    const t = setTimeout(() => {
      void send('blacklist.bulkStatus', { jobId: job.jobId }).then((r) => {
        if (!r.ok) return setError(r.error);
        setJob(r.data);
        if (r.data.done) onFinished?.();
      });
    }, POLL_MS);
    return () => clearTimeout(t);
  }, [job]);

  const start = async (confirm: string) => {
    setAsking(false);
    setError(null);
    const r = await send('blacklist.bulk', { profileId: profile.id, confirm });
    if (!r.ok) return setError(r.error);
    setJob(r.data);
  };

  return (
    <div class="stack" data-testid="bulk-blacklist">
      <div class="row">
        <button type="button" onClick={() => setAsking(true)} disabled={!!job && !job.done}>
          Blacklist every token I minted for {tenant} that has a jti
        </button>
      </div>
      {asking && (
        <Confirm
          profile={{ ...profile, tenant }}
          action={`Blacklist every unexpired token with a jti minted for ${tenant}`}
          confirmLabel="Blacklist all"
          onConfirm={(c) => void start(c)}
          onCancel={() => setAsking(false)}
        />
      )}
      <ErrorText error={error} />
      {job && (
        <div class="stack" aria-live="polite">
          <label class="field">
            <span>
              {job.done ? 'Done' : 'Working'}: {job.processed} of {job.total}
            </span>
            <progress max={Math.max(1, job.total)} value={job.processed} aria-label="Bulk blacklist progress" />
          </label>
          {job.error && <p class="error">{job.error}</p>}
          {job.total === 0 && <p class="muted">No token with a jti left to blacklist for this tenant.</p>}
          {job.items.length > 0 && (
            <table data-testid="bulk-results">
              <thead>
                <tr>
                  <th scope="col">jti</th>
                  <th scope="col">aud</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {job.items.map((i) => (
                  <tr key={i.ledgerId} data-outcome={i.outcome}>
                    <td>{i.jti}</td>
                    <td>{i.aud}</td>
                    <td>
                      <strong>{OUTCOME[i.outcome]}</strong> {i.message}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
