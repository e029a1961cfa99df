// The tenant's blacklist for one `aud` (issue #6, FACTS §4: `GET /api/v2/blacklists/tokens?aud=` → plain
// array of {aud, jti}), with the entries that match tokens in the ledger marked. The aud list suggests the
// legacy global client and the auds of ledger tokens with a jti. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { BlacklistEntryView } from '../../shared/messages/terminate';
import { ErrorText } from '../mint/ErrorText';
import { useAction } from './useAction';

export function BlacklistView({ profileId, refresh = 0 }: { profileId: string; refresh?: number }) {
  const [aud, setAud] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const list = useAction<'blacklist.list'>();

  useEffect(() => {
    void send('blacklist.audiences', { profileId }).then((r) => {
      if (!r.ok) return;
      setSuggestions(r.data.audiences);
      setAud((a) => a || r.data.audiences[0] || '');
    });
  }, [profileId, refresh]);

  const load = () => void list.run(() => send('blacklist.list', { profileId, aud: aud.trim() }));
  const entries: BlacklistEntryView[] = list.result?.entries ?? [];
  const dl = `bl-auds-${profileId}`;
  return (
    <div class="stack" data-testid="blacklist-view">
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (aud.trim()) load();
        }}
      >
        <label class="field">
          <span>aud (client id the tokens were issued to)</span>
          <input value={aud} list={dl} onInput={(e) => setAud(e.currentTarget.value)} aria-label="Blacklist aud" autocomplete="off" spellcheck={false} />
          <datalist id={dl}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <button type="submit" disabled={!aud.trim() || list.busy}>
          Show blacklist
        </button>
      </form>
      <ErrorText error={list.error} />
      {list.result && entries.length === 0 && <p class="muted">Nothing is blacklisted for {list.result.aud}.</p>}
      {entries.length > 0 && (
        <table data-testid="blacklist-entries">
          <caption class="muted">
            {entries.length} blacklisted for {list.result!.aud}
          </caption>
          <thead>
            <tr>
              <th scope="col">jti</th>
              <th scope="col">aud</th>
              <th scope="col">In the ledger</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.aud ?? ''}|${e.jti}`} data-ledger={e.ledgerId ? 'yes' : 'no'}>
                <td>{e.jti}</td>
                <td>{e.aud ?? '(any)'}</td>
                <td>{e.ledgerId ? 'minted here' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
