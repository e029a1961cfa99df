// A fetch from Node that reaches the Auth0 tenant emulator under the real host names (demo.us.auth0.com,
// login.demo.test, …): every connection goes to the emulator's port, while SNI and Host stay the names the
// product uses. Shared by the unit tests that run the mint stack against the emulator and by the e2e
// Management API caller. Runs in Node (undici).
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import type { FetchLike } from '../../src/lib/auth0/timed-fetch';

export interface EmulatorFetch {
  fetch: FetchLike;
  dispatcher: Agent;
  close(): Promise<void>;
}

export function emulatorFetch(port: number): EmulatorFetch {
  const connect = buildConnector({ rejectUnauthorized: false });
  const dispatcher = new Agent({ connect: (opts, cb) => connect({ ...opts, hostname: '127.0.0.1', port: String(port), servername: opts.hostname }, cb) });
  const fetch: FetchLike = (url, init) => undiciFetch(url, { ...init, dispatcher }) as unknown as ReturnType<FetchLike>;
  return { fetch, dispatcher, close: () => dispatcher.close() };
}
