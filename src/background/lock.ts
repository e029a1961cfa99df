// A tiny async mutex: the background is the single writer of profiles, vault and ledger (SECURITY B7.59), and
// read-modify-write sequences on one item must not interleave. Runs in the background.
export function createLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(fn: () => Promise<T>): Promise<T> {
    const next = tail.then(fn, fn);
    tail = next.catch(() => undefined);
    return next;
  };
}
