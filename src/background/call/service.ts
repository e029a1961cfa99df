// "Try it" in the background (issue 15): works out where a token may be sent (only the tenant its aud and iss
// name, ../../lib/call/target.ts), checks the request again (the page is not trusted to have done it), asks
// for the confirmation of writes (production profiles: the tenant name), sends ONE request through the
// host-checked fetch adapter (../net.ts) under the shared time-out policy, and records method, path, status
// and time in the session history. No retries: the user sees exactly what Auth0 answered (a 429 shows its
// Retry-After). The token is never logged and never leaves in an error. Runs in the background; deps injected.
import { appError, isAppError } from '../../lib/errors';
import type { RequestOf } from '../../shared/messages';
import type { CallAnswer, CallTargetInfo } from '../../shared/messages/call';
import { mintingAppFor, type Profile } from '../../lib/profiles/profile';
import { tenantName } from '../../lib/profiles/dashboard';
import { decodeToken } from '../../lib/jwt';
import { callTargetOf, profileOfToken, type TenantProfile, type CallTarget } from '../../lib/call/target';
import { callUrl, checkRequest, isWrite } from '../../lib/call/request';
import { expectedScopes, parseAnswerBody, rateHeaders } from '../../lib/call/answer';
import { addToHistory, type CallHistory, type CallHistoryEntry } from '../../lib/call/history';
import { timedFetch, type TimedFetch } from '../../lib/auth0/timed-fetch';
import { DEFAULT_TIMEOUT_MS } from '../../lib/auth0/http-client';
import { managementApiOf } from '../../lib/domain';

export interface CallDeps {
  profiles(): Promise<Profile[]>;
  fetch: TimedFetch;
  readHistory(): Promise<CallHistory>;
  writeHistory(h: CallHistory): Promise<void>;
  now?: () => number;
  timeoutMs?: number;
}

export function tenantProfiles(list: readonly Profile[]): TenantProfile[] {
  return list.map((p) => ({
    id: p.id,
    domain: p.domain,
    environment: p.environment,
    ...(p.customDomain ? { customDomain: p.customDomain } : {}),
    ...(p.clientId ? { clientId: p.clientId } : {}),
    ...(p.hs256.legacy ? { legacyClientId: p.hs256.legacy.globalClientId } : {}),
    ...(p.mintingApps?.length ? { mintingClientIds: p.mintingApps.map((a) => a.clientId) } : {}),
  }));
}

function payloadOf(token: string): Record<string, unknown> | undefined {
  const out = decodeToken(token);
  return out.ok && out.token.payload && typeof out.token.payload === 'object' ? (out.token.payload as Record<string, unknown>) : undefined;
}

function requireTarget(t: CallTarget): Extract<CallTarget, { ok: true }> {
  if (!t.ok) throw appError('ERR_HOST_NOT_ALLOWED', t.reason);
  return t;
}

export function createCallService(deps: CallDeps) {
  const now = deps.now ?? Date.now;
  // One writer of the history per worker: concurrent calls must not lose each other's entries.
  let chain: Promise<void> = Promise.resolve();
  const record = (tenant: string, entry: CallHistoryEntry): Promise<void> =>
    (chain = chain.then(async () => deps.writeHistory(addToHistory(await deps.readHistory(), tenant, entry))).catch(() => undefined));

  return {
    async target({ token }: RequestOf<'call.target'>): Promise<CallTargetInfo> {
      const all = await deps.profiles();
      const payload = payloadOf(token);
      const t = requireTarget(callTargetOf(payload, tenantProfiles(all)));
      const from = profileOfToken(payload, t.canonical, tenantProfiles(all));
      const full = from ? all.find((p) => p.id === from.id) : undefined;
      const exact = !!full && !!mintingAppFor(full, managementApiOf(t.canonical))?.hasSecret; // FACTS §1 audience
      return {
        host: t.host,
        canonical: t.canonical,
        production: t.production,
        profileId: full?.id ?? null,
        profileLabel: full?.label ?? null,
        canRemint: exact || (!!full && !!full.clientId && full.hasSecret.client),
        exact,
      };
    },

    async send(req: RequestOf<'call.send'>): Promise<CallAnswer> {
      const t = requireTarget(callTargetOf(payloadOf(req.token), tenantProfiles(await deps.profiles())));
      const checked = checkRequest(req);
      if (!checked.ok) throw appError('ERR_INVALID_MESSAGE', checked.reason);
      const r = checked.request;
      if (isWrite(r.method)) {
        const expected = t.production ? tenantName(t.canonical) : 'yes';
        if ((req.confirm ?? '').trim() !== expected) {
          throw appError('ERR_INVALID_MESSAGE', t.production ? `Not sent: type the tenant name ${expected} to confirm a ${r.method} on production.` : `Not sent: a ${r.method} needs a confirmation.`);
        }
      }
      const headers: Record<string, string> = { accept: 'application/json' };
      for (const h of r.headers) headers[h.name.toLowerCase()] = h.value;
      headers['authorization'] = `Bearer ${req.token}`; // last: a row can never replace it (checkRequest refuses one anyway)
      if (r.body !== undefined) headers['content-type'] = 'application/json';
      const started = now();
      const at = Date.now();
      try {
        const out = await timedFetch(deps.fetch, callUrl(t.host, r), { method: r.method, headers, ...(r.body !== undefined ? { body: r.body } : {}) }, deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, { outcome: isWrite(r.method) ? 'unknown' : null });
        if (out.kind === 'reset') throw appError('ERR_NETWORK', isWrite(r.method) ? 'The connection to Auth0 was reset: whether the change happened is unknown.' : 'The connection to Auth0 was reset. Try again.');
        const contentType = out.res.headers.get('content-type');
        const body = parseAnswerBody(contentType, out.text);
        await record(t.canonical, { method: r.method, path: r.path, status: out.res.status, at });
        return {
          status: out.res.status,
          durationMs: Math.max(0, Math.round(now() - started)),
          host: t.host,
          contentType,
          rate: rateHeaders((n) => out.res.headers.get(n)),
          body,
          expectedScopes: expectedScopes(out.res.status, body),
          at,
        };
      } catch (err) {
        if (isAppError(err) && err.code !== 'ERR_HOST_NOT_ALLOWED') await record(t.canonical, { method: r.method, path: r.path, status: 0, at });
        throw err;
      }
    },

    async history({ tenant }: RequestOf<'call.history'>): Promise<{ entries: CallHistoryEntry[] }> {
      const all = await deps.readHistory();
      return { entries: Object.hasOwn(all, tenant) ? (all[tenant] ?? []) : [] };
    },
  };
}
