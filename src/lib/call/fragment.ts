// The inspector's "Try it" fragment (issue 15): `try=1&method=GET&path=/api/v2/users/{id}&tenant=demo.us.auth0.com`,
// written by the background for a reference page's request and read by the inspector tab. Metadata only: a
// token or a secret never travels in a URL (SECURITY B4.39). Read strictly: anything odd yields null. Pure.
import { CALL_METHODS, type CallMethod } from './request';

const TEMPLATE = /^\/api\/v2\/[A-Za-z0-9_{}/.-]{1,290}$/;
const HOST = /^[a-z0-9.-]{1,253}$/;

export function tryFragment(req: { method: string; template: string; tenant?: string }): string {
  const q = new URLSearchParams({ try: '1', method: req.method, path: req.template });
  if (req.tenant) q.set('tenant', req.tenant);
  return q.toString();
}

export function parseTryFragment(hash: string): { method: CallMethod; path: string; tenant?: string } | null {
  if (!hash.startsWith('try=')) return null;
  const q = new URLSearchParams(hash);
  const method = q.get('method') as CallMethod | null;
  const path = q.get('path');
  const tenant = q.get('tenant');
  if (q.get('try') !== '1' || !method || !CALL_METHODS.includes(method) || !path || !TEMPLATE.test(path)) return null;
  return { method, path, ...(tenant && HOST.test(tenant) ? { tenant } : {}) };
}
