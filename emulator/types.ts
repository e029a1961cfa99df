// Shared types of the Auth0 tenant emulator (Node only): the public `Emulator` handle returned by
// `startEmulator()`, the request log, fault specs and the `PageRenderer` contract that
// `emulator/pages/index.ts` (owned by the dashboard-pages engineer) implements.
import type { Seed } from './seed';

/** One request as seen by the emulator. Secrets are never stored in clear (see redact.ts). */
export interface RequestLogEntry {
  time: string; // ISO timestamp when the request arrived
  method: string;
  host: string; // Host header without port, lower-cased
  path: string;
  query: Record<string, string>; // redacted
  /** HTTP status sent; 0 while pending, or when no response was sent (hang, reset). */
  status: number;
  /** Redacted summary of the request body (e.g. grant_type, client_id, audience; secrets → "[redacted]"). */
  body?: Record<string, unknown> | string;
  /** How the caller authenticated: Basic/Bearer scheme only, never the credential. */
  auth?: 'basic' | 'bearer' | 'other';
  /** Fault kind injected into this request, if any. */
  fault?: FaultKind;
}

export type FaultKind =
  | 'rate-limit'
  | 'server-error'
  | 'hang'
  | 'reset'
  | 'truncated-json'
  | 'html-error'
  | 'empty-200'
  | 'auth0-error';

export interface FaultSpec {
  /**
   * "METHOD /path": METHOD may be `*` (any method but OPTIONS, so CORS preflights still pass);
   * a path ending in `*` is a prefix match (e.g. "GET /api/v2/*"). Trailing slashes are ignored.
   */
  route: string;
  kind: FaultKind;
  /** The next N matching requests get the fault (default 1). */
  count?: number;
  /** Only requests to this host (default: any host). */
  host?: string;
  /** server-error: 500 | 502 | 503 (default 500); auth0-error: any 4xx/5xx (default 500). */
  status?: number;
  /** rate-limit: seconds in Retry-After / until X-RateLimit-Reset (default 2). */
  retryAfter?: number;
  /** rate-limit: send Retry-After as an HTTP-date instead of seconds. */
  retryAfterDate?: boolean;
  /** rate-limit: send only X-RateLimit-Reset (epoch seconds): no Retry-After, no limit/remaining. */
  onlyReset?: boolean;
  /** rate-limit: add Auth0-Client-Quota-Limit and use the "Client quota exceeded" body (FACTS §1). */
  quotaHeader?: boolean;
  /** auth0-error: a body Auth0 is documented to send (FACTS §1/§7, e.g. the 500 "Global limit has been
   *  reached"), with `status`; a string is sent as text/plain, anything else as JSON. */
  body?: unknown;
}

export interface FaultController {
  add(spec: FaultSpec): void;
  clear(): void;
  list(): Required<Pick<FaultSpec, 'route' | 'kind' | 'count'>>[];
}

export interface PageRequest {
  host: string;
  url: URL;
}
export interface PageContext {
  seed: Seed;
  /** A Management API token for the "API Explorer Application" with all its granted scopes (FACTS §6). */
  mintExplorerToken(): Promise<string>;
}
export interface PageResponse {
  status: number;
  contentType: string;
  body: string;
}
/** Renders manage.auth0.com / auth0.com pages; null → 404. */
export type PageRenderer = (req: PageRequest, ctx: PageContext) => Promise<PageResponse | null>;

export interface MintOptions {
  clientId: string;
  audience: string;
  scope?: string[]; // default: the client's grant for that audience (or none)
  lifetime?: number; // seconds; default the API's token_lifetime; negative → already expired
  issuerHost?: string; // default the canonical tenant domain
  /** FACTS §1/§9: a token for an organization carries `org_id` (and `org_name`, [?] tenant setting). */
  organization?: { id: string; name: string };
}

export interface Emulator {
  port: number;
  url: string;
  hosts: string[];
  hostResolverRules: string;
  seed: Seed;
  requests: RequestLogEntry[];
  clearLog(): void;
  faults: FaultController;
  rotateSigningKey(): Promise<void>;
  dropKey(kid: string): void;
  mintAccessToken(opts: MintOptions): Promise<string>;
  setPageRenderer(fn: PageRenderer): void;
  close(): Promise<void>;
}
