// Shared fixtures of the migration tests: an in-memory `local` area and the v1 store (Token Workbench 0.1
// pre-release). A module of their own, so each test file imports them without registering another file's tests.
import type { KeyValueArea } from '../../../src/background/migrations/types';
import { memoryStorage } from '../../support/memory-storage';

/** An in-memory `local` area seeded with `initial` (the shared fake, typed as the migrations see it). */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  return memoryStorage(initial);
}

/** `area`, but every write after the first `killAt` throws, as if the worker died there. */
export function dyingArea(area: KeyValueArea, killAt: number): KeyValueArea {
  let writes = 0;
  const die = () => {
    if (++writes > killAt) throw new Error('killed');
  };
  return {
    get: (k) => area.get(k),
    async set(items) {
      die();
      await area.set(items);
    },
    async remove(k) {
      die();
      await area.remove(k);
    },
  };
}

const sealed = { iv: 'AAAAAAAAAAAAAAAA', ct: 'Y2lwaGVydGV4dA==' };
export const V1_FIXTURE = {
  stateVersion: 1,
  settings: { theme: 'dark', leewaySeconds: 60, autoLockMinutes: 10 },
  profiles: {
    p1: { name: 'Demo prod', tenantDomain: 'Demo.US.auth0.com', customDomain: 'login.demo.test', env: 'prod', clientId: 'm2mGrantedDemoClient0000000000001', legacyGlobalClientId: 'GlobalDemoClientId00000000000005', created: '2025-01-02T03:04:05.000Z' },
    p2: { name: 'Billing dev', tenantDomain: 'demo.us.auth0.com', env: 'dev', customApiAudience: 'urn:demo:billing', created: '2025-02-01T00:00:00.000Z' },
    broken: { name: 42 },
  },
  vault: { kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' }, verifier: sealed, sealed: { p1: sealed } },
  ledger: [
    { id: 'l1', profileId: 'p1', kind: 'cc', audience: 'https://demo.us.auth0.com/api/v2/', scope: 'read:users read:clients', issuedAt: 1735700000000, expiresAt: 1735786400000 },
    { id: 'l2', profileId: 'p1', kind: 'legacy', audience: 'GlobalDemoClientId00000000000005', scope: 'read:users', issuedAt: 1735800000000, expiresAt: null, jti: 'aa'.repeat(16), revoked: true },
    'garbage',
  ],
};

