// Migration 2: profiles, vault and ledger reach their v2 shapes (issue #4). Runs in the background.
//
// The v1 store (Token Workbench 0.1 pre-release) kept, in storage.local:
//   profiles: { [id]: { name, tenantDomain, customDomain?, env: 'dev'|'staging'|'prod', clientId?,
//                       customApiAudience?, legacyGlobalClientId?, created: ISO string } }      ← a map
//   vault:    { kdf: {name,hash,iterations,salt}, verifier: {iv,ct}, sealed: {[profileId]: {iv,ct}} } ← no `mode`
//   ledger:   [{ id, profileId, kind: 'cc'|'hs256'|'legacy', audience, scope: 'a b', issuedAt: ms,
//                expiresAt: ms|null, jti?: string, revoked?: boolean }]                       ← no blacklist state
// v2: `profiles` is Profile[], `vault.mode` is explicit, ledger entries are LedgerEntry (seconds, scope arrays,
// `blacklist: {state}`; `revoked: true` → 'blacklisted'). Each item is converted on its own and only when it
// still has its v1 shape, so the step is idempotent and a run killed between writes resumes. Entries that fit
// neither shape are never dropped: they are kept under `quarantine:002` (SECURITY B7.58).
//
// Frozen (issue #16): this step imports only ./types. The keys, the v2 shapes and the v2 entry check below are
// its own copies as of state v2, so a later change to live code (a new mint mode, a new profile field) cannot
// change what it does to a v1 store.
import type { Migration } from './types';

const PROFILES = 'profiles';
const VAULT = 'vault';
const LEDGER = 'ledger';
const QUARANTINE = 'quarantine:002';

type MintMode = 'client-credentials' | 'hs256-custom' | 'hs256-legacy';
type SecretEncoding = 'base64url' | 'utf8';

/** A profile as state v2 stores it. */
interface Profile {
  id: string;
  label: string;
  domain: string;
  customDomain?: string;
  environment: 'development' | 'staging' | 'production';
  clientId?: string;
  hs256: {
    customApi: { audience: string; subject?: string; secretEncoding: SecretEncoding } | null;
    legacy: { globalClientId: string; secretEncoding: SecretEncoding } | null;
  };
  hasSecret: { client: boolean; customApi: boolean; legacy: boolean };
  createdAt: number;
  updatedAt: number;
}

/** A ledger entry as state v2 stores it. */
interface LedgerEntry {
  id: string;
  profileId: string;
  mode: MintMode;
  aud: string;
  scopes: string[];
  requestedScopes: string[];
  iat: number;
  exp: number | null;
  jti: string | null;
  createdAt: number;
  blacklist: { state: 'none' | 'pending' | 'blacklisted' | 'unknown' | 'failed'; at?: number };
  params: { audience?: string; scopes: string[]; lifetimeSeconds?: number };
}

/** The v2 entry check: an entry that already has the v2 shape is kept as it is. */
function isLedgerEntry(v: unknown): v is LedgerEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  const strs = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return (
    typeof e.id === 'string' &&
    typeof e.profileId === 'string' &&
    (e.mode === 'client-credentials' || e.mode === 'hs256-custom' || e.mode === 'hs256-legacy') &&
    typeof e.aud === 'string' &&
    strs(e.scopes) &&
    strs(e.requestedScopes) &&
    typeof e.iat === 'number' &&
    (e.exp === null || typeof e.exp === 'number') &&
    (e.jti === null || typeof e.jti === 'string') &&
    typeof e.createdAt === 'number' &&
    typeof e.blacklist === 'object' &&
    e.blacklist !== null &&
    typeof e.params === 'object' &&
    e.params !== null
  );
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const ENV = { dev: 'development', staging: 'staging', prod: 'production' } as const;
const KIND: Record<string, MintMode> = { cc: 'client-credentials', hs256: 'hs256-custom', legacy: 'hs256-legacy' };

