// Redaction of secrets, tokens and Authorization values from any text or record before it reaches a log, an
// error message or the UI (SECURITY B5.49). Pure. The key list follows node-auth0's sanitizer
// (`/password|secret|authorization/i` on keys) extended with the OAuth token fields it also hides:
// client_secret, authorization, access_token, id_token, refresh_token, password, client_assertion, code.

export const REDACTED = '[redacted]';

/** Keys whose values are never shown (node-auth0: password|secret|authorization; plus token fields). */
export const SECRET_KEY = /password|secret|authorization|assertion|^(access_|id_|refresh_)?token$|^code(_verifier)?$|passphrase|api[_-]?key/i;

const JWT = /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g; // compact JWS/JWT
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
// `key=value`, `"key":"value"`, `key: value` for secret-ish keys (form bodies, JSON, headers in text).
const KV = /(["']?)([A-Za-z_][\w-]*)\1(\s*[:=]\s*)(["']?)([^"'&\s,}]+)\4/g;

/** Replaces secret-bearing parts of free text. Also removes every `known` value (e.g. the secrets in play). */
export function redactText(text: string, known: readonly string[] = []): string {
  let out = text;
  for (const k of known) if (k && k.length >= 4) out = out.split(k).join(REDACTED);
  out = out.replace(JWT, REDACTED).replace(BEARER, (_m, scheme: string) => `${scheme} ${REDACTED}`);
  out = out.replace(KV, (m, q: string, key: string, sep: string, vq: string) =>
    SECRET_KEY.test(key) ? `${q}${key}${q}${sep}${vq}${REDACTED}${vq}` : m,
  );
  return out;
}

/** A redacted deep copy of a record (depth-limited, cycle-safe): secret keys hidden, strings scrubbed. */
export function redactRecord(value: unknown, known: readonly string[] = [], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value, known);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 8 || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactRecord(v, known, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // Object.defineProperty: a key named __proto__ stays an own key and pollutes nothing.
    Object.defineProperty(out, k, {
      value: SECRET_KEY.test(k) ? REDACTED : redactRecord(v, known, depth + 1, seen),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Text safe for a log line from anything thrown: its message only, redacted. */
export function safeErrorText(err: unknown, known: readonly string[] = []): string {
  const msg = err instanceof Error ? `${err.name}: ${err.message}` : typeof err === 'string' ? err : 'non-error value';
  return redactText(msg, known).slice(0, 500);
}

/** `abcd…wxyz` (first/last 4) for a token or id shown masked; short values are fully masked. */
export function mask(value: string): string {
  return value.length <= 16 ? '•'.repeat(8) : `${value.slice(0, 4)}…${value.slice(-4)}`;
}
