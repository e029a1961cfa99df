// Profile metadata in storage.local (no secrets; they are in the vault). Runs in the background.
import { read, write } from '../../shared/storage';
import { ITEMS } from '../../shared/storage-schema';
import type { Profile } from '../../lib/profiles/profile';
import { appError } from '../../lib/errors';
import { createLock } from './lock';

const valid = (p: unknown): p is Profile =>
  typeof p === 'object' && p !== null && typeof (p as Profile).id === 'string' && typeof (p as Profile).domain === 'string' && typeof (p as Profile).hs256 === 'object';

export function createProfilesStore() {
  const lock = createLock();
  const all = async (): Promise<Profile[]> => {
    const list = await read(ITEMS.profiles);
    return Array.isArray(list) ? list.filter(valid) : [];
  };
  return {
    all,
    async get(id: string): Promise<Profile | null> {
      return (await all()).find((p) => p.id === id) ?? null;
    },
    async require(id: string): Promise<Profile> {
      const p = (await all()).find((x) => x.id === id);
      if (!p) throw appError('ERR_NOT_FOUND', 'No such profile.');
      return p;
    },
    put(profile: Profile): Promise<void> {
      return lock(async () => {
        const list = await all();
        const i = list.findIndex((p) => p.id === profile.id);
        if (i === -1) list.push(profile);
        else list[i] = profile;
        await write(ITEMS.profiles, list);
      });
    },
    remove(id: string): Promise<boolean> {
      return lock(async () => {
        const list = await all();
        const next = list.filter((p) => p.id !== id);
        if (next.length !== list.length) await write(ITEMS.profiles, next);
        return next.length !== list.length;
      });
    },
    /** After "Forget all secrets": profiles stay, their secret flags go. */
    clearSecretFlags(): Promise<void> {
      return lock(async () => {
        const list = await all();
        await write(ITEMS.profiles, list.map((p) => ({
          ...p,
          hasSecret: { client: false, customApi: false, legacy: false },
          ...(p.mintingApps ? { mintingApps: p.mintingApps.map((a) => ({ ...a, hasSecret: false })) } : {}),
        })));
      });
    },
    async customDomains(): Promise<string[]> {
      return (await all()).flatMap((p) => (p.customDomain ? [p.customDomain] : []));
    },
  };
}

export type ProfilesStore = ReturnType<typeof createProfilesStore>;
