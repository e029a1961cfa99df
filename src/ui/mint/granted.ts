// Which scopes a profile's client was granted for an audience, so the scope picker can list them first (issue #4:
// "the client's granted scopes first when known from the last test/mint"). The background remembers them for the
// browser session when a mint or test asks for no particular scope (issue #16: the memory moved out of the
// pages); without that, the ledger's newest matching entry is the fallback. Runs in extension pages.
import { send } from '../../shared/rpc';

export async function loadGranted(profileId: string, audience: string): Promise<string[] | undefined> {
  const known = await send('mint.grantedScopes', { profileId, audience });
  if (known.ok && known.data.scopes) return known.data.scopes;
  const reply = await send('ledger.list', { limit: 100, offset: 0 });
  if (!reply.ok) return undefined;
  // Newest first; only a request for every granted scope (no narrowing) tells the whole grant.
  const entry = reply.data.entries.find((e) => e.profileId === profileId && e.aud === audience && e.requestedScopes.length === 0);
  return entry?.scopes;
}
