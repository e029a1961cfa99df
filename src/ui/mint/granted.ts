// Remembers which scopes a profile's client was granted for an audience, so the scope picker can list them
// first (issue #4: "the client's granted scopes first when known from the last test/mint"). Scope names are
// not secrets; they are kept in storage.session (gone with the browser session) under one UI-owned key, and
// the ledger's newest matching entry is the fallback. Runs in extension pages.
import { ext } from '../../shared/browser';
import { send } from '../../shared/rpc';

const KEY = 'mintUi.grantedScopes';
type Known = Record<string, string[]>;

const keyOf = (profileId: string, audience: string) => `${profileId}|${audience}`;

export async function rememberGranted(profileId: string, audience: string, scopes: readonly string[]): Promise<void> {
  try {
    const known = ((await ext.storage.session.get(KEY))[KEY] ?? {}) as Known;
    await ext.storage.session.set({ [KEY]: { ...known, [keyOf(profileId, audience)]: [...scopes] } });
  } catch {
    // A cache only: without it the picker simply lists the catalog.
  }
}

export async function loadGranted(profileId: string, audience: string): Promise<string[] | undefined> {
  try {
    const known = ((await ext.storage.session.get(KEY))[KEY] ?? {}) as Known;
    const hit = known[keyOf(profileId, audience)];
    if (hit) return hit;
  } catch {
    /* fall through to the ledger */
  }
  const reply = await send('ledger.list', { limit: 100, offset: 0 });
  if (!reply.ok) return undefined;
  // Newest first; only a request for every granted scope (no narrowing) tells the whole grant.
  const entry = reply.data.entries.find((e) => e.profileId === profileId && e.aud === audience && e.requestedScopes.length === 0);
  return entry?.scopes;
}
