// Handlers of the Terminate messages (issue #6), wired to the worker's shared services of ../services.ts (issue
// #16) so there is one token cache, one in-flight dedupe, one vault and one ledger writer (SECURITY B7.59): the
// terminate service calls them directly, and counts a request from our own pages as activity like the mint
// feature does. Network: the host-checked adapter of ../net.ts only. Runs in the background.
import type { TerminateResponses } from '../../shared/messages/terminate';
import type { Handler } from '../router';
import { browserAuthFetch } from '../net';
import { createTerminateService } from './service';
import { active, ledger, profiles, svc, vault } from '../services';

type TerminateHandlers = { [T in keyof TerminateResponses]: Handler<T> };

export const terminateHandlers: TerminateHandlers = createTerminateService({
  profiles,
  ledger, // the paged store and its cache, not a raw storage read
  tokens: svc,
  vault,
  active,
  // net.ts spreads `init` into fetch, so a GET simply carries no body (fetch refuses one on GET).
  fetch: browserAuthFetch(() => profiles.customDomains()),
});
