// The token service (issues #4, #11): client-credentials mints through the retry policy, exact-scope mints (the
// minting app's grant set to the picked scopes first, serialized per tenant and audience), local HS256 signing, the
// in-flight dedupe map (two popups pressing Mint → one network call, SECURITY B3.32), the cache (reused until
// 10 s before exp, as node-auth0 does), the rate-limit memo (repeated clicks add no requests, SECURITY B6.50) and
// the ledger record and the granted-scope memory. Secrets come from the vault per call and are never put in an
// error or log. Runs in the background; every dependency is injected so it is unit-tested without a browser.
import { decodeJwt } from 'jose';
import { appError, isAppError } from '../../lib/errors';
import type { MintResult } from '../../shared/messages/mint';
import type { SessionToken } from '../../shared/storage-items/mint';
import { buildTokenRequest, resolveAudience } from '../../lib/auth0/token-request';
import { checkOrganization, organizationOf } from '../../lib/auth0/organizations';
import { requestToken, type TokenResponse } from '../../lib/auth0/http-client';
import type { FetchLike } from '../../lib/auth0/timed-fetch';
import { signCustomApi, signLegacy, type SignedToken } from '../../lib/mint/hs256';
import type { GrantChange, LedgerEntry, MintMode, MintParams } from '../../lib/mint/ledger';
import { mintingAppFor, type Profile } from '../../lib/profiles/profile';
import { compareScopes } from '../../lib/scopes/compare';
import { setGrantScopes } from './grant-setter';
import { createKeyedLock } from './keyed-lock';
import type { ProfilesStore } from '../profiles/profiles-store';
import type { Vault } from '../vault/vault';
import type { LedgerStore } from '../ledger/ledger-store';
import type { GrantedScopes } from './granted-scopes';
import { randomId } from '../../lib/ids';

export const CACHE_LEEWAY_S = 10; // node-auth0's leeway (SECURITY B3.32)

export interface MintRequest extends MintParams {
  profileId: string;
  mode: MintMode;
}

export interface TokenServiceDeps {
  profiles: ProfilesStore;
  vault: Vault;
  ledger: LedgerStore;
  /** The granted-scope memory of ./granted-scopes.ts (absent: nothing is remembered). */
  granted?: Pick<GrantedScopes, 'remember'>;
  fetch: FetchLike;
  now?: () => number;
  randomBytes?: (n: number) => Uint8Array;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  maxWaitMs?: number;
}

const splitScope = (s: unknown) => (typeof s === 'string' ? s.split(/\s+/).filter(Boolean) : []);

