// The core message: liveness and version. Runs in every context. See ../messages.ts for the rules. The inspector
// tab's messages (open, take the hand-off) are the Inspect feature's: ./inspect.ts.
import { v } from '../validate';

export const coreMessages = {
  /** Liveness and version; any context may ask. */
  ping: { privileged: false, request: v.object({}) },
} as const;

export interface CoreResponses {
  ping: { version: string; context: 'background'; readOnly: boolean };
}
