// Storage items of the Inspect feature (issue #3), spread into ITEMS in ../storage-schema.ts. Pure declarations.
// Session-only (no migration needed): the JWKS cache survives a service-worker restart but not the browser
// session. A JWKS holds only public keys; it is kept in `session` anyway so nothing token-related touches disk.
// (The pinned token itself is ITEMS.pinnedToken, declared with the core items.)
import { family, item } from '../storage-item';
import type { JwksFetchResult } from '../../lib/verify';

export interface PersistedJwks {
  result: JwksFetchResult;
  /** Seconds since the epoch. */
  fetchedAt: number;
}

/** A one-time inspector hand-off (SECURITY B4.39): the token, the tab opened for it, when it was written (ms). */
export interface Handoff {
  token: string;
  tabId: number | null;
  createdAt: number;
}

export const INSPECT_ITEMS = {
  /** JWKS URL → last fetch result (the in-memory JwksCache is rebuilt from this after a worker restart). */
  jwksCache: item<Record<string, PersistedJwks>>('session', 'jwksCache', {}, 2),
  /** Auth0 issuer hosts whose tokens the user verified with an explicit "Verify" click (issue 13 item 2): their
   *  JWKS is fetched automatically from then on. Public host names only, newest last, at most 50. A new key
   *  whose absence reads as the default, so no migration. */
  verifiedIssuers: item<string[]>('local', 'verifiedIssuers', [], 4),
  /** The last copy of token data a page made (SHA-256 of the text, never the text) and when to clear it
   *  (issue 13 item 3). Session only. */
  clipboardPending: item<{ digest: string; clearAt: number } | null>('session', 'clipboardPending', null, 4),
};

export const INSPECT_FAMILIES = {
  /** `handoff:<random id>` → one hand-off, session only, deleted on first read. */
  handoffs: family<Handoff | null>('session', 'handoff:', null, 1),
};
