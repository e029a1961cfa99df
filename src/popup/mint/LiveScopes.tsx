// The popup Mint tab's live scope list (issue #12 item 6): the tenant's own scopes for the chosen audience (from
// `GET /api/v2/resource-servers`, cached per profile by the background), with their age and a Refresh button;
// the bundled catalog stays the fallback. Reading the list mints a management token (a ledger row, a token
// request), so the first read is the user's click on "Refresh scope list"; after that, a list older than a day
// is refreshed when its profile is chosen. Runs in the popup.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { ProfileSummary } from '../../shared/messages/mint';
import { ageText, findLiveApi, LIVE_MAX_AGE_MS, managementApi, type LiveApi, type LiveScopesView } from '../../lib/scopes/live';

export interface LiveScopesState {
  view: LiveScopesView | null;
  refreshing: boolean;
  refresh(): void;
}

const canRead = (p: ProfileSummary): boolean => p.canClientCredentials || p.hs256.legacy;

export function useLiveScopes(profile: ProfileSummary | undefined): LiveScopesState {
  const [view, setView] = useState<LiveScopesView | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [tick, setTick] = useState(0); // a manual refresh
  const id = profile?.id;
  useEffect(() => {
    setView(null);
    if (!profile || !id) return;
    let live = true;
    void (async () => {
      const cached = await send('scopes.live', { profileId: id });
      if (!live) return;
      const list = cached.ok ? cached.data.list : null;
      setView(cached.ok ? cached.data : null);
      // Automatic only for a list the user already asked for once, when it has grown old.
      const stale = !!list && Date.now() - list.fetchedAt > LIVE_MAX_AGE_MS;
      if ((tick === 0 && !stale) || !canRead(profile)) return;
      setRefreshing(true);
      const fresh = await send('scopes.refresh', { profileId: id }, 45_000);
      if (!live) return;
      setRefreshing(false);
      setView(fresh.ok ? fresh.data : { list, notice: fresh.error.message });
    })();
    return () => {
      live = false;
      setRefreshing(false);
    };
  }, [id, tick]);
  return { view, refreshing, refresh: () => setTick((t) => t + 1) };
}

/** The API of `audience` in the live list (the Management API for its audience and for legacy tokens). */
export function liveApiFor(view: LiveScopesView | null, profile: ProfileSummary | undefined, audience: string, management: boolean): LiveApi | undefined {
  const list = view?.list;
  if (!list || !profile) return undefined;
  return management ? managementApi(list, profile.domain) : findLiveApi(list, audience);
}

export function LiveScopesNote({ state, api }: { state: LiveScopesState; api: LiveApi | undefined }) {
  const list = state.view?.list;
  const age = list ? ageText(list.fetchedAt, Date.now()) : null;
  return (
    <div class="row" style={{ fontSize: '12px' }} data-role="scope-source">
      <span class="muted" aria-live="polite">
        {api && age
          ? `Scopes from the tenant (${api.scopes.length} for ${api.name}), fetched ${age}.`
          : state.refreshing
            ? 'Reading the tenant’s scope list…'
            : list
              ? 'Scopes from the bundled catalog (the tenant’s list has none for this API).'
              : 'Scopes from the bundled catalog. Refresh to read the tenant’s own list.'}
        {state.view?.notice ? ` ${state.view.notice}` : ''}
      </span>
      <button type="button" disabled={state.refreshing} onClick={state.refresh}>
        Refresh scope list
      </button>
    </div>
  );
}
