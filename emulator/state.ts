// Live, mutable state of one emulated tenant (Node only). The Seed object itself is mutated in place
// (rotated secrets, deleted grants, changed token lifetimes) so `emulator.seed` and the dashboard pages
// always show what the token endpoint and Management API enforce. Blacklist and users live beside it.
import { randomBytes } from 'node:crypto';
import type { Seed, SeedApi, SeedClient, SeedGrant, SubjectType } from './seed';

export interface BlacklistEntry {
  aud?: string;
  jti: string;
}

export interface DemoUser {
  user_id: string;
  email: string;
  name: string;
  email_verified: boolean;
  created_at: string;
  updated_at: string;
  identities: { provider: string; user_id: string; connection: string; isSocial: boolean }[];
  // Issue 15: the rest of a users-list entry as Auth0 returns it (GET /api/v2/users, default fields).
  nickname: string;
  picture: string;
  last_login: string;
  last_ip: string;
  logins_count: number;
  user_metadata: Record<string, unknown>;
  app_metadata: Record<string, unknown>;
}

function user(id: string, email: string, name: string, created: string): DemoUser {
  return {
    user_id: `auth0|${id}`,
    email,
    name,
    email_verified: true,
    created_at: created,
    updated_at: created,
    identities: [{ provider: 'auth0', user_id: id, connection: 'Username-Password-Authentication', isSocial: false }],
    nickname: email.split('@')[0]!,
    picture: `https://s.gravatar.com/avatar/${id.slice(0, 32)}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F${name.slice(0, 2).toLowerCase()}.png`,
    last_login: created,
    last_ip: '203.0.113.7',
    logins_count: 3,
    user_metadata: {},
    app_metadata: {},
  };
}

export class TenantState {
  readonly blacklist: BlacklistEntry[] = [];
  readonly users: DemoUser[] = [
    user('6650a1b2c3d4e5f601234567', 'ada@demo.test', 'Ada Lovelace', '2024-05-24T09:12:00.000Z'),
    user('6650a1b2c3d4e5f601234568', 'grace@demo.test', 'Grace Hopper', '2024-06-02T14:40:00.000Z'),
    user('6650a1b2c3d4e5f601234569', 'alan@demo.test', 'Alan Turing', '2024-07-19T08:05:00.000Z'),
  ];

  constructor(readonly seed: Seed) {}

  /** Tenant hosts: canonical domain and custom domain (FACTS §8). */
  get tenantHosts(): string[] {
    return [this.seed.domain, this.seed.customDomain];
  }

  clients(): SeedClient[] {
    return [...Object.values(this.seed.clients), ...this.seed.createdClients];
  }

  /** POST /api/v2/clients: a new application with a fresh id and secret (32-character ids, FACTS §2). */
  createClient(name: string, clientCredentialsEnabled: boolean): SeedClient {
    const client: SeedClient = {
      clientId: randomBytes(24).toString('base64url').replace(/[-_]/g, 'x').slice(0, 32),
      clientSecret: randomBytes(48).toString('base64url'),
      name,
      clientCredentialsEnabled,
    };
    this.seed.createdClients.push(client);
    return client;
  }

  /** POST /api/v2/client-grants; undefined when the app already has a grant of that subject type (FACTS §9). */
  createGrant(clientId: string, audience: string, scope: string[], subjectType: SubjectType): SeedGrant | undefined {
    if (this.findGrant(clientId, audience, subjectType)) return undefined;
    const grant: SeedGrant = { id: `cgr_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x').slice(0, 16)}`, clientId, audience, scope, subjectType };
    this.seed.grants.push(grant);
    return grant;
  }

  findClient(clientId: string): SeedClient | undefined {
    return this.clients().find((c) => c.clientId === clientId);
  }

  apis(): SeedApi[] {
    return Object.values(this.seed.apis);
  }

  /** By 24-hex id or by identifier (the Management API accepts both for resource servers). */
  findApi(idOrIdentifier: string): SeedApi | undefined {
    return this.apis().find((a) => a.id === idOrIdentifier || a.identifier === idOrIdentifier);
  }

  findApiByAudience(audience: string): SeedApi | undefined {
    return this.apis().find((a) => a.identifier === audience);
  }

  /** The grant client credentials use is the `subject_type: client` one (FACTS §9). */
  findGrant(clientId: string, audience: string, subjectType: SubjectType = 'client'): SeedGrant | undefined {
    return this.seed.grants.find((g) => g.clientId === clientId && g.audience === audience && g.subjectType === subjectType);
  }

  findGrantById(id: string): SeedGrant | undefined {
    return this.seed.grants.find((g) => g.id === id);
  }

  deleteGrant(id: string): boolean {
    const i = this.seed.grants.findIndex((g) => g.id === id);
    if (i === -1) return false;
    this.seed.grants.splice(i, 1);
    return true;
  }

  /** DELETE /api/v2/users/{id} (issue 15). */
  deleteUser(userId: string): boolean {
    const i = this.users.findIndex((u) => u.user_id === userId);
    if (i === -1) return false;
    this.users.splice(i, 1);
    return true;
  }

  rotateSecret(client: SeedClient): string {
    client.clientSecret = randomBytes(48).toString('base64url');
    return client.clientSecret;
  }

  addBlacklist(entry: BlacklistEntry): void {
    if (!this.blacklist.some((b) => b.jti === entry.jti && b.aud === entry.aud)) this.blacklist.push(entry);
  }

  /** A blacklisted (aud, jti) pair matches a token with that jti whose aud (or azp) is aud; no aud → any. */
  isBlacklisted(jti: unknown, auds: string[], azp: unknown): boolean {
    if (typeof jti !== 'string') return false;
    return this.blacklist.some(
      (b) => b.jti === jti && (b.aud === undefined || auds.includes(b.aud) || b.aud === azp),
    );
  }
}
