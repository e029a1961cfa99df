// Test doubles for the Terminate service (issue #6): a scripted Management API (`fakeApi`), an in-memory
// ledger, profile list and vault, a token service that returns fixed management tokens, and a record of the
// senders counted as activity. Runs in vitest.
import type { MgmtFetch } from '../../../src/lib/auth0/management-api';
import type { LedgerEntry, BlacklistState } from '../../../src/lib/mint/ledger';
import type { Profile, ProfileSecrets } from '../../../src/lib/profiles/profile';
import type { TerminateDeps } from '../../../src/background/terminate/deps';
import type { SenderInfo } from '../../../src/background/router';

export interface Call {
  method: string;
  url: string;
  body?: string;
  auth: string;
}
export type Route = (call: Call) => { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

export function fakeApi(route: Route) {
  const calls: Call[] = [];
  const fetch: MgmtFetch = async (url, init) => {
    const call = { method: init.method, url, ...(init.body !== undefined ? { body: init.body } : {}), auth: init.headers.authorization ?? '' };
    calls.push(call);
    const out = route(call);
    if (out === 'hang') {
      return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    const text = out.body === undefined ? '' : JSON.stringify(out.body);
    const headers = new Map(Object.entries({ 'content-type': 'application/json; charset=utf-8', ...(out.headers ?? {}) }).map(([k, v]) => [k.toLowerCase(), v]));
    return { status: out.status, headers: { get: (n: string) => headers.get(n.toLowerCase()) ?? null }, text: async () => text };
  };
  return { fetch, calls };
}

export function profile(over: Partial<Profile> = {}): Profile {
  return {
    id: 'p1',
    label: 'Demo',
    domain: 'demo.us.auth0.com',
    environment: 'development',
    clientId: 'clientAAAAAAAAAAAAAAAAAAAAAAAAAAA1',
    hs256: { customApi: null, legacy: { globalClientId: 'GlobalClient0000000000000000005', secretEncoding: 'base64url' } },
    hasSecret: { client: true, customApi: false, legacy: true },
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

export function entry(over: Partial<LedgerEntry> & { id: string }): LedgerEntry {
  return {
    profileId: 'p1',
    mode: 'hs256-legacy',
    aud: 'GlobalClient0000000000000000005',
    scopes: ['read:users'],
    requestedScopes: ['read:users'],
    iat: 1_700_000_000,
    exp: 4_000_000_000,
    jti: `jti-${over.id}`,
    createdAt: 0,
    blacklist: { state: 'none' },
    params: { scopes: ['read:users'] },
    ...over,
  };
}

export function makeDeps(fetch: MgmtFetch, opts: { profiles?: Profile[]; ledger?: LedgerEntry[]; granted?: string[]; secrets?: Record<string, ProfileSecrets> } = {}) {
  const profiles = opts.profiles ?? [profile()];
  const ledger = opts.ledger ?? [];
  const states: Record<string, BlacklistState[]> = {};
  const mints: unknown[] = [];
  /** Client secrets written to the vault, in order. */
  const stored: string[] = [];
  const secrets: Record<string, ProfileSecrets> = { ...opts.secrets };
  /** Senders counted as activity, in order. */
  const activity: SenderInfo[] = [];
  const deps: TerminateDeps = {
    profiles: {
      all: async () => profiles,
      require: async (id) => {
        const p = profiles.find((x) => x.id === id);
        if (!p) throw new Error('no profile');
        return p;
      },
      put: async (p) => void profiles.splice(profiles.findIndex((x) => x.id === p.id), 1, p),
    },
    ledger: {
      entries: async () => ledger,
      setBlacklist: async (id, state) => {
        (states[id] ??= []).push(state);
        return ledger.some((e) => e.id === id);
      },
    },
    tokens: {
      mint: async (req) => {
        mints.push(req);
        return { ledgerId: `mgmt-${req.mode}`, token: `mgmt.${req.mode}.token`, mode: req.mode, expiresAt: null, requestedScopes: req.scopes, grantedScopes: opts.granted ?? ['blacklist:tokens'], fromCache: false, warnings: [] };
      },
    },
    vault: {
      getSecrets: async (id) => ({ ...secrets[id] }),
      putSecrets: async (id, s) => {
        if (s.clientSecret) stored.push(s.clientSecret);
        secrets[id] = s;
      },
    },
    active: async (sender) => void activity.push(sender),
    fetch,
    sleep: async () => undefined,
    timeoutMs: 50,
    newId: () => 'job1',
  };
  return { deps, states, mints, stored, ledger, secrets, activity, profiles };
}
