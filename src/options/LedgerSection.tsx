// "Minted tokens" (issue #4): the ledger, newest first, paged through the background (ledger.list with
// offset/limit) so 10,000 entries cost one page of DOM; reveal (the token exists only in storage.session),
// re-mint with the same parameters, and a JSON export downloaded through a Blob URL (tokens only if ticked).
// The list is fetched once per open and again only when `ledger:index` changes (every ledger write rewrites it),
// not on focus (issue #7). Runs in the options page.
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { send } from '../shared/rpc';
import { ITEMS } from '../shared/storage-schema';
import type { AppError } from '../lib/errors';
import type { LedgerEntry, MintResult } from '../shared/messages/mint';
import { ErrorText } from '../ui/mint/ErrorText';
import { TokenResult } from '../ui/mint/TokenResult';
import { formatTime } from '../ui/mint/format';
import { LedgerTerminate } from '../ui/terminate/LedgerTerminate';

export const PAGE_SIZE = 50;

export function LedgerSection({ labels }: { labels: Record<string, string> }) {
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ entries: LedgerEntry[]; total: number; notice?: string } | null>(null);
  const [revealed, setRevealed] = useState<Record<string, string | null>>({});
  const [reminted, setReminted] = useState<MintResult | null>(null);
  const [withTokens, setWithTokens] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void send('ledger.list', { limit: PAGE_SIZE, offset }).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.data);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [offset, tick]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== ITEMS.ledgerIndex.area || !Object.hasOwn(changes, ITEMS.ledgerIndex.key)) return;
      clearTimeout(timer); // a bulk blacklist rewrites the index once per token: one fetch for a burst
      timer = setTimeout(() => setTick((t) => t + 1), 100);
    };
    ext.storage.onChanged.addListener(onChanged);
    return () => {
      clearTimeout(timer);
      ext.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const reveal = async (id: string) => {
    const r = await send('ledger.reveal', { ledgerId: id });
    if (!r.ok) return setError(r.error);
    setRevealed((m) => ({ ...m, [id]: r.data?.token ?? null }));
  };
  const remint = async (id: string) => {
    setError(null);
    const r = await send('ledger.remint', { ledgerId: id }, 45_000);
    if (!r.ok) return setError(r.error);
    setReminted(r.data);
    setOffset(0);
    setTick((t) => t + 1);
  };
  const exportJson = async () => {
    const r = await send('ledger.export', { includeTokens: withTokens });
    if (!r.ok) return setError(r.error);
    const url = URL.createObjectURL(new Blob([r.data.json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `token-workbench-ledger-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000); // after the download started
  };

  const total = data?.total ?? 0;
  const last = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1) * PAGE_SIZE;
  return (
    <section aria-labelledby="ledger-h" class="stack">
      <h2 id="ledger-h">Minted tokens</h2>
      {data?.notice && <p class="notice">{data.notice}</p>}
      <div class="row">
        <label class="check">
          <input type="checkbox" checked={withTokens} onChange={(e) => setWithTokens(e.currentTarget.checked)} />
          Include tokens still held this session
        </label>
        <button type="button" onClick={() => void exportJson()} disabled={total === 0}>
          Export JSON
        </button>
      </div>
      <ErrorText error={error} />
      {reminted && <TokenResult result={reminted} />}
      {data && total === 0 && <p class="muted">No token minted yet.</p>}
      {data && total > 0 && (
        <>
          <nav class="row" aria-label="Ledger pages">
            <button type="button" onClick={() => setOffset(0)} disabled={offset === 0}>
              Newest
            </button>
            <button type="button" onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))} disabled={offset === 0}>
              Previous page
            </button>
            <span aria-live="polite" data-testid="ledger-range">
              {offset + 1}–{Math.min(total, offset + PAGE_SIZE)} of {total}
            </span>
            <button type="button" onClick={() => setOffset(offset + PAGE_SIZE)} disabled={offset + PAGE_SIZE >= total}>
              Next page
            </button>
            <button type="button" onClick={() => setOffset(last)} disabled={offset >= last}>
              Oldest
            </button>
          </nav>
          <table class="ledger" aria-label="Minted tokens">
            <thead>
              <tr>
                <th>Minted</th><th>Profile</th><th>Mode</th><th>Audience</th><th>Scopes</th><th>Expires</th><th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => (
                <tr key={e.id} data-ledger-id={e.id}>
                  <td>{formatTime(e.createdAt)}</td>
                  <td>{labels[e.profileId] ?? '…'}</td>
                  <td>
                    {e.mode}
                    {e.grantChange && (
                      <div class="muted" data-testid="grant-change">
                        grant {e.grantChange.grantId} set to {e.grantChange.scopes.length} scope{e.grantChange.scopes.length === 1 ? '' : 's'}
                      </div>
                    )}
                  </td>
                  <td class="mono">{e.aud}</td>
                  <td class="mono">
                    {e.scopes.join(' ')}
                    {e.id in revealed && (
                      <div class="token-box" aria-label="Revealed token">
                        {revealed[e.id] ?? 'No longer held: tokens live only for this browser session (or until lock).'}
                      </div>
                    )}
                  </td>
                  <td>{e.exp === null ? 'never' : formatTime(e.exp * 1000)}</td>
                  <td>
                    <div class="row">
                      <button type="button" onClick={() => void reveal(e.id)} aria-label={`Reveal token ${e.id}`}>
                        Reveal
                      </button>
                      <button type="button" onClick={() => void remint(e.id)} aria-label={`Re-mint ${e.id}`}>
                        Re-mint
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <LedgerTerminate onChanged={() => setTick((t) => t + 1)} />
    </section>
  );
}
