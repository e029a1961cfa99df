// Storage items of "Try it" (issue 15), spread into ITEMS in ../storage-schema.ts. Pure declarations.
// Session only (no migration): the last 20 calls per tenant, metadata only, never a body or a token.
import { item } from '../storage-item';
import type { CallHistory } from '../../lib/call/history';

export const CALL_ITEMS = {
  /** Canonical tenant domain → newest-first calls (method, path, status, time). */
  callHistory: item<CallHistory>('session', 'callHistory', {}, 4),
};
