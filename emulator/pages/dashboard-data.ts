// The data block embedded in the emulated dashboard (JSON read by the client script). Runs in Node. It carries
// names, ids, scopes and grants of the seeded tenant, plus one real token for the Test / API Explorer tabs, and
// NEVER a secret: no client secret, no global secret, no HS256 signing secret.
import type { Seed } from './types';

export interface DashboardData {
  mode: 'path' | 'hash';
  /** "/dashboard/us/demo" for new routes (FACTS §6), "" for the old hash routes. */
  base: string;
  domain: string;
  apis: { id: string; name: string; identifier: string; isSystem: boolean; signingAlg: string; tokenLifetime: number; scopes: { value: string; description: string }[] }[];
  clients: { clientId: string; name: string; clientCredentialsEnabled: boolean }[];
  grants: { id: string; clientId: string; audience: string; scope: string[] }[];
  token: string;
}

export function dashboardData(seed: Seed, mode: 'path' | 'hash', token: string): DashboardData {
  const { management, rsApi, hsApi } = seed.apis;
  const { granted, ungranted, noClientCredentials, explorer } = seed.clients;
  return {
    mode,
    base: mode === 'path' ? `/dashboard/${seed.region}/${seed.tenant}` : '',
    domain: seed.domain,
    // Explicit field picks (not spreads) so a secret added to the seed later cannot leak into the page.
    apis: [management, rsApi, hsApi].map((a) => ({
      id: a.id,
      name: a.name,
      identifier: a.identifier,
      isSystem: a.isSystem,
      signingAlg: a.signingAlg,
      tokenLifetime: a.tokenLifetime,
      scopes: a.scopes.map((s) => ({ value: s.value, description: s.description })),
    })),
    clients: [granted, ungranted, noClientCredentials, explorer, ...seed.createdClients].map((c) => ({
      clientId: c.clientId,
      name: c.name,
      clientCredentialsEnabled: c.clientCredentialsEnabled,
    })),
    // The Machine to Machine tab shows the client-credentials grants only (FACTS §9: `subject_type: client`).
    grants: seed.grants.filter((g) => g.subjectType === 'client').map((g) => ({ id: g.id, clientId: g.clientId, audience: g.audience, scope: [...g.scope] })),
    token,
  };
}
