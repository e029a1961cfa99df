// One human line per header parameter and claim, for the decoded-token view (popup, inspector tab).
// Pure TypeScript, runs in every extension context; output is plain text that the UI renders as text (B1.18).
// Sources: RFC 7515/7519/9068, OIDC Core, shared/auth0/FACTS.md §2–§5 (cited inline).
import { escapeInvisible } from './invisible';
import { audiences, CURRENT_USER_SCOPES, isLegacyScopesObject } from './kind';
import { analyzeNumericDate, formatLocalAndUtc, formatRelative } from './time';

export type ClaimCategory = 'registered' | 'oidc' | 'auth0' | 'namespaced' | 'custom' | 'header';

export interface ClaimExplanation {
  readonly key: string;
  /** The key with invisible characters escaped. */
  readonly displayKey: string;
  readonly value: unknown;
  /** The value as text: invisible characters escaped, lossy numbers as written in the token. */
  readonly display: string;
  readonly explanation: string;
  readonly category: ClaimCategory;
  readonly warnings: readonly string[];
  /** Key or value contained invisible/bidi characters (B1.18). */
  readonly suspicious: boolean;
  /** A synthetic line about a claim that is missing (jti). */
  readonly absent?: boolean;
}

export interface ExplainContext {
  /** Seconds since the epoch, for "expires in". */
  readonly now?: number;
  /** From DecodedToken.lossyNumbers: shows the raw literal instead of the rounded double (B1.19). */
  readonly lossyNumbers?: readonly { readonly path: string; readonly raw: string; readonly segment: 'header' | 'payload' }[];
}

type Obj = Readonly<Record<string, unknown>>;
type Line = { explanation: string; category: ClaimCategory; warnings?: string[] };

const NEVER_TRUSTED = 'never fetched nor trusted: keys come only from the tenant JWKS';
const HEADER: Record<string, (v: unknown) => Line> = {
  alg: (v) => ({
    explanation: `signature algorithm ${String(v)}${ownGet(ALG, String(v)) ? `: ${ownGet(ALG, String(v))}` : ''}`,
    category: 'header',
    warnings: typeof v === 'string' && v.toLowerCase() === 'none' ? ['UNSIGNED: anyone could have written this token'] : [],
  }),
  typ: (v) => ({ explanation: /at\+jwt$/i.test(String(v)) ? 'type: an RFC 9068 JWT access token' : 'media type of the token', category: 'header' }),
  kid: () => ({ explanation: 'key id: which key of the issuer JWKS signed the token (used only as an opaque lookup key)', category: 'header' }),
  cty: () => ({ explanation: 'content type: "JWT" means the payload is itself a JWT (nested)', category: 'header' }),
  crit: () => ({ explanation: 'critical extensions a verifier must understand', category: 'header', warnings: ['unsupported critical extension, cannot be verified'] }),
  b64: (v) => ({ explanation: 'RFC 7797 unencoded payload option', category: 'header', warnings: v === false ? ['b64:false: cannot be verified here'] : [] }),
  enc: () => ({ explanation: 'content encryption algorithm (JWE)', category: 'header' }),
  zip: () => ({ explanation: 'compression applied before encryption (JWE)', category: 'header' }),
  jku: () => ({ explanation: `URL of a key set: ${NEVER_TRUSTED}`, category: 'header', warnings: ['key location embedded in the token is ignored'] }),
  x5u: () => ({ explanation: `URL of a certificate: ${NEVER_TRUSTED}`, category: 'header', warnings: ['key location embedded in the token is ignored'] }),
  jwk: () => ({ explanation: `embedded public key: ${NEVER_TRUSTED}`, category: 'header', warnings: ['embedded key is ignored'] }),
  x5c: () => ({ explanation: `embedded certificate chain: ${NEVER_TRUSTED}`, category: 'header', warnings: ['embedded certificate is ignored'] }),
  x5t: () => ({ explanation: 'SHA-1 thumbprint of the signing certificate', category: 'header' }),
  'x5t#S256': () => ({ explanation: 'SHA-256 thumbprint of the signing certificate', category: 'header' }),
};

const ALG: Record<string, string> = {
  RS256: 'RSA signature with SHA-256 (Auth0 default; checked against the tenant JWKS)',
  HS256: 'HMAC with a shared secret (client secret, or the legacy global secret)',
  PS256: 'RSA-PSS signature with SHA-256',
  ES256: 'ECDSA P-256 signature',
  none: 'no signature',
};