export function createTokenService(deps: TokenServiceDeps) {
  const now = deps.now ?? Date.now;
  const randomBytes = deps.randomBytes ?? ((n: number) => crypto.getRandomValues(new Uint8Array(n)));
  const inflight = new Map<string, Promise<MintResult>>();
  const cache = new Map<string, { ledgerId: string } & SessionToken>();
  const rateLimited = new Map<string, { until: number; message: string }>();
  const policy = () => ({ fetch: deps.fetch, now, sleep: deps.sleep, timeoutMs: deps.timeoutMs, maxWaitMs: deps.maxWaitMs });
  const exactLock = createKeyedLock();
  const grantDeps = {
    fetch: deps.fetch,
    now,
    sleep: deps.sleep,
    timeoutMs: deps.timeoutMs,
    // The profile's own client, every scope of its grant, from the cache when it can (one entry for all calls).
    managementToken: async (p: Profile, fresh = false) => (await mintClientCredentials(p, { profileId: p.id, mode: 'client-credentials', scopes: [] }, fresh)).token,
  };

  const requireProfileSecrets = async (p: Profile) => deps.vault.getSecrets(p.id);

  interface Credentials {
    clientId: string;
    clientSecret: string;
  }

  async function profileCredentials(p: Profile): Promise<Credentials> {
    if (!p.clientId) throw appError('ERR_INVALID_MESSAGE', 'This profile has no client ID for client credentials.');
    const { clientSecret } = await requireProfileSecrets(p);
    if (!clientSecret) throw appError('ERR_LOCKED', 'No client secret is stored for this profile. Add it in Options.');
    return { clientId: p.clientId, clientSecret };
  }

  async function callAuth0(p: Profile, audience: string | undefined, scopes: string[], creds?: Credentials, organization?: string): Promise<{ res: TokenResponse; audience: string }> {
    const host = p.customDomain || p.domain;
    const memo = rateLimited.get(host);
    if (memo && memo.until * 1000 > now()) throw appError('ERR_RATE_LIMITED', memo.message, { until: memo.until });
    const { clientId, clientSecret } = creds ?? (await profileCredentials(p));
    const req = buildTokenRequest({ domain: p.domain, customDomain: p.customDomain, clientId, clientSecret, audience, scopes, ...(organization ? { organization } : {}) });
    try {
      const res = await requestToken(req, policy(), { audience: req.audience, canonicalDomain: p.domain, customDomain: p.customDomain, known: [clientSecret] });
      return { res, audience: req.audience };
    } catch (err) {
      if (isAppError(err) && err.code === 'ERR_RATE_LIMITED' && typeof err.detail?.until === 'number') {
        rateLimited.set(host, { until: err.detail.until, message: err.message });
      }
      throw err;
    }
  }

  async function record(p: Profile, mode: MintMode, params: MintParams, aud: string, token: string, iat: number, exp: number | null, jti: string | null, granted: string[], cacheKey: string, grantChange?: GrantChange): Promise<{ ledgerId: string; pruned: number }> {
    const ledgerId = randomId(16, randomBytes);
    const entry: LedgerEntry = { id: ledgerId, profileId: p.id, mode, aud, scopes: granted, requestedScopes: params.scopes, iat, exp, jti, createdAt: now(), blacklist: { state: 'none' }, params, ...(grantChange ? { grantChange } : {}) };
    const pruned = await deps.ledger.add(entry, { token, exp, cacheKey, granted });
    return { ledgerId, pruned };
  }

  async function mintClientCredentials(p: Profile, req: MintRequest, bypassCache: boolean): Promise<MintResult> {
    const audience = resolveAudience({ domain: p.domain, customDomain: p.customDomain, audience: req.audience });
    const scopes = [...new Set(req.scopes)];
    const exact = req.mode === 'exact';
    const app = exact ? mintingAppFor(p, audience) : undefined;
    if (exact && !app) throw appError('ERR_INVALID_MESSAGE', `No minting application is set up for ${audience} on this profile. Set one up in Options → the profile → Exact-scope minting.`);
    if (exact && scopes.length === 0) throw appError('ERR_INVALID_MESSAGE', 'Pick at least one scope: exact mode sets the grant to exactly the picked scopes.');
    const mode: MintMode = exact ? 'exact' : 'client-credentials';
    // The profile's updatedAt is in the key: editing credentials never serves a token minted with the old ones.
    // In exact mode the app is too: a cached token of that app for this very set carries exactly this set.
    // Issue #12: the organization is part of the key (a token for acme is not one for globex).
    const org = checkOrganization(req.organization);
    if (!org.ok) throw appError('ERR_INVALID_MESSAGE', org.reason);
    if (exact && org.value) throw appError('ERR_INVALID_MESSAGE', 'An organization can be sent in client-credentials mode only.');
    const key = [p.id, p.updatedAt, mode, app?.clientId ?? '', audience, [...scopes].sort().join(' '), ...(org.value ? [`org:${org.value}`] : [])].join('|');
    const nowS = () => Math.floor(now() / 1000);
    if (!bypassCache) {
      const hit = cache.get(key) ?? (await fromSession(key));
      if (hit && hit.exp !== null && hit.exp - CACHE_LEEWAY_S > nowS()) {
        await deps.granted?.remember(p.id, audience, { mode, scopes }, hit.granted);
        return { ledgerId: hit.ledgerId, token: hit.token, mode, expiresAt: hit.exp, requestedScopes: scopes, grantedScopes: hit.granted, fromCache: true, warnings: [] };
      }
      const pending = inflight.get(key);
      if (pending) return pending;
    }
    const finish = async (res: TokenResponse, aud: string, grantChange?: GrantChange): Promise<MintResult> => {
      let claims: Record<string, unknown> = {};
      try {
        claims = decodeJwt(res.accessToken) as Record<string, unknown>;
      } catch {
        /* opaque or JWE access token: fall back to the response fields */
      }
      const iat = typeof claims.iat === 'number' ? claims.iat : nowS();
      const exp = typeof claims.exp === 'number' ? claims.exp : nowS() + res.expiresIn;
      const granted = res.scope !== undefined ? splitScope(res.scope) : splitScope(claims.scope);
      // FACTS §2: Auth0 client-credentials tokens carry no jti.
      const jti = typeof claims.jti === 'string' ? claims.jti : null;
      const params: MintParams = { ...(req.audience ? { audience: req.audience } : {}), scopes, ...(org.value ? { organization: org.value } : {}) };
      const { ledgerId, pruned } = await record(p, mode, params, aud, res.accessToken, iat, exp, jti, granted, key, grantChange);
      cache.set(key, { ledgerId, token: res.accessToken, exp, cacheKey: key, granted });
      await deps.granted?.remember(p.id, aud, { mode, scopes }, granted);
      const warnings = [...(res.quota ? [`Quota: ${res.quota}`] : []), ...(pruned ? [`${pruned} old ledger entries were pruned.`] : [])];
      if (exact) {
        // The promise of exact mode is checked, never assumed: a tenant that added scopes shows the difference.
        const { missing, extra } = compareScopes(scopes, granted);
        if (missing.length || extra.length) warnings.unshift(`The token does not carry exactly the picked scopes.${extra.length ? ` Extra: ${extra.join(', ')}.` : ''}${missing.length ? ` Missing: ${missing.join(', ')}.` : ''}`);
      }
      // Issue #12: quota buckets Auth0 reported and the organization the token names (metadata, no secret).
      const extras = { ...(res.quotas ? { quota: res.quotas } : {}), ...(org.value ? { organization: organizationOf(org.value, claims) } : {}) };
      return { ledgerId, token: res.accessToken, mode, expiresAt: exp, requestedScopes: scopes, grantedScopes: granted, fromCache: false, warnings, ...(grantChange ? { grantChange } : {}), ...extras };
    };
    const run = exact
      ? exactLock(`${p.domain}|${audience}`, () => mintExact(p, app!, audience, scopes, finish))
      : callAuth0(p, audience, scopes, undefined, org.value).then(({ res, audience: aud }) => finish(res, aud));
    inflight.set(key, run);
    try {
      return await run;
    } finally {
      inflight.delete(key);
    }
  }

  /** Inside the tenant+audience lock: set the grant, then ask for the token with the minting app (issue #11). */
  async function mintExact(p: Profile, app: NonNullable<ReturnType<typeof mintingAppFor>>, audience: string, scopes: string[], finish: (res: TokenResponse, aud: string, g: GrantChange) => Promise<MintResult>): Promise<MintResult> {
    const secret = (await requireProfileSecrets(p)).mintingApps?.[app.clientId];
    if (!secret) throw appError('ERR_LOCKED', 'The minting app\'s client secret is not in the vault. Set up exact minting again in Options.');
    const sorted = [...scopes].sort();
    await setGrantScopes(grantDeps, p, app, sorted);
    const grantChange: GrantChange = { grantId: app.grantId, clientId: app.clientId, scopes: sorted, at: now() };
    let got: { res: TokenResponse; audience: string };
    try {
      got = await callAuth0(p, audience, scopes, { clientId: app.clientId, clientSecret: secret });
    } catch (err) {
      if (!isAppError(err)) throw err;
      throw appError(err.code, `The minting app's grant now has exactly ${sorted.join(', ')}, but the token request failed: ${err.message}`, err.detail);
    }
    return finish(got.res, got.audience, grantChange);
  }

  /** After a worker restart the memory cache is empty; the session still has the tokens (SECURITY B7.56). */
  async function fromSession(key: string): Promise<({ ledgerId: string } & SessionToken) | undefined> {
    const all = await deps.ledger.tokens();
    const found = Object.entries(all).reverse().find(([, t]) => t.cacheKey === key);
    return found ? { ledgerId: found[0], ...found[1] } : undefined;
  }

  async function mintHs256(p: Profile, req: MintRequest): Promise<MintResult> {
    const secrets = await requireProfileSecrets(p);
    const scopes = [...new Set(req.scopes)];
    const life = { lifetimeSeconds: req.lifetimeSeconds };
    let signed: SignedToken;
    if (req.mode === 'hs256-custom') {
      const api = p.hs256.customApi;
      if (!api) throw appError('ERR_INVALID_MESSAGE', 'Local signing for a custom API is not enabled on this profile.');
      if (!secrets.apiSecret) throw appError('ERR_LOCKED', 'No API signing secret is stored for this profile.');
      signed = await signCustomApi({ domain: p.customDomain || p.domain, clientId: p.clientId, subject: api.subject, audience: req.audience || api.audience, scopes, secret: secrets.apiSecret, secretEncoding: api.secretEncoding, ...life }, { now, randomBytes });
    } else {
      const legacy = p.hs256.legacy;
      if (!legacy) throw appError('ERR_INVALID_MESSAGE', 'Legacy APIv2 signing is not enabled on this profile.');
      if (!secrets.globalClientSecret) throw appError('ERR_LOCKED', 'No global client secret is stored for this profile.');
      signed = await signLegacy({ globalClientId: legacy.globalClientId, globalClientSecret: secrets.globalClientSecret, secretEncoding: legacy.secretEncoding, scopes, ...life }, { now, randomBytes });
    }
    const params: MintParams = { ...(req.audience ? { audience: req.audience } : {}), scopes, ...(req.lifetimeSeconds ? { lifetimeSeconds: req.lifetimeSeconds } : {}) };
    const aud = String(signed.claims.aud);
    const { ledgerId, pruned } = await record(p, req.mode, params, aud, signed.token, signed.iat, signed.exp, signed.jti, signed.scopes, `hs256|${ledgerIdSafe(signed.jti)}`);
    return { ledgerId, token: signed.token, mode: req.mode, expiresAt: signed.exp, requestedScopes: scopes, grantedScopes: signed.scopes, fromCache: false, warnings: [...signed.warnings, ...(pruned ? [`${pruned} old ledger entries were pruned.`] : [])] };
  }

  return {
    async mint(req: MintRequest, opts: { bypassCache?: boolean } = {}): Promise<MintResult> {
      const p = await deps.profiles.require(req.profileId);
      if (req.mode === 'client-credentials' || req.mode === 'exact') {
        return mintClientCredentials(p, req, opts.bypassCache ?? false);
      }
      return mintHs256(p, req);
    },
    /** profiles.test: one real call, neither cached nor in the ledger (its granted scopes are remembered). */
    async test(profileId: string, audience?: string): Promise<{ ok: true; grantedScopes: string[] }> {
      const p = await deps.profiles.require(profileId);
      const { res, audience: aud } = await callAuth0(p, audience, []);
      let granted = splitScope(res.scope);
      if (res.scope === undefined) {
        try {
          granted = splitScope(decodeJwt(res.accessToken).scope);
        } catch {
          granted = [];
        }
      }
      await deps.granted?.remember(p.id, aud, { mode: 'client-credentials', scopes: [] }, granted);
      return { ok: true, grantedScopes: granted };
    },
    async remint(ledgerId: string): Promise<MintResult> {
      const e = await deps.ledger.get(ledgerId);
      if (!e) throw appError('ERR_NOT_FOUND', 'No such ledger entry.');
      return this.mint({ profileId: e.profileId, mode: e.mode, ...e.params }, { bypassCache: true });
    },
    /** On lock / forget: tokens are gone from session, so the memory copies go too. */
    clear(): void {
      cache.clear();
      rateLimited.clear();
    },
  };
}

const ledgerIdSafe = (s: string) => s.replace(/[^A-Za-z0-9]/g, '');

export type TokenService = ReturnType<typeof createTokenService>;
