// Unit tests for the content script's write queue (src/content/write-queue.ts): deferred entries are expanded
// only when written, in queue order with plain items, and nothing queued survives the page's abort. The
// scope scan relies on this to keep per-occurrence work out of the page's own task (issue #7).
import { describe, expect, it, vi } from 'vitest';
import { writeQueue } from '../../../src/content/write-queue';

describe('write queue', () => {
  it('expands deferred entries only when written, keeping queue order', () => {
    const written: number[] = [];
    const q = writeQueue<number>((chunk) => written.push(...chunk), new AbortController().signal);
    const expand = vi.fn(() => [2, 3, 4]);
    q.push([1]);
    q.defer(expand);
    q.push([5]);
    q.defer(() => []);
    q.defer(() => [6]);
    expect(expand).not.toHaveBeenCalled(); // the caller's task only queued it
    expect(q.pending).toBe(5); // a deferred entry counts as one until expanded
    q.flush();
    expect(expand).toHaveBeenCalledTimes(1);
    expect(written).toEqual([1, 2, 3, 4, 5, 6]);
    expect(q.pending).toBe(0);
  });

  it('drops everything, deferred entries included, once the page aborts', () => {
    const ctl = new AbortController();
    const write = vi.fn();
    const expand = vi.fn(() => [1]);
    const q = writeQueue<number>(write, ctl.signal);
    q.defer(expand);
    ctl.abort();
    q.defer(expand);
    q.flush();
    expect(expand).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });
});
