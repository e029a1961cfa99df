// `call.open` (issue 15): a Management API reference page's "Try it" control asks to open the inspector on an
// endpoint. The content script is untrusted, so only metadata crosses: a method and a path template that must
// be a catalog endpoint (FACTS §5), and optionally the page's tenant (a strict *.auth0.com host). No token, no
// secret: the inspector tab is opened with them in its URL fragment, and the user pastes or mints the token
// there. Rate-limited per tab (a page cannot open tabs in a loop). Runs in the background; the tab opener and
// the clock are injected.
import { appError } from '../../lib/errors';
import type { RequestOf } from '../../shared/messages';
import { findEndpoint } from '../../lib/scopes/catalog';
import { parseTenantDomain } from '../../lib/domain';

export const OPEN_WINDOW_MS = 60_000;
export const OPEN_MAX_PER_WINDOW = 5;
export const OPEN_MIN_GAP_MS = 1_000;

export function createOpenLimiter(now: () => number = Date.now) {
  const opened = new Map<number, number[]>();
  return (tabId: number): boolean => {
    const t = now();
    const recent = (opened.get(tabId) ?? []).filter((x) => t - x < OPEN_WINDOW_MS);
    const last = recent[recent.length - 1];
    if (recent.length >= OPEN_MAX_PER_WINDOW || (last !== undefined && t - last < OPEN_MIN_GAP_MS)) {
      opened.set(tabId, recent);
      return false;
    }
    recent.push(t);
    opened.set(tabId, recent);
    return true;
  };
}

export function checkOpen(req: RequestOf<'call.open'>): { method: string; template: string; tenant?: string } {
  const e = findEndpoint(req.method, req.template);
  if (!e || e.path !== req.template) throw appError('ERR_NOT_FOUND', 'Token Workbench does not know this endpoint.');
  let tenant: string | undefined;
  if (req.tenant !== undefined) {
    const d = parseTenantDomain(req.tenant, { allowCustom: false });
    if (d.ok && d.kind === 'auth0' && d.host === req.tenant) tenant = d.host; // otherwise dropped, not trusted
  }
  return { method: e.method, template: e.path, ...(tenant ? { tenant } : {}) };
}
