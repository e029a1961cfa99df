// One async mutex per key (issue #11): exact-mode mints of one tenant and audience run one at a time, so the
// grant set for one mint is never changed by another before its token is issued, while other tenants and
// audiences go on in parallel. Runs in the background.
import { createLock } from '../lock';

export function createKeyedLock() {
  const locks = new Map<string, { run: ReturnType<typeof createLock>; users: number }>();
  return async function run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let entry = locks.get(key);
    if (!entry) {
      entry = { run: createLock(), users: 0 };
      locks.set(key, entry);
    }
    entry.users += 1;
    try {
      return await entry.run(fn);
    } finally {
      entry.users -= 1;
      if (entry.users === 0) locks.delete(key); // no map growth per audience ever used
    }
  };
}
