// The vault service (SECURITY B5.43–47): secrets at rest as AES-GCM ciphertext under a passphrase-derived key,
// or (session mode) only in storage.session, never on disk. The unlocked key lives in storage.session only, so
// a worker that stopped and woke is still unlocked (SECURITY B7.56); locking wipes the key and every minted
// token. Idle auto-lock: see ./autolock.ts. Runs in the background.
import { ext } from '../../shared/browser';
import { appError } from '../../lib/errors';
import { read, readFamily, remove, write } from '../../shared/storage';
import { FAMILIES, ITEMS } from '../../shared/storage-schema';
import type { VaultRecord } from '../../shared/storage-items/mint';
import type { VaultStatus } from '../../shared/messages/mint';
import type { ProfileSecrets } from '../../lib/profiles/profile';
import { exportKey, importKey, makeVerifier, newKdfParams, deriveKey, open, seal, unlockKey, PBKDF2_ITERATIONS, cannotUnlock } from '../../lib/vault/crypto';
import { createLock } from '../lock';
import { checkPassphrase } from '../../lib/vault/strength';

export interface VaultOptions {
  iterations?: number; // tests only; the stored default is PBKDF2_ITERATIONS (600,000)
  now?: () => number;
  /** Called after a lock or forget, to drop in-memory caches of tokens and clear the toolbar badge. */
  onLock?: () => void | Promise<void>;
}

const lockedError = () => appError('ERR_LOCKED', 'Secrets are locked. Unlock Token Workbench with your passphrase first.');
const goneError = () => appError('ERR_LOCKED', 'Secrets were kept for the browser session only and are gone. Re-enter them in Options.');

