// The granted-scope memory (issue #4; moved out of the popup into the background by issue #16): per profile and
// audience, the scopes a client-credentials token carried when no particular scope was asked for, i.e. every
// scope granted to the client for that API. The Mint tab lists them first in its scope picker. The token
// service records them after such a mint (a cache hit included) or a profile test; `mint.grantedScopes` reads
// them. Scope names only, in storage.session (gone with the browser session). Runs in the background.
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import type { MintMode } from '../../lib/mint/ledger';
import { createLock } from '../lock';

const keyOf = (profileId: string, audience: string) => `${profileId}|${audience}`;
const isScopeList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** The list stored under `key`; an inherited property (`__proto__`, `toString`) is never one. */
const stored = (known: Record<string, string[]>, key: string): unknown => (Object.hasOwn(known, key) ? known[key] : undefined);

export function createGrantedScopes() {
  const lock = createLock(); // one read-modify-write at a time: two mints finishing together both land
  return {
    /** After a token for `audience` was issued (or a test made) for `asked`: only a client-credentials request
     *  for no particular scope shows the whole grant, so anything else is ignored. A memory only: a failed write
     *  never fails the mint or test that found the scopes. */
    async remember(profileId: string, audience: string, asked: { mode: MintMode; scopes: readonly string[] }, granted: readonly string[]): Promise<void> {
      if (asked.mode !== 'client-credentials' || asked.scopes.length > 0) return;
      await lock(async () => {
        const known = await read(ITEMS.grantedScopes);
        const key = keyOf(profileId, audience);
        const was = stored(known, key);
        // Most calls are a cache hit or a repeat mint that found the same grant: no write then.
        if (isScopeList(was) && was.length === granted.length && was.every((s, i) => s === granted[i])) return;
        await write(ITEMS.grantedScopes, { ...known, [key]: [...granted] });
      }).catch(() => undefined);
    },
    /** null: nothing recorded this session for this profile and audience. */
    async get(profileId: string, audience: string): Promise<string[] | null> {
      const known = await read(ITEMS.grantedScopes);
      const hit = stored(known, keyOf(profileId, audience));
      return isScopeList(hit) ? [...hit] : null;
    },
  };
}

export type GrantedScopes = ReturnType<typeof createGrantedScopes>;
