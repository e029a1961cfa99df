// The Auth0 tenant emulator's seeded tenant: fixed ids and secrets so `npm start`, the e2e tests and the demo
// profile agree without talking to each other. Runs in Node (emulator only). Shapes follow shared FACTS:
// client ids are 32 characters, resource-server ids 24 hex (FACTS §2), grant ids `cgr_…` (FACTS §6).
import catalog from '../src/lib/scopes/catalog.json' with { type: 'json' };

export interface SeedClient {
  clientId: string;
  clientSecret: string;
  name: string;
  /** `client_credentials` listed in the app's grant types (FACTS §1: otherwise 403 unauthorized_client). */
  clientCredentialsEnabled: boolean;
  /** FACTS §1 (D2:fine-grained-m2m-token-quotas): tokens per hour / per day; unset = no quota. */
  tokenQuota?: TokenQuota;
}

export interface TokenQuota {
  perHour?: number;
  perDay?: number;
}

/** FACTS §1/§9: an organization a client grant may be used with (`organization` on the token request). */
export interface SeedOrganization {
  id: string; // org_…
  name: string; // the unique name, accepted in place of the id
  displayName: string;
  /** Client grants associated with the organization (needed unless the grant allows any organization). */
  clientGrantIds: string[];
  tokenQuota?: TokenQuota;
}

export interface SeedApi {
  id: string; // 24 hex (FACTS §2), or the literal `management` in dashboard routes (FACTS §6)
  name: string;
  identifier: string; // the audience
  signingAlg: 'RS256' | 'HS256';
  signingSecret?: string; // HS256 APIs only
  tokenLifetime: number;
  scopes: { value: string; description: string }[];
  isSystem: boolean;
}

/** FACTS §9: `client` grants serve client credentials, `user` grants user access flows; an application holds at
 *  most one grant per API and subject type, so up to two per API. */
export type SubjectType = 'client' | 'user';

export interface SeedGrant {
  id: string;
  clientId: string;
  audience: string;
  scope: string[];
  subjectType: SubjectType;
  /** FACTS §9: `deny` (the default: absent), `allow` or `require` an organization on client credentials. */
  organizationUsage?: 'deny' | 'allow' | 'require';
  /** FACTS §9: any organization, or only those associated with this grant. */
  allowAnyOrganization?: boolean;
}

export interface Seed {
  tenant: string; // "demo"
  region: string; // "us"
  domain: string; // canonical "demo.us.auth0.com"
  customDomain: string; // "login.demo.test"
  managementAudience: string; // https://demo.us.auth0.com/api/v2/ (trailing slash, FACTS §1)
  globalClient: { clientId: string; clientSecret: string }; // legacy APIv2 (FACTS §3); secret is base64url
  clients: {
    granted: SeedClient; // granted a subset of Management API scopes
    ungranted: SeedClient; // no client grant at all
    noClientCredentials: SeedClient; // client_credentials grant type disabled
    explorer: SeedClient; // "API Explorer Application": every grantable scope
  };
  /** Applications created at run time with POST /api/v2/clients (e.g. a Token Workbench minting app). */
  createdClients: SeedClient[];
  apis: { management: SeedApi; rsApi: SeedApi; hsApi: SeedApi };
  grants: SeedGrant[];
  /** FACTS §4/§11: the blacklist endpoints are gone from the 2026 API; a tenant without them answers this
   *  status (404 like any unknown route; 405/410 from a gateway [?]). Unset: the endpoints work. */
  blacklistGone?: 404 | 405 | 410;
  /** Organizations of the tenant (issue #12 item 7); the seed's grants use none until a test allows it. */
  organizations: SeedOrganization[];
}

const allScopes = catalog.scopes as { name: string; description: string; userTokenOnly?: boolean }[];
/** Grantable to M2M clients: every catalog scope but the current_user ones (FACTS §3). */
export const grantableManagementScopes = allScopes.filter((s) => !s.userTokenOnly).map((s) => s.name);

