// Starting the Auth0 tenant emulator for a test, in one place. `startQuietEmulator` is for every runner (the e2e
// fixtures, the Firefox lane): no request log on stdout, and a bounded start so a wedged start fails with a
// message instead of hanging the run. `useEmulator` (vitest only, test/support/use-emulator.ts) adds the
// per-file start/stop and the per-test clean slate. Runs in Node.
import { startEmulator, type Emulator } from '../../emulator/server';
import { withTimeout } from '../e2e/timeout';

export function startQuietEmulator(): Promise<Emulator> {
  return withTimeout(startEmulator({ quiet: true }), 20_000, 'starting the emulator');
}
