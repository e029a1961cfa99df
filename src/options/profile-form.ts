// The profile form's pure model (issue #4): a draft from a stored profile, field checks (the tenant domain
// through parseTenantDomain, SECURITY B3.33: homoglyphs are shown as punycode), and the profiles.save payload.
// An empty secret field means "keep the saved one" (the background never sends secrets back). No DOM.
import { parseTenantDomain } from '../lib/domain';
import type { Environment, Profile } from '../lib/profiles/profile';
import type { RequestOf } from '../shared/messages';

export type Encoding = 'base64url' | 'utf8';

export interface ProfileDraft {
  id?: string;
  label: string;
  domain: string;
  customDomain: string;
  environment: Environment;
  clientId: string;
  clientSecret: string;
  hs256: boolean; // the opt-in (SECURITY B3.29)
  acknowledged: boolean;
  customApi: boolean;
  customAudience: string;
  /** `sub` of custom-API tokens; the backend falls back to the client ID. */
  customSubject: string;
  customSecret: string;
  customEncoding: Encoding;
  legacy: boolean;
  globalClientId: string;
  globalSecret: string;
  legacyEncoding: Encoding;
}

/** What the vault already holds, for "••• saved". */
export interface SavedSecrets {
  client: boolean;
  customApi: boolean;
  legacy: boolean;
}

export const EMPTY_DRAFT: ProfileDraft = {
  label: '', domain: '', customDomain: '', environment: 'development', clientId: '', clientSecret: '',
  hs256: false, acknowledged: false, customApi: false, customAudience: '', customSubject: '', customSecret: '', customEncoding: 'utf8',
  legacy: false, globalClientId: '', globalSecret: '', legacyEncoding: 'base64url',
};

export function draftOf(p: Profile): ProfileDraft {
  const c = p.hs256.customApi;
  const l = p.hs256.legacy;
  return {
    ...EMPTY_DRAFT,
    id: p.id, label: p.label, domain: p.domain, customDomain: p.customDomain ?? '', environment: p.environment, clientId: p.clientId ?? '',
    hs256: !!(c || l), acknowledged: !!(c || l),
    customApi: !!c, customAudience: c?.audience ?? '', customSubject: c?.subject ?? '', customEncoding: c?.secretEncoding ?? 'utf8',
    legacy: !!l, globalClientId: l?.globalClientId ?? '', legacyEncoding: l?.secretEncoding ?? 'base64url',
  };
}

export type Field = 'customSubject' | 'label' | 'domain' | 'customDomain' | 'clientSecret' | 'customAudience' | 'customSecret' | 'globalClientId' | 'globalSecret' | 'acknowledged';
export type Problems = Partial<Record<Field, string>>;

/** A domain problem as the user should read it, with the punycode of a homoglyph. */
export function domainProblem(input: string, kind: 'canonical' | 'custom'): string | undefined {
  if (kind === 'custom' && input.trim() === '') return undefined;
  const d = parseTenantDomain(input);
  if (!d.ok) return `${d.detail}${d.punycode ? ` — it is really “${d.punycode}”` : ''}`;
  if (kind === 'canonical' && d.kind !== 'auth0') return 'enter the canonical tenant domain (TENANT.REGION.auth0.com); put your own domain under “Custom domain”';
  if (kind === 'custom' && d.kind !== 'custom') return 'a custom domain is your own host, not *.auth0.com';
  return undefined;
}

export function check(d: ProfileDraft, saved: SavedSecrets): Problems {
  const p: Problems = {};
  if (!d.label.trim()) p.label = 'Give the profile a label.';
  const dom = domainProblem(d.domain, 'canonical');
  if (dom) p.domain = dom;
  const custom = domainProblem(d.customDomain, 'custom');
  if (custom) p.customDomain = custom;
  if (d.clientSecret && !d.clientId.trim()) p.clientSecret = 'A client secret needs its client ID.';
  if (d.hs256 && (d.customApi || d.legacy) && !d.acknowledged) p.acknowledged = 'Tick the acknowledgement to enable local signing.';
  if (d.hs256 && d.customApi) {
    if (!d.customAudience.trim()) p.customAudience = 'The API identifier (audience) is required.';
    if (!d.customSecret && !saved.customApi) p.customSecret = 'The API signing secret is required.';
    if (!d.customSubject.trim() && !d.clientId.trim()) p.customSubject = 'A subject (sub) is needed when the profile has no client ID.';
  }
  if (d.hs256 && d.legacy) {
    if (!d.globalClientId.trim()) p.globalClientId = 'The global client ID is required.';
    if (!d.globalSecret && !saved.legacy) p.globalSecret = 'The global client secret is required.';
  }
  return p;
}

/** The host whose permission the custom domain needs, or null (SECURITY B3.33). */
export function customHost(d: ProfileDraft): string | null {
  const c = parseTenantDomain(d.customDomain);
  return d.customDomain.trim() && c.ok && c.kind === 'custom' ? c.host : null;
}

export function savePayload(d: ProfileDraft): RequestOf<'profiles.save'> {
  const domain = parseTenantDomain(d.domain);
  const opt = <T>(v: T | '' | undefined) => (v === '' || v === undefined ? undefined : v);
  const payload = {
    id: d.id,
    label: d.label.trim(),
    domain: domain.ok ? domain.host : d.domain.trim(),
    customDomain: customHost(d) ?? undefined,
    environment: d.environment,
    clientId: opt(d.clientId.trim()),
    clientSecret: opt(d.clientSecret),
    hs256CustomApi: d.hs256 && d.customApi ? { audience: d.customAudience.trim(), subject: opt(d.customSubject.trim()), secretEncoding: d.customEncoding, secret: opt(d.customSecret) } : undefined,
    hs256Legacy: d.hs256 && d.legacy ? { globalClientId: d.globalClientId.trim(), secretEncoding: d.legacyEncoding, secret: opt(d.globalSecret) } : undefined,
    acknowledgeHs256Risk: d.hs256 && (d.customApi || d.legacy) ? d.acknowledged : undefined,
  };
  // Absent, not undefined: the message travels by structured clone, and the schema is strict about keys.
  return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, v && typeof v === 'object' ? dropUndefined(v) : v]).filter(([, v]) => v !== undefined)) as RequestOf<'profiles.save'>;
}

function dropUndefined(o: object): object {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
