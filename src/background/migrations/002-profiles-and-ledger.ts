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
import { MINT_ITEMS } from '../../shared/storage-items/mint';
import type { Profile } from '../../lib/profiles/profile';
import { isLedgerEntry, type LedgerEntry, type MintMode } from '../../lib/mint/ledger';
import type { Migration } from './types';

const QUARANTINE = 'quarantine:002';
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
    const keys = [MINT_ITEMS.profiles.key, MINT_ITEMS.vault.key, MINT_ITEMS.ledger.key, QUARANTINE];
    const got = await local.get(keys);
    const quarantine: unknown[] = Array.isArray(got[QUARANTINE]) ? [...(got[QUARANTINE] as unknown[])] : [];
    const q0 = quarantine.length;

    const writes: Record<string, unknown> = {};

    // 1. vault: add `mode` (passphrase if it has KDF params, else none).
    const vault = got[MINT_ITEMS.vault.key];
    const sealedIds = new Set(isObj(vault) && isObj(vault.sealed) ? Object.keys(vault.sealed) : []);
    if (isObj(vault) && vault.mode === undefined) {
      const mode = isObj(vault.kdf) && isObj(vault.verifier) ? 'passphrase' : 'none';
      writes[MINT_ITEMS.vault.key] = { ...vault, mode, sealed: isObj(vault.sealed) ? vault.sealed : {} };
    }

    // 2. profiles: map → array.
    const profiles = got[MINT_ITEMS.profiles.key];
    if (isObj(profiles)) {
      const out: Profile[] = [];
      for (const [id, p] of Object.entries(profiles)) {
        const converted = profileFromV1(id, p, sealedIds);
        if (converted) out.push(converted);
        else quarantine.push({ item: 'profiles', id, value: p });
      }
      writes[MINT_ITEMS.profiles.key] = out.sort((a, b) => a.createdAt - b.createdAt);
    }

    // 3. ledger: v1 entries → v2 entries (v2 ones are kept as they are).
    const ledger = got[MINT_ITEMS.ledger.key];
    if (Array.isArray(ledger) && ledger.some((e) => !isLedgerEntry(e))) {
      const out: LedgerEntry[] = [];
      for (const e of ledger) {
        const converted = isLedgerEntry(e) ? e : entryFromV1(e);
        if (converted) out.push(converted);
        else quarantine.push({ item: 'ledger', value: e });
      }
      writes[MINT_ITEMS.ledger.key] = out.sort((a, b) => a.createdAt - b.createdAt);
    }

    // Quarantine first (de-duplicated, so a resumed run adds nothing twice), then one item per write.
    const seen = new Set<string>();
    const merged = quarantine.filter((x) => !seen.has(JSON.stringify(x)) && !!seen.add(JSON.stringify(x)));
    if (merged.length !== q0) await local.set({ [QUARANTINE]: merged });
    for (const [key, value] of Object.entries(writes)) await local.set({ [key]: value });
  },
};
