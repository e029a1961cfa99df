// Request-log redaction for the emulator (Node only): the log and console must never hold a client secret,
// token or Authorization value in clear (SECURITY B5 #49), even though everything here is demo data.
const SECRET_KEY = /secret|password|assertion|^(access_|id_|refresh_)?token$|^code(_verifier)?$|authorization/i;
const MAX = 200;

function summarize(key: string, v: unknown): unknown {
  if (SECRET_KEY.test(key)) return '[redacted]';
  if (typeof v === 'string') {
    // A bare JWT anywhere (e.g. a token pasted into another field) is reduced to its length.
    if (/^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(v)) return `[jwt ${v.length} chars]`;
    return v.length > MAX ? `${v.slice(0, MAX)}…(${v.length} chars)` : v;
  }
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return `[array ${v.length}]`;
  return '[object]';
}

export function redactRecord(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = summarize(k, v);
  return out;
}

export function redactQuery(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) out[k] = String(summarize(k, v));
  return out;
}