export const GRANTED_CLIENT_SCOPES = [
  'read:users',
  'update:users',
  'read:clients',
  'read:client_grants',
  'delete:client_grants',
  'read:resource_servers',
  'update:resource_servers',
  'blacklist:tokens',
  'update:client_keys',
  'read:logs',
  // Exact-scope set-up (issue #11): create the minting app and its grant, then PATCH the grant before each mint.
  'create:clients',
  'create:client_grants',
  'update:client_grants',
];

export function makeSeed(): Seed {
  const domain = 'demo.us.auth0.com';
  const managementAudience = `https://${domain}/api/v2/`;
  const client = (clientId: string, name: string, clientCredentialsEnabled = true): SeedClient => ({
    clientId,
    clientSecret: `${clientId.slice(0, 8)}-secret-Zq8v2XkP4mN7rT1wY6bH3cJ9dF5gL0sA`,
    name,
    clientCredentialsEnabled,
  });
  const clients = {
    granted: client('m2mGrantedDemoClient0000000000001', 'Demo Backend (M2M)'),
    ungranted: client('m2mNoGrantDemoClient000000000002', 'Reporting Job (no grant)'),
    noClientCredentials: client('spaNoCCDemoClient00000000000003', 'Demo SPA', false),
    explorer: client('explorerDemoClient000000000000004', 'API Explorer Application'),
  };
  const apis = {
    management: {
      id: '630fb8508f2040fc2d041057',
      name: 'Auth0 Management API',
      identifier: managementAudience,
      signingAlg: 'RS256' as const,
      tokenLifetime: 86400,
      scopes: allScopes.filter((s) => !s.userTokenOnly).map((s) => ({ value: s.name, description: s.description })),
      isSystem: true,
    },
    rsApi: {
      id: '64a1c0ffee0000000000a001',
      name: 'Orders API',
      identifier: 'https://orders.demo.test/',
      signingAlg: 'RS256' as const,
      tokenLifetime: 86400,
      scopes: [
        { value: 'read:orders', description: 'Read orders' },
        { value: 'create:orders', description: 'Create orders' },
        { value: 'cancel:orders', description: 'Cancel orders' },
      ],
      isSystem: false,
    },
    hsApi: {
      id: '64a1c0ffee0000000000b002',
      name: 'Legacy Billing API',
      identifier: 'urn:demo:billing',
      signingAlg: 'HS256' as const,
      signingSecret: 'billing-api-signing-secret-0123456789abcdefghijkl',
      tokenLifetime: 3600,
      scopes: [
        { value: 'read:invoices', description: 'Read invoices' },
        { value: 'write:invoices', description: 'Write invoices' },
      ],
      isSystem: false,
    },
  };
  const grants: SeedGrant[] = [
    { id: 'cgr_GrantedMgmt0000001', clientId: clients.granted.clientId, audience: managementAudience, scope: [...GRANTED_CLIENT_SCOPES], subjectType: 'client' },
    { id: 'cgr_GrantedOrders00002', clientId: clients.granted.clientId, audience: apis.rsApi.identifier, scope: ['read:orders', 'create:orders'], subjectType: 'client' },
    { id: 'cgr_GrantedBilling0003', clientId: clients.granted.clientId, audience: apis.hsApi.identifier, scope: ['read:invoices'], subjectType: 'client' },
    { id: 'cgr_ExplorerMgmt000004', clientId: clients.explorer.clientId, audience: managementAudience, scope: [...grantableManagementScopes], subjectType: 'client' },
  ];
  return {
    tenant: 'demo',
    region: 'us',
    domain,
    customDomain: 'login.demo.test',
    managementAudience,
    // 48 random-looking bytes, base64url: the legacy global secret is used base64url-decoded (FACTS §3).
    globalClient: {
      clientId: 'GlobalDemoClientId00000000000005',
      clientSecret: 'c2VjcmV0LWdsb2JhbC1kZW1vLXRlbmFudC1rZXktMDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1u',
    },
    clients,
    createdClients: [],
    apis,
    grants,
    organizations: [
      { id: 'org_DemoAcme0000000001', name: 'acme', displayName: 'Acme Corp', clientGrantIds: ['cgr_GrantedOrders00002'] },
      { id: 'org_DemoGlobex00000002', name: 'globex', displayName: 'Globex', clientGrantIds: [] },
    ],
  };
}
