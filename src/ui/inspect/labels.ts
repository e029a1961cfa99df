// Human labels for verification and time states (issue #3). Pure: no DOM, no extension API, so the wording is
// unit-tested. Signature and time are separate badges (SECURITY B2.22); decoding alone never says "valid"
// (B1.1): an unverified token reads "Signature not verified", an unexpired one "Not expired".
import type { DecodedToken, TimeStatus } from '../../lib/jwt';
import type { VerifyResult } from '../../lib/verify';
import { isAsymmetricAlg, isHmacAlg } from '../../lib/verify/algorithms';
import { JWKS_TIMEOUT_SECONDS } from './constants';

export type Tone = 'ok' | 'bad' | 'warn' | 'neutral';
export interface Label {
  label: string;
  tone: Tone;
  detail: string;
}

/** How this token can be verified: by the background against the issuer JWKS, with a secret the user types, or not. */
export type VerifyMode = 'jwks' | 'hmac' | 'unsigned' | 'encrypted' | 'opaque' | 'unsupported';

export function verifyMode(t: Pick<DecodedToken, 'form' | 'header'>): VerifyMode {
  if (t.form === 'unsecured') return 'unsigned';
  if (t.form === 'jwe') return 'encrypted';
  if (t.form === 'opaque') return 'opaque';
  const alg = t.header['alg'];
  if (typeof alg !== 'string') return 'unsupported';
  if (isHmacAlg(alg)) return 'hmac';
  return isAsymmetricAlg(alg) ? 'jwks' : 'unsupported';
}

const IGNORED: Record<string, string> = {
  'ignored-header-jku': 'the jku header was ignored (never fetched)',
  'ignored-header-x5u': 'the x5u header was ignored (never fetched)',
  'ignored-header-jwk': 'the embedded jwk was ignored',
  'ignored-header-x5c': 'the embedded x5c was ignored',
};

function warningText(w: string): string {
  if (Object.hasOwn(IGNORED, w)) return IGNORED[w] as string;
  if (w.startsWith('weak-key')) return `weak key: ${w.replace(/^weak-key:\s*/, '')}`;
  return w;
}

export function describeVerify(r: VerifyResult): Label {
  switch (r.state) {
    case 'verified': {
      const k = r.key;
      const how =
        k.source === 'jwks'
          ? `with the issuer's key ${k.kid ? `kid "${k.kid}"` : '(no kid)'} (${k.kty}, ${k.alg}) from ${k.jwksUrl}`
          : `with your secret (${k.encoding === 'utf8' ? 'UTF-8' : k.encoding}, ${k.alg})`;
      const extra = r.warnings.map(warningText);
      return { label: k.source === 'secret' ? 'Verified with your secret' : 'Signature verified', tone: 'ok', detail: [how, ...extra].join('; ') };
    }
    case 'signature-invalid':
      return { label: 'Signature invalid', tone: 'bad', detail: r.key.source === 'jwks' ? `checked with kid "${r.key.kid ?? ''}" from ${r.key.jwksUrl}` : 'checked with your secret' };
    case 'no-matching-key': {
      const kids = r.availableKids.length ? `the JWKS has ${r.availableKids.map((k) => `"${k}"`).join(', ')}` : 'the JWKS has no usable key';
      return { label: 'No matching key', tone: 'bad', detail: `no key with kid ${JSON.stringify(r.kid) ?? '(none)'} in ${r.jwksUrl}; ${kids}` };
    }
    case 'multiple-matching-keys':
      return { label: 'Multiple matching keys', tone: 'bad', detail: `${r.count} keys in ${r.jwksUrl} match kid ${JSON.stringify(r.kid) ?? '(none)'}` };
    case 'issuer-not-trusted':
      if (r.askFirst) {
        return {
          label: 'Not verified yet',
          tone: 'neutral',
          detail: `${r.host ?? 'this issuer'}: ${r.reason}. Press Verify to fetch https://${r.host ?? '…'}/.well-known/jwks.json.`,
        };
      }
      return {
        label: 'Issuer not trusted',
        tone: 'bad',
        detail: `${r.host ?? JSON.stringify(r.iss) ?? 'no iss'}: ${r.reason}. No request was made. To verify a custom domain's tokens, add it to a profile and grant its host permission.`,
      };
    case 'jwks-unreachable': {
      const why = r.reason;
      const text =
        why.kind === 'http' ? `HTTP ${why.status}` : why.kind === 'timeout' ? `no answer within ${JWKS_TIMEOUT_SECONDS} s` : why.kind === 'network' ? why.message : `malformed JWKS (${why.detail})`;
      return { label: why.kind === 'malformed' ? 'JWKS malformed' : 'JWKS unreachable', tone: 'warn', detail: `${r.jwksUrl}: ${text}` };
    }
    case 'unsigned':
      return { label: 'UNSIGNED', tone: 'bad', detail: `alg is "${r.alg}": anyone could have written this token` };
    case 'unsupported':
      return { label: 'Unsupported', tone: 'warn', detail: r.detail };
    case 'alg-not-allowed':
      return { label: 'Algorithm not allowed for this key', tone: 'bad', detail: r.reason };
    case 'weak-key':
      return { label: 'Weak key', tone: 'bad', detail: `the issuer's RSA key has ${r.bits} bits (at least 2048 required)` };
    case 'needs-secret':
      return { label: 'Needs a secret', tone: 'neutral', detail: r.reason === 'missing' ? `${r.alg} is verified with a shared secret` : 'the secret is not valid in the chosen encoding' };
    case 'ambiguous':
      return { label: 'Ambiguous token', tone: 'bad', detail: r.reason };
    case 'malformed':
      return { label: 'Malformed', tone: 'bad', detail: r.detail };
  }
}

/** The time badge, from the decoder's time status (claims nobody vouched for unless the signature verified). */
export function describeTime(t: TimeStatus | undefined): Label {
  if (!t) return { label: 'No claims', tone: 'neutral', detail: '' };
  const lee = t.withinLeeway ? ` (within the ${t.leeway} s leeway)` : '';
  switch (t.state) {
    case 'expired':
      return { label: 'Expired', tone: 'bad', detail: `${t.relative ?? 'expired'}${lee}` };
    case 'not-yet-valid':
      return { label: 'Not active yet (nbf)', tone: 'warn', detail: `nbf is in the future${lee}` };
    case 'no-expiry':
      return { label: 'No expiry', tone: 'warn', detail: 'no exp claim: this token never expires' };
    case 'unknown':
      return { label: 'Expiry unknown', tone: 'warn', detail: 'exp is not a usable NumericDate' };
    case 'valid':
      return { label: 'Not expired', tone: 'ok', detail: t.relative ?? '' };
  }
}

/** "3:12:05", "2 d 03:12:05"; the live countdown. */
export function formatCountdown(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.floor(seconds));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hms = `${d ? pad(h) : h}:${pad(m)}:${pad(s % 60)}`;
  return d ? `${d} d ${hms}` : hms;
}