export function createVault(opts: VaultOptions = {}) {
  const lock = createLock();
  const now = opts.now ?? Date.now;
  const record = async (): Promise<VaultRecord> => {
    const r = await read(ITEMS.vault);
    return r && typeof r === 'object' && (r.mode === 'passphrase' || r.mode === 'session' || r.mode === 'none') ? { ...r, sealed: r.sealed ?? {} } : { mode: 'none', sealed: {} };
  };
  const sessionSecrets = async (): Promise<Record<string, ProfileSecrets> | null> => {
    const got = await ext.storage.session.get(ITEMS.sessionSecrets.key);
    const v = got[ITEMS.sessionSecrets.key];
    return v && typeof v === 'object' ? (v as Record<string, ProfileSecrets>) : null;
  };
  const currentKey = async (): Promise<CryptoKey | null> => {
    const k = await read(ITEMS.vaultKey);
    return k ? importKey(k.key) : null;
  };

  async function status(): Promise<VaultStatus> {
    const r = await record();
    const settings = await read(ITEMS.settings);
    const autoLockMinutes = settings.autoLockMinutes ?? 15;
    if (r.mode === 'passphrase') return { mode: r.mode, locked: !(await read(ITEMS.vaultKey)), autoLockMinutes, iterations: r.kdf?.iterations ?? PBKDF2_ITERATIONS };
    if (r.mode === 'session') return { mode: r.mode, locked: (await sessionSecrets()) === null, autoLockMinutes };
    return { mode: 'none', locked: false, autoLockMinutes };
  }

  /** Every secret of every profile (needs the vault open); used to switch modes. */
  async function readAll(r: VaultRecord): Promise<Record<string, ProfileSecrets>> {
    if (r.mode === 'session') return (await sessionSecrets()) ?? {};
    if (r.mode !== 'passphrase') return {};
    const key = await currentKey();
    if (!key) throw lockedError();
    const out: Record<string, ProfileSecrets> = {};
    for (const [id, s] of Object.entries(r.sealed)) out[id] = JSON.parse(await open(key, s)) as ProfileSecrets;
    return out;
  }

  /** The key and every token the extension holds: minted tokens, the pinned token and inspector hand-offs not
   *  yet collected (issue 13 item 6, SECURITY B5.47); `onLock` then drops the in-memory caches. */
  async function wipeSessionState(): Promise<void> {
    const handoffs = (await readFamily(FAMILIES.handoffs)).map((m) => m.key);
    await remove('session', [ITEMS.vaultKey.key, ITEMS.mintedTokens.key, ITEMS.pinnedToken.key, ...handoffs]);
    await opts.onLock?.();
  }

  return {
    status,
    /** First setup, or a switch of mode / passphrase (re-encrypts every secret; needs the vault open). */
    setup(mode: 'passphrase' | 'session', passphrase?: string): Promise<VaultStatus> {
      return lock(async () => {
        if (mode === 'passphrase' && !passphrase) throw appError('ERR_INVALID_MESSAGE', 'A passphrase is required.');
        if (mode === 'passphrase' && !checkPassphrase(passphrase!).ok) throw appError('ERR_INVALID_MESSAGE', checkPassphrase(passphrase!).problem);
        const r = await record();
        const secrets = await readAll(r);
        if (mode === 'passphrase') {
          const kdf = newKdfParams(undefined, opts.iterations ?? PBKDF2_ITERATIONS);
          const key = await deriveKey(passphrase!, kdf);
          const sealed: VaultRecord['sealed'] = {};
          for (const [id, s] of Object.entries(secrets)) sealed[id] = await seal(key, JSON.stringify(s));
          await write(ITEMS.vault, { mode, kdf, verifier: await makeVerifier(key), sealed });
          await write(ITEMS.vaultKey, { key: await exportKey(key), unlockedAt: now() });
          await remove('session', [ITEMS.sessionSecrets.key]);
        } else {
          await write(ITEMS.sessionSecrets, secrets);
          await write(ITEMS.vault, { mode, sealed: {} }); // drops ciphertext from disk
          await remove('session', [ITEMS.vaultKey.key]);
        }
        await write(ITEMS.lastActivity, now());
        return status();
      });
    },
    async unlock(passphrase: string): Promise<VaultStatus> {
      const r = await record();
      if (r.mode === 'session') throw appError('ERR_INVALID_MESSAGE', 'Session-only secrets have no passphrase: re-enter them in Options.');
      if (r.mode !== 'passphrase' || !r.kdf || !r.verifier) throw appError('ERR_NOT_FOUND', 'No vault is set up yet.');
      const key = await unlockKey(passphrase, r.kdf, r.verifier).catch(() => {
        throw cannotUnlock();
      });
      await write(ITEMS.vaultKey, { key: await exportKey(key), unlockedAt: now() });
      await write(ITEMS.lastActivity, now());
      return status();
    },
    /** "Lock now" and the idle auto-lock: the key and every minted token leave the session. Session-mode
     *  secrets have no passphrase to come back with, so locking drops them too. */
    async lock(): Promise<VaultStatus> {
      await wipeSessionState();
      if ((await record()).mode === 'session') await remove('session', [ITEMS.sessionSecrets.key]);
      return status();
    },
    /** "Forget all secrets": every secret-bearing key in every area (SECURITY B5.47). */
    forget(): Promise<VaultStatus> {
      return lock(async () => {
        await wipeSessionState();
        await remove('session', [ITEMS.sessionSecrets.key, ITEMS.lastActivity.key]);
        await remove('local', [ITEMS.vault.key]);
        return status();
      });
    },
    async getSecrets(profileId: string): Promise<ProfileSecrets> {
      const r = await record();
      if (r.mode === 'session') {
        const all = await sessionSecrets();
        if (!all) throw goneError();
        return all[profileId] ?? {};
      }
      if (r.mode !== 'passphrase') throw appError('ERR_LOCKED', 'No secrets are stored: set up the vault in Options.');
      const key = await currentKey();
      if (!key) throw lockedError();
      const s = r.sealed[profileId];
      return s ? (JSON.parse(await open(key, s)) as ProfileSecrets) : {};
    },
    putSecrets(profileId: string, secrets: ProfileSecrets): Promise<void> {
      return lock(async () => {
        const r = await record();
        const empty = Object.keys(secrets).length === 0;
        if (r.mode === 'session') {
          const all = { ...((await sessionSecrets()) ?? {}) };
          if (empty) delete all[profileId];
          else all[profileId] = secrets;
          return write(ITEMS.sessionSecrets, all);
        }
        if (r.mode !== 'passphrase') {
          if (empty) return;
          throw appError('ERR_LOCKED', 'Set up secret storage (passphrase or session only) before saving secrets.');
        }
        const sealed = { ...r.sealed };
        if (empty) {
          delete sealed[profileId]; // deleting needs no key: a locked vault can still drop a profile's blob
        } else {
          const key = await currentKey();
          if (!key) throw lockedError();
          sealed[profileId] = await seal(key, JSON.stringify(secrets)); // fresh IV per write
        }
        await write(ITEMS.vault, { ...r, sealed });
      });
    },
  };
}

export type Vault = ReturnType<typeof createVault>;
