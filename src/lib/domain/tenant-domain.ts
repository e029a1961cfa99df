// Parsing a tenant domain typed or pasted by the user (SECURITY B3.33). Output is a bare ASCII host
// that later becomes https://HOST/oauth/token, https://HOST/api/v2/ and a trusted JWKS issuer, so
// anything that could smuggle another host is refused: userinfo (`t.auth0.com@evil.com`), ports,
// paths, queries, fragments, http, IDN homoglyphs (`auth0.cοm` with a Greek ο; the punycode is
// returned so the UI can show what the name really is), and Auth0 look-alikes (`t.auth0.com.evil.com`).
import { isAuth0Host } from '../verify/trust';

export type DomainRejectReason =
  | 'empty' | 'too-long' | 'whitespace' | 'not-https' | 'userinfo' | 'port' | 'path' | 'query' | 'fragment'
  | 'non-ascii' | 'mixed-script' | 'invalid-host' | 'ip-address' | 'auth0-lookalike' | 'auth0-not-a-tenant' | 'not-auth0';

export type TenantDomain =
  | {
      ok: true;
      /** Lowercase ASCII host (punycode form if it ever contains xn-- labels). */
      host: string;
      /** What to show; equal to host because only ASCII input is accepted. */
      display: string;
      /** `auth0`: a tenant under auth0.com; `custom`: any other host (a custom domain, FACTS §8). */
      kind: 'auth0' | 'custom';
      /** For kind auth0: tenant name and region (3-label tenant.auth0.com is `us`, FACTS §6). */
      tenant: string | null;
      region: string | null;
      warnings: ('punycode-label')[];
    }
  | { ok: false; reason: DomainRejectReason; detail: string; /** the IDNA (punycode) form of a non-ASCII host */ punycode?: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Devanagari', 'Georgian', 'Cherokee'];
const SCRIPT_RES = SCRIPTS.map((s) => new RegExp(`\\p{Script=${s}}`, 'u'));

const reject = (reason: DomainRejectReason, detail: string, punycode?: string): TenantDomain =>
  punycode === undefined ? { ok: false, reason, detail } : { ok: false, reason, detail, punycode };

function toPunycode(authority: string): string | undefined {
  try {
    return new URL(`https://${authority}/`).hostname;
  } catch {
    return undefined;
  }
}

/** True when one label mixes letters of two scripts (e.g. Latin `c`,`m` with Greek `ο`). */
function isMixedScript(authority: string): boolean {
  return authority.split('.').some((label) => SCRIPT_RES.filter((re) => re.test(label)).length > 1);
}

export function parseTenantDomain(input: string, opts: { allowCustom?: boolean } = {}): TenantDomain {
  if (typeof input !== 'string') return reject('empty', 'no input');
  const s = input.trim();
  if (s.length === 0) return reject('empty', 'no input');
  if (s.length > 300) return reject('too-long', 'longer than any host name');
  if (/\s/u.test(s)) return reject('whitespace', 'contains whitespace');

  let rest = s;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s);
  if (scheme) {
    if ((scheme[1] as string).toLowerCase() !== 'https') return reject('not-https', `${scheme[1] as string}:// is not allowed; only https`);
    rest = s.slice(scheme[0].length);
  }
  const end = rest.search(/[/?#\\]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const tail = end === -1 ? '' : rest.slice(end);
  if (authority.includes('@')) return reject('userinfo', `"${authority}" has a user part; the real host is after the @`);
  if (authority.startsWith('[')) return reject('ip-address', 'IP literals are not tenant domains');
  if (authority.includes(':')) {
    return /:\d*$/.test(authority) ? reject('port', 'a port is not allowed') : reject('not-https', 'only https:// or a bare host');
  }
  if (tail.startsWith('\\')) return reject('path', 'backslash after the host');
  const path = tail.replace(/[?#].*$/s, '');
  if (path !== '' && path !== '/') return reject('path', `path "${path.slice(0, 100)}" is not allowed`);
  const after = tail.slice(path.length);
  if (after.startsWith('?')) return reject('query', 'a query is not allowed');
  if (after.startsWith('#')) return reject('fragment', 'a fragment is not allowed');

  if (/[^\x00-\x7f]/.test(authority)) {
    const punycode = toPunycode(authority);
    return isMixedScript(authority)
      ? reject('mixed-script', 'a label mixes scripts (homoglyph?)', punycode)
      : reject('non-ascii', 'non-ASCII host; check the punycode form', punycode);
  }
  const host = authority.toLowerCase();
  const labels = host.split('.');
  if (labels.length < 2 || host.length > 253 || !labels.every((l) => LABEL.test(l))) {
    return reject('invalid-host', `"${host.slice(0, 100)}" is not a valid host name`);
  }
  if (/^\d+$/.test(labels[labels.length - 1] as string)) return reject('ip-address', 'IP addresses are not tenant domains');
  const auth0At = labels.findIndex((l, i) => l === 'auth0' && labels[i + 1] === 'com');
  if (auth0At !== -1 && auth0At !== labels.length - 2) {
    return reject('auth0-lookalike', `"${host}" is not under auth0.com; it is a subdomain of ${labels.slice(-2).join('.')}`);
  }
  const kind = isAuth0Host(host) ? 'auth0' : 'custom';
  if (kind === 'custom' && host.endsWith('.auth0.com')) return reject('auth0-not-a-tenant', `${host} is not a tenant domain`);
  if (host === 'auth0.com') return reject('auth0-not-a-tenant', 'auth0.com is not a tenant domain');
  if (kind === 'custom' && opts.allowCustom === false) return reject('not-auth0', `${host} is not under auth0.com`);
  const tenant = kind === 'auth0' ? (labels[0] as string) : null;
  const region = kind === 'auth0' ? (labels.length === 4 ? (labels[1] as string) : 'us') : null;
  return { ok: true, host, display: host, kind, tenant, region, warnings: labels.some((l) => l.startsWith('xn--')) ? ['punycode-label'] : [] };
}

/** The Management API identifier of a canonical tenant domain, `https://DOMAIN/api/v2/` WITH the trailing slash
 *  (FACTS §1: without it → 403). The one place this string is built; no validation (callers hold stored,
 *  already-checked profile domains). */
export const managementApiOf = (canonicalDomain: string): string => `https://${canonicalDomain}/api/v2/`;

/**
 * The Management API audience for a tenant: `https://HOST/api/v2/` WITH the trailing slash (FACTS §1).
 * Throws TypeError for hosts that are not tenant domains: with a custom domain the audience must still
 * be the canonical tenant domain (FACTS §8: otherwise 403 "Service not enabled within domain").
 */
export function canonicalManagementAudience(host: string): string {
  const d = parseTenantDomain(host);
  if (!d.ok || d.host !== host) throw new TypeError('canonicalManagementAudience: expected a lowercase ASCII host');
  if (d.kind !== 'auth0') throw new TypeError('canonicalManagementAudience: use the canonical *.auth0.com tenant domain, not a custom domain');
  return managementApiOf(d.host);
}
