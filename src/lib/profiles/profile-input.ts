// Turns a `profiles.save` payload into a Profile plus the secrets to put in the vault (issue #4). Pure. Domain
// input is strict (SECURITY B3.33); HS256 modes need an explicit acknowledgement of the risk (SECURITY B3.29);
// an omitted secret keeps the stored one when the same credential stays configured.
import { appError } from '../errors';
import type { SecretEncoding } from '../mint/hs256';
import { checkCanonicalDomain, checkCustomDomain, cleanLabel, CLIENT_ID, type Environment, type Profile, type ProfileSecrets } from './profile';

export interface ProfileInput {
  id?: string;
  label: string;
  domain: string;
  customDomain?: string;
  environment: Environment;
  clientId?: string;
  clientSecret?: string;
  hs256CustomApi?: { audience: string; subject?: string; secretEncoding?: SecretEncoding; secret?: string };
  hs256Legacy?: { globalClientId: string; secretEncoding?: SecretEncoding; secret?: string };
  acknowledgeHs256Risk?: boolean;
}

export interface AppliedProfile {
  profile: Profile;
  /** Secrets after the save: kept ones merged with new ones; dropped credentials removed. */
  secrets: ProfileSecrets;
}

const bad = (message: string) => appError('ERR_INVALID_MESSAGE', message);

export function applyProfileInput(input: ProfileInput, existing: { profile: Profile; secrets: ProfileSecrets } | null, now: number, newId: () => string): AppliedProfile {
  const label = cleanLabel(input.label);
  if (!label) throw bad('The label must be 1–80 visible characters.');
  const d = checkCanonicalDomain(input.domain);
  if (!d.ok) throw bad(`Tenant domain refused: ${d.reason}.`);
  let customDomain: string | undefined;
  if (input.customDomain !== undefined && input.customDomain.trim() !== '') {
    const c = checkCustomDomain(input.customDomain);
    if (!c.ok) throw bad(`Custom domain refused: ${c.reason}.`);
    customDomain = c.host;
  }
  const clientId = input.clientId?.trim() || undefined;
  if (clientId && !CLIENT_ID.test(clientId)) throw bad('The client ID has an unexpected format.');
  if (input.clientSecret !== undefined && !clientId) throw bad('A client secret needs a client ID.');
  if ((input.hs256CustomApi || input.hs256Legacy) && input.acknowledgeHs256Risk !== true) {
    throw bad('Local HS256 signing is opt-in: confirm that you read why Auth0 removed it.');
  }
  const legacyId = input.hs256Legacy?.globalClientId.trim();
  if (input.hs256Legacy && !CLIENT_ID.test(legacyId ?? '')) throw bad('The global client ID has an unexpected format.');

  const old = existing?.profile;
  const prev = existing?.secrets ?? {};
  const secrets: ProfileSecrets = {};
  // A secret is kept only while the credential it belongs to is unchanged (same client / audience / global id).
  if (clientId) {
    const kept = old?.clientId === clientId && old.domain === d.host ? prev.clientSecret : undefined;
    const s = input.clientSecret ?? kept;
    if (s) secrets.clientSecret = s;
  }
  const api = input.hs256CustomApi;
  if (api) {
    const audience = api.audience.trim();
    if (!audience) throw bad('The custom API identifier is required.');
    const kept = old?.hs256.customApi?.audience === audience ? prev.apiSecret : undefined;
    const s = api.secret ?? kept;
    if (s) secrets.apiSecret = s;
  }
  if (input.hs256Legacy) {
    const kept = old?.hs256.legacy?.globalClientId === legacyId && old?.domain === d.host ? prev.globalClientSecret : undefined;
    const s = input.hs256Legacy.secret ?? kept;
    if (s) secrets.globalClientSecret = s;
  }

  // Minting apps belong to the tenant: they survive an edit of the same tenant, with their secrets (issue #11).
  const sameTenant = old?.domain === d.host;
  const mintingApps = sameTenant ? old?.mintingApps ?? [] : [];
  if (sameTenant && prev.mintingApps && mintingApps.length) secrets.mintingApps = { ...prev.mintingApps };

  const profile: Profile = {
    id: old?.id ?? input.id ?? newId(),
    label,
    domain: d.host,
    ...(customDomain ? { customDomain } : {}),
    environment: input.environment,
    ...(clientId ? { clientId } : {}),
    hs256: {
      customApi: api ? { audience: api.audience.trim(), ...(api.subject ? { subject: api.subject.trim() } : {}), secretEncoding: api.secretEncoding ?? 'utf8' } : null,
      legacy: input.hs256Legacy ? { globalClientId: legacyId!, secretEncoding: input.hs256Legacy.secretEncoding ?? 'base64url' } : null,
    },
    // Remembered global client ids (issue #12) survive an edit of the same tenant.
    ...(old?.globalClientIds?.length && old.domain === d.host ? { globalClientIds: [...old.globalClientIds] } : {}),
    hasSecret: { client: !!secrets.clientSecret, customApi: !!secrets.apiSecret, legacy: !!secrets.globalClientSecret },
    mintingApps,
    createdAt: old?.createdAt ?? now,
    updatedAt: now,
  };
  return { profile, secrets };
}
