// Batched, time-boxed DOM writes for the content script's page decorations. The read pass (scan.ts) runs
// synchronously in the MutationObserver callback and only queues what it found; the writes run here, out of
// that task, so the page's first synchronous task stays a pure read (issue #7) and a page with hundreds of
// scope names never gets one long task from us. The first slice runs in the next animation frame, before that
// frame's paint, so what the page just rendered (usually the top of it, which is what is on screen) shows
// decorated in the same frame; the rest follows in idle-time slices of ~4 ms, in document order. Items are
// handled in chunks: `write(chunk)` does all its reads first, then all its writes, and nothing here reads
// layout. Everything queued is dropped when the page's AbortSignal aborts (SPA navigation). `defer` queues
// work whose items are only worked out when their turn comes (the scope scan's candidate list: turning it into
// JS objects costs more than finding it, so that happens here, out of the page's task, not in the scan).

export interface WriteQueue<T> {
  push(items: readonly T[]): void;
  /** Queues the items `expand()` returns, called in a write slice when they are next in line. */
  defer(expand: () => readonly T[]): void;
  /** Writes everything queued now, synchronously (tests, and teardown-free callers). */
  flush(): void;
  readonly pending: number;
}

const SLICE_MS = 4;
// First guess of one item's cost (a toggle: clone, three attributes, a listener, an insert), refined by
// measuring each chunk, so a slice holds about SLICE_MS of work without reading the clock per item.
const FIRST_GUESS_MS = 0.01;
const IDLE_TIMEOUT_MS = 100; // a busy page still gets its decorations within ~0.1 s

interface IdleWindow {
  requestIdleCallback?: (cb: (d: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;
}

/** A queue entry whose items are not known yet (instanceof tells it from an item, whatever T is). */
class Later<T> {
  constructor(readonly expand: () => readonly T[]) {}
}

export function writeQueue<T>(write: (chunk: T[]) => void, signal: AbortSignal): WriteQueue<T> {
  let queue: (T | Later<T>)[] = [];
  let head = 0;
  // The items of the Later entry being written, taken from here before the next entry (document order).
  let current: readonly T[] = [];
  let at = 0;
  let scheduled = false;
  let perItem = FIRST_GUESS_MS;

  const more = (): boolean => at < current.length || head < queue.length;
  const take = (n: number): T[] => {
    const chunk: T[] = [];
    while (chunk.length < n) {
      if (at < current.length) chunk.push(current[at++]!);
      else if (head < queue.length) {
        const e = queue[head++]!;
        if (e instanceof Later) {
          current = e.expand();
          at = 0;
        } else chunk.push(e);
      } else break;
    }
    return chunk;
  };

  const runFor = (budget: number): void => {
    const end = performance.now() + budget;
    while (more() && !signal.aborted) {
      const n = Math.max(8, Math.floor((end - performance.now()) / perItem));
      const t0 = performance.now();
      const chunk = take(n);
      if (chunk.length) write(chunk);
      perItem = Math.max(0.001, (performance.now() - t0) / Math.max(1, chunk.length));
      if (performance.now() >= end - perItem * 8) break;
    }
    if (!more()) {
      queue = [];
      head = 0;
      current = [];
      at = 0;
    }
  };

  const slice = (budget: number): void => {
    scheduled = false;
    if (signal.aborted) return void ((queue = []), (current = []));
    runFor(budget);
    if (more()) schedule(false);
  };

  function schedule(first: boolean): void {
    if (scheduled) return;
    scheduled = true;
    // A hidden tab runs no animation frames: a timer then, so the page is decorated when it is shown.
    if (first && typeof requestAnimationFrame === 'function' && !document.hidden) {
      requestAnimationFrame(() => slice(SLICE_MS));
      return;
    }
    const idle = (window as IdleWindow).requestIdleCallback;
    if (typeof idle === 'function') {
      idle.call(window, (d) => slice(Math.min(SLICE_MS, Math.max(1, d.timeRemaining()))), { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(() => slice(SLICE_MS), 0);
    }
  }

  return {
    push(items) {
      if (signal.aborted || items.length === 0) return;
      for (const item of items) queue.push(item);
      schedule(true);
    },
    defer(expand) {
      if (signal.aborted) return;
      queue.push(new Later(expand));
      schedule(true);
    },
    flush() {
      if (!signal.aborted) runFor(Infinity);
    },
    get pending() {
      return current.length - at + queue.length - head; // a Later entry counts as one until expanded
    },
  };
}
