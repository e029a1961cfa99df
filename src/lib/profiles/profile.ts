// Profiles (issue #4): a tenant (canonical domain + optional custom domain), a label, an environment tag and
// which credentials exist. Pure. The Profile object never holds a secret: secrets live in the vault under the
// profile id (ProfileSecrets) and `profileSummary()` is the public view that may reach content scripts.
import type { SecretEncoding } from '../mint/hs256';
import { parseTenantDomain, type TenantDomain } from '../domain';

export type Environment = 'development' | 'staging' | 'production';
export const ENVIRONMENTS: readonly Environment[] = ['development', 'staging', 'production'];

export interface Profile {
  id: string;
  label: string;
  /** Canonical tenant domain, e.g. `demo.us.auth0.com` (strict, SECURITY B3.33). */
  domain: string;
  /** Custom domain: requests go there; the Management API audience stays canonical (FACTS §8). */
  customDomain?: string;
  environment: Environment;
  clientId?: string;
  hs256: {
    /** A custom API signed HS256 with its own signing secret. */
    customApi: { audience: string; subject?: string; secretEncoding: SecretEncoding } | null;
    /** Legacy APIv2 tokens (FACTS §3) with the tenant's global client. */
    legacy: { globalClientId: string; secretEncoding: SecretEncoding } | null;
  };
  /** Further legacy global client ids the user said belong to this tenant (issue #12: legacy tokens carry no iss). */
  globalClientIds?: string[];
  /** Which secrets the vault holds for this profile (booleans only). */
  hasSecret: { client: boolean; customApi: boolean; legacy: boolean };
  /** Exact-scope minting (issue #11): per audience, a machine-to-machine application that exists only for Token
   *  Workbench, whose client grant is set to exactly the picked scopes before each mint (FACTS §1, §9).
   *  Absent on profiles saved before state v4 (migration 004 adds it). */
  mintingApps?: MintingApp[];
  createdAt: number;
  updatedAt: number;
}

export interface MintingApp {
  audience: string;
  clientId: string;
  /** The app's `subject_type: client` grant for `audience` (FACTS §9), PATCHed before each exact mint. */
  grantId: string;
  name: string;
  /** True when Token Workbench created the app; false when the user picked an existing one. */
  created: boolean;
  /** The vault holds its client secret (false after "Forget all secrets"). */
  hasSecret: boolean;
  setupAt: number;
}

export interface ProfileSecrets {
  clientSecret?: string;
  apiSecret?: string;
  globalClientSecret?: string;
  /** Client secrets of the profile's minting apps, by client id. */
  mintingApps?: Record<string, string>;
}

/** The public, secret-free view (message `profiles.list`; content scripts may receive it). */
export interface ProfileSummary {
  id: string;
  label: string;
  domain: string;
  customDomain?: string;
  environment: Environment;
  clientId?: string;
  canClientCredentials: boolean;
  hs256: { customApi: { audience: string } | null; legacy: boolean };
  /** Audiences with a usable minting app: exact-scope minting is offered for these (issue #11). */
  exactAudiences: string[];
}

export function profileSummary(p: Profile): ProfileSummary {
  return {
    id: p.id,
    label: p.label,
    domain: p.domain,
    ...(p.customDomain ? { customDomain: p.customDomain } : {}),
    environment: p.environment,
    ...(p.clientId ? { clientId: p.clientId } : {}),
    canClientCredentials: !!p.clientId && p.hasSecret.client,
    hs256: {
      customApi: p.hs256.customApi && p.hasSecret.customApi ? { audience: p.hs256.customApi.audience } : null,
      legacy: !!p.hs256.legacy && p.hasSecret.legacy,
    },
    exactAudiences: (p.mintingApps ?? []).filter((a) => a.hasSecret).map((a) => a.audience),
  };
}

/** The profile's minting app for an audience, if any. */
export function mintingAppFor(p: Pick<Profile, 'mintingApps'>, audience: string): MintingApp | undefined {
  return (p.mintingApps ?? []).find((a) => a.audience === audience);
}

export type DomainCheck = { ok: true; host: string } | { ok: false; reason: string };

/** Reason text of the shared domain parser, with the punycode shown for IDN/homoglyph input (SECURITY B3.33). */
function refusal(d: Extract<TenantDomain, { ok: false }>): DomainCheck {
  return { ok: false, reason: `${d.detail}${d.punycode ? ` (it reads as ${d.punycode})` : ''}` };
}

/** A canonical Auth0 tenant domain: `TENANT.auth0.com` or `TENANT.REGION.auth0.com` (FACTS §6), via src/lib/domain. */
export function checkCanonicalDomain(raw: string): DomainCheck {
  const d = parseTenantDomain(raw, { allowCustom: false });
  if (!d.ok) return refusal(d);
  if (d.kind !== 'auth0' || d.host.startsWith('manage.')) return { ok: false, reason: 'must be your tenant domain, e.g. TENANT.us.auth0.com' };
  return { ok: true, host: d.host };
}

/** A custom domain (FACTS §8): any strict host that is not under auth0.com. */
export function checkCustomDomain(raw: string): DomainCheck {
  const d = parseTenantDomain(raw);
  if (!d.ok) return refusal(d);
  if (d.kind !== 'custom') return { ok: false, reason: 'a custom domain is your own domain, not *.auth0.com' };
  return { ok: true, host: d.host };
}

/** `https://HOST/*` — the optional host permission a custom domain needs (SECURITY B3.33). */
export const originPattern = (host: string) => `https://${host}/*`;

/** Label: trimmed, no control or bidi characters, 1–80 characters. */
export function cleanLabel(raw: string): string | null {
  const s = raw.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return s.length >= 1 && s.length <= 80 ? s : null;
}

/** Auth0 client ids: 32 characters of [A-Za-z0-9] in practice; accept a slightly wider safe set. */
export const CLIENT_ID = /^[A-Za-z0-9_-]{8,128}$/;
