// One emulator per vitest file (unit and emulator tests): started before the file's tests, closed after them,
// and with `{ cleanEachTest: true }` its faults and request log cleared before each test, so no test sees
// another's fault or requests (files whose tests read the log across tests leave it off). The handle reads
// through to the running emulator (`emu.port`, `emu.seed`, `emu.faults`, …) and adds `routed`, a Node fetch
// that reaches the emulator under the real host names (test/support/emulator-fetch.ts), opened on first use
// and closed with the emulator. Runs in Node (vitest).
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Emulator } from '../../emulator/server';
import { emulatorFetch, type EmulatorFetch } from './emulator-fetch';
import { startQuietEmulator } from './emulator';

export type UsedEmulator = Emulator & { readonly routed: EmulatorFetch };

export function useEmulator(opts: { cleanEachTest?: boolean } = {}): UsedEmulator {
  let emu: Emulator | undefined;
  let routed: EmulatorFetch | undefined;
  beforeAll(async () => {
    emu = await startQuietEmulator();
  });
  afterAll(async () => {
    await routed?.close();
    await emu?.close();
  });
  if (opts.cleanEachTest) {
    beforeEach(() => {
      emu?.faults.clear();
      emu?.clearLog();
    });
  }
  return new Proxy({} as UsedEmulator, {
    get(_, key) {
      if (!emu) throw new Error('the emulator starts in beforeAll: use it inside a hook or a test');
      if (key === 'routed') return (routed ??= emulatorFetch(emu.port));
      const v: unknown = Reflect.get(emu, key);
      return typeof v === 'function' ? v.bind(emu) : v;
    },
  });
}
