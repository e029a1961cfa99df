// The options page's profile list and editor (issue #4). Profiles are read from storage.local (metadata only:
// the vault holds the secrets, and `hasSecret` says which exist) and refreshed through storage.onChanged, so
// a save from another page shows up here. Every write goes through the background. Runs in the options page.
import { useEffect, useState } from 'preact/hooks';
import { read, watch } from '../shared/storage';
import { ITEMS } from '../shared/storage-schema';
import type { Profile } from '../lib/profiles/profile';
import { ProfileCard } from './ProfileCard';
import { ProfileForm } from './ProfileForm';
import { draftOf, EMPTY_DRAFT } from './profile-form';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; profile: Profile };

function useProfiles(): Profile[] | null {
  const [profiles, setProfiles] = useState<Profile[] | null>(null);
  useEffect(() => {
    const load = () => void read(ITEMS.profiles).then((list) => setProfiles(Array.isArray(list) ? list : []), () => setProfiles([]));
    load();
    const stop = new AbortController();
    watch(ITEMS.profiles, load, stop.signal);
    return () => stop.abort();
  }, []);
  return profiles;
}

export function ProfilesSection() {
  const profiles = useProfiles();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [note, setNote] = useState('');
  const done = (text: string) => {
    setEditing({ kind: 'none' });
    setNote(text);
  };
  return (
    <section aria-labelledby="profiles-h" class="stack">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="profiles-h">Tenant profiles</h2>
        {editing.kind === 'none' && (
          <button type="button" class="primary" onClick={() => (setNote(''), setEditing({ kind: 'new' }))}>
            Add profile
          </button>
        )}
      </div>
      {note && (
        <p role="status" class="ok-text" style={{ margin: 0 }}>
          {note}
        </p>
      )}
      {editing.kind === 'new' && <ProfileForm initial={EMPTY_DRAFT} saved={{ client: false, customApi: false, legacy: false }} onSaved={(_, n) => done(n)} onCancel={() => done('')} />}
      {editing.kind === 'edit' && (
        <ProfileForm key={editing.profile.id} initial={draftOf(editing.profile)} saved={editing.profile.hasSecret} onSaved={(_, n) => done(n)} onCancel={() => done('')} />
      )}
      {profiles === null && <p role="status">Loading profiles…</p>}
      {profiles?.length === 0 && editing.kind === 'none' && <p class="muted">No profile yet. Add your tenant to mint tokens.</p>}
      {profiles?.map((p) => (
        <ProfileCard key={p.id} profile={p} onEdit={() => (setNote(''), setEditing({ kind: 'edit', profile: p }))} onRemoved={() => setNote(`Removed “${p.label}”.`)} />
      ))}
    </section>
  );
}