function profileFromV1(id: string, p: unknown, sealedIds: Set<string>): Profile | null {
  if (!isObj(p)) return null;
  const label = str(p.name);
  const domain = str(p.tenantDomain)?.toLowerCase();
  const env = ENV[p.env as keyof typeof ENV];
  if (!label || !domain || !env || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const created = Date.parse(String(p.created));
  const at = Number.isFinite(created) ? created : 0;
  const clientId = str(p.clientId);
  const audience = str(p.customApiAudience);
  const globalId = str(p.legacyGlobalClientId);
  // v1 sealed one blob per profile; which secrets it holds is only known after unlocking, so each configured
  // credential is assumed present when the blob exists (a missing one reports "secret not stored" at mint).
  const sealed = sealedIds.has(id);
  return {
    id,
    label,
    domain,
    ...(str(p.customDomain) ? { customDomain: str(p.customDomain)!.toLowerCase() } : {}),
    environment: env,
    ...(clientId ? { clientId } : {}),
    hs256: {
      customApi: audience ? { audience, secretEncoding: 'utf8' } : null,
      legacy: globalId ? { globalClientId: globalId, secretEncoding: 'base64url' } : null,
    },
    hasSecret: { client: sealed && !!clientId, customApi: sealed && !!audience, legacy: sealed && !!globalId },
    createdAt: at,
    updatedAt: at,
  };
}

function entryFromV1(e: unknown): LedgerEntry | null {
  if (!isObj(e)) return null;
  const id = str(e.id);
  const profileId = str(e.profileId);
  const mode = KIND[String(e.kind)];
  if (!id || !profileId || !mode || typeof e.issuedAt !== 'number') return null;
  const scopes = typeof e.scope === 'string' ? e.scope.split(/\s+/).filter(Boolean) : [];
  const audience = str(e.audience) ?? '';
  return {
    id,
    profileId,
    mode,
    aud: audience,
    scopes,
    requestedScopes: scopes,
    iat: Math.floor(e.issuedAt / 1000),
    exp: typeof e.expiresAt === 'number' ? Math.floor(e.expiresAt / 1000) : null,
    jti: str(e.jti) ?? null,
    createdAt: e.issuedAt,
    blacklist: { state: e.revoked === true ? 'blacklisted' : 'none' },
    params: { audience, scopes },
  };
}

export const migration002: Migration = {
  version: 2,
  name: 'profiles and ledger',
  async up(local) {
    const keys = [PROFILES, VAULT, LEDGER, QUARANTINE];
    const got = await local.get(keys);
    const quarantine: unknown[] = Array.isArray(got[QUARANTINE]) ? [...(got[QUARANTINE] as unknown[])] : [];
    const q0 = quarantine.length;

    const writes: Record<string, unknown> = {};

    // 1. vault: add `mode` (passphrase if it has KDF params, else none).
    const vault = got[VAULT];
    const sealedIds = new Set(isObj(vault) && isObj(vault.sealed) ? Object.keys(vault.sealed) : []);
    if (isObj(vault) && vault.mode === undefined) {
      const mode = isObj(vault.kdf) && isObj(vault.verifier) ? 'passphrase' : 'none';
      writes[VAULT] = { ...vault, mode, sealed: isObj(vault.sealed) ? vault.sealed : {} };
    }

    // 2. profiles: map → array.
    const profiles = got[PROFILES];
    if (isObj(profiles)) {
      const out: Profile[] = [];
      for (const [id, p] of Object.entries(profiles)) {
        const converted = profileFromV1(id, p, sealedIds);
        if (converted) out.push(converted);
        else quarantine.push({ item: 'profiles', id, value: p });
      }
      writes[PROFILES] = out.sort((a, b) => a.createdAt - b.createdAt);
    }

    // 3. ledger: v1 entries → v2 entries (v2 ones are kept as they are).
    const ledger = got[LEDGER];
    if (Array.isArray(ledger) && ledger.some((e) => !isLedgerEntry(e))) {
      const out: LedgerEntry[] = [];
      for (const e of ledger) {
        const converted = isLedgerEntry(e) ? e : entryFromV1(e);
        if (converted) out.push(converted);
        else quarantine.push({ item: 'ledger', value: e });
      }
      writes[LEDGER] = out.sort((a, b) => a.createdAt - b.createdAt);
    }

    // Quarantine first (de-duplicated, so a resumed run adds nothing twice), then one item per write.
    const seen = new Set<string>();
    const merged = quarantine.filter((x) => !seen.has(JSON.stringify(x)) && !!seen.add(JSON.stringify(x)));
    if (merged.length !== q0) await local.set({ [QUARANTINE]: merged });
    for (const [key, value] of Object.entries(writes)) await local.set({ [key]: value });
  },
};
