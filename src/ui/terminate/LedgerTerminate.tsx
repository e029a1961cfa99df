// The Terminate tools of the options page's ledger (issue #6): per tenant profile, the bulk blacklist and the
// blacklist view. Loads the public profile list itself so the ledger section only has to mount it. Runs in
// extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { ProfileSummary } from '../../shared/messages/mint';
import { BlacklistView } from './BlacklistView';
import { BulkBlacklist } from './BulkBlacklist';
import { ProfileSelect } from './ProfileSelect';
import './terminate.css';

export function LedgerTerminate({ onChanged }: { onChanged?: () => void }) {
  const [profiles, setProfiles] = useState<ProfileSummary[]>([]);
  const [id, setId] = useState('');
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    void send('profiles.list', {}).then((r) => {
      if (!r.ok) return;
      setProfiles(r.data);
      setId((cur) => cur || r.data[0]?.id || '');
    });
  }, []);
  const profile = profiles.find((p) => p.id === id);
  if (profiles.length === 0) return null;
  return (
    <section class="panel terminate stack" aria-labelledby="ledger-terminate-h" data-testid="ledger-terminate">
      <h3 id="ledger-terminate-h">Blacklist (legacy tokens with a jti)</h3>
      <ProfileSelect profiles={profiles} value={id} onChange={setId} label="Tenant profile for the blacklist" />
      {profile && (
        <>
          <BulkBlacklist
            key={`bulk-${profile.id}`}
            profile={profile}
            onFinished={() => {
              setRefresh((n) => n + 1);
              onChanged?.();
            }}
          />
          <BlacklistView key={`view-${profile.id}`} profileId={profile.id} refresh={refresh} />
        </>
      )}
    </section>
  );
}
