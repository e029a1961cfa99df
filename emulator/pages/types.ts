// Types of the emulator's page renderer (dashboard-like pages on manage.auth0.com, Management API reference
// pages on auth0.com). Runs in Node inside the emulator. The server engineer declares the same shape in
// emulator/types.ts; it is repeated here so this folder compiles on its own.
import type { Seed } from '../seed';

export type { Seed };

export interface PageRequest {
  /** The Host header; may carry a port ("manage.auth0.com:8443"), which is ignored. */
  host: string;
  url: URL;
}

export interface PageContext {
  seed: Seed;
  /** A real Management API token for the "API Explorer Application" (FACTS §6, API Explorer tab). */
  mintExplorerToken(): Promise<string>;
}

export interface PageResult {
  status: number;
  contentType: string;
  body: string;
}

/** `null` means "not a page route": the server answers 404 itself. */
export type PageRenderer = (req: PageRequest, ctx: PageContext) => Promise<PageResult | null>;