export function explainClaims(header: Obj, payload: Obj | undefined, ctx: ExplainContext = {}): ClaimExplanation[] {
  const out: ClaimExplanation[] = [];
  for (const key of Object.keys(header)) {
    const line = ownGet(HEADER, key)?.(header[key]) ?? { explanation: 'header parameter (not registered)', category: 'header' as const };
    out.push(build(key, header[key], line, 'header', ctx));
  }
  if (payload === undefined) return out;
  for (const key of Object.keys(payload)) out.push(build(key, payload[key], explainClaim(key, payload[key], payload, ctx), 'payload', ctx));
  if (!Object.prototype.hasOwnProperty.call(payload, 'jti')) {
    out.push({
      key: 'jti',
      displayKey: 'jti',
      value: undefined,
      display: '(absent)',
      explanation: 'no jti: Auth0 access tokens carry no jti, so they cannot be blacklisted',
      category: 'registered',
      warnings: [],
      suspicious: false,
      absent: true,
    });
  }
  return out;
}

function build(key: string, value: unknown, line: Line, segment: 'header' | 'payload', ctx: ExplainContext): ClaimExplanation {
  const k = escapeInvisible(key);
  const warnings = [...(line.warnings ?? [])];
  const pointer = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  let text = typeof value === 'string' ? value : stringify(value);
  for (const l of ctx.lossyNumbers ?? []) {
    if (l.segment !== segment) continue;
    if (l.path === pointer) text = l.raw;
    if (l.path === pointer || l.path.startsWith(`${pointer}/`)) warnings.push(`precision lost: the token says ${l.raw}`);
  }
  const v = escapeInvisible(text);
  if (k.changed || v.changed) warnings.push('contains invisible or bidi-control characters (shown escaped)');
  return { key, displayKey: k.text, value, display: v.text, explanation: line.explanation, category: line.category, warnings, suspicious: k.changed || v.changed };
}

function explainClaim(key: string, v: unknown, payload: Obj, ctx: ExplainContext): Line {
  switch (key) {
    case 'iss': {
      const w = typeof v === 'string' && !/^https:\/\/[^/]+\/$/.test(v) ? ['Auth0 issuers look like https://TENANT/ (https, trailing slash)'] : [];
      return { explanation: 'issuer: the Auth0 tenant or custom domain that issued the token', category: 'registered', warnings: w };
    }
    case 'sub':
      return { explanation: explainSub(v), category: 'registered' };
    case 'aud':
      return { explanation: explainAud(payload), category: 'registered' };
    case 'exp':
    case 'nbf':
    case 'iat':
      return explainDate(key, v, ctx.now);
    case 'jti':
      return { explanation: 'unique token id: with aud, what the legacy blacklist endpoint needs', category: 'registered' };
    case 'azp':
      return { explanation: 'authorized party: the client id the token was issued to', category: 'oidc' };
    case 'gty':
      return { explanation: `grant type used (Auth0): ${String(v)}; present for client-credentials, password and refresh_token`, category: 'auth0' };
    case 'scope': {
      const n = typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : [];
      const cu = n.filter((s) => CURRENT_USER_SCOPES.includes(s));
      const w = cu.length ? [`current_user scopes (${cu.join(', ')}) act only on the token's own user`] : [];
      return { explanation: `scopes granted to the client (space-separated): ${n.length} scope${n.length === 1 ? '' : 's'}`, category: 'registered', warnings: w };
    }
    case 'permissions':
      return {
        explanation:
          'RBAC permissions of the user or client, added when "Add Permissions in the Access Token" is on for the API; unlike scope, not narrowed to what the client requested',
        category: 'auth0',
      };
    case 'scopes':
      if (isLegacyScopesObject(v)) return { explanation: `legacy APIv2 scopes object, meaning: ${legacyScopes(v).join(' ')}`, category: 'auth0' };
      return { explanation: 'custom claim', category: 'custom' };
    case 'org_id':
    case 'org_name':
      return { explanation: `Auth0 Organization ${key === 'org_id' ? 'id' : 'name'} the user logged in through`, category: 'auth0' };
    case 'client_id':
      return { explanation: 'client the token was issued to (RFC 9068)', category: 'registered' };
    case 'picture': {
      const w = typeof v === 'string' && !v.startsWith('https:') ? ['not an https URL: shown as text, never as a link'] : [];
      return { explanation: 'profile picture URL', category: 'oidc', warnings: w };
    }
    case 'updated_at':
      return { explanation: 'when the user profile was last updated', category: 'oidc' };
    case 'auth_time':
      return { ...explainDate('auth_time', v, undefined), category: 'oidc', explanation: `when the user authenticated: ${dateText(v)}` };
    default:
      const oidc = ownGet(OIDC, key);
      if (oidc !== undefined) return { explanation: oidc, category: 'oidc' };
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(key) || key.includes('/')) {
        return { explanation: 'namespaced custom claim added by an Action (or a Rule)', category: 'namespaced' };
      }
      return { explanation: 'custom claim', category: 'custom' };
  }
}

const OIDC: Record<string, string> = {
  nonce: 'nonce echoed from the login request: marks an ID token',
  at_hash: 'hash of the access token issued alongside this ID token',
  c_hash: 'hash of the authorization code issued alongside this ID token',
  sid: 'session id of the user login session',
  acr: 'authentication context class reference',
  amr: 'authentication methods used (e.g. mfa)',
  email: 'email address of the user',
  email_verified: 'whether the email address was verified',
  name: 'full name of the user',
  nickname: 'nickname of the user',
  given_name: 'given name of the user',
  family_name: 'family name of the user',
  locale: 'locale of the user',
};

function explainSub(v: unknown): string {
  if (typeof v !== 'string') return 'subject';
  if (v.endsWith('@clients')) return `subject: the machine-to-machine client ${v.slice(0, -8)} (client credentials)`;
  const bar = v.indexOf('|');
  if (bar > 0) {
    const provider = v.slice(0, bar);
    return provider === 'auth0'
      ? 'subject: a user of a database connection (auth0|…)'
      : `subject: a user whose identity comes from the ${provider} connection`;
  }
  return 'subject: who the token is about';
}

function explainAud(payload: Obj): string {
  const parts = audiences(payload).map((a) => {
    if (/^https:\/\/[^/]+\/api\/v2\/$/.test(a)) return `${a} is the Auth0 Management API of that tenant`;
    if (/^https:\/\/[^/]+\/userinfo$/.test(a)) return `${a} is the /userinfo endpoint (added by the openid scope)`;
    if (/^[A-Za-z0-9_-]{16,64}$/.test(a)) return `${a} looks like a client id (ID token, or legacy APIv2 global client)`;
    return `${a} is an API identifier`;
  });
  return `audience: ${parts.length ? parts.join('; ') : 'not a string or array of strings'}`;
}

function explainDate(key: string, v: unknown, now: number | undefined): Line {
  const name = key === 'exp' ? 'expires' : key === 'nbf' ? 'not valid before' : 'issued at';
  const d = analyzeNumericDate(v);
  let text = dateText(v);
  if (key === 'exp' && d.status === 'ok' && now !== undefined) text += ` (${formatRelative(d.seconds - now)})`;
  if (key === 'exp' && d.status !== 'ok') text += ' (expiry unknown)';
  return { explanation: `${name}: ${text}`, category: 'registered', warnings: d.status === 'absent' ? [] : [...d.warnings] };
}

function dateText(v: unknown): string {
  const d = analyzeNumericDate(v);
  if (d.status !== 'ok') return d.status === 'absent' ? 'absent' : `${d.raw}, ${d.status.replace(/-/g, ' ')}`;
  const t = formatLocalAndUtc(d.ms);
  return `${t.utc} (local ${t.local})`;
}

/** `{users: {actions: ['read']}}` → `['read:users']` (FACTS §3: "action:entity"). */
function legacyScopes(v: Record<string, { actions: unknown[] }>): string[] {
  const out: string[] = [];
  for (const entity of Object.keys(v)) for (const a of v[entity]?.actions ?? []) if (typeof a === 'string') out.push(`${a}:${entity}`);
  return out;
}

export function scopesFromToken(payload: Obj | undefined): { scopes: string[]; source: 'scope' | 'permissions' | 'scopes-object' | 'none' } {
  const p = payload ?? {};
  const own = (k: string): unknown => (Object.prototype.hasOwnProperty.call(p, k) ? p[k] : undefined);
  const scope = own('scope');
  if (typeof scope === 'string') return { scopes: scope.split(/\s+/).filter(Boolean), source: 'scope' };
  const perms = own('permissions');
  if (Array.isArray(perms)) return { scopes: perms.filter((x): x is string => typeof x === 'string'), source: 'permissions' };
  const legacy = own('scopes');
  if (isLegacyScopesObject(legacy)) return { scopes: legacyScopes(legacy), source: 'scopes-object' };
  return { scopes: [], source: 'none' };
}

/** Lookup that ignores Object.prototype: keys such as "constructor" or "__proto__" come from the token (B1.11). */
function ownGet<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function stringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return '(not displayable)';
  }
}
