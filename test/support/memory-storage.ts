// The one in-memory fake of a `storage.local`/`storage.session` area for unit tests (Node, vitest). Every fake
// `ext` (test/unit/mint/fake-ext.ts, test/unit/ui/fake-ext.ts) and the migration fixtures use it, so they all
// behave like the browser's area in the same way: values are structured-cloned in and out (a test cannot
// mutate stored data by accident), `get` takes a key, a list or null, and writes report `storage.onChanged`
// style changes to `onChanged`. `data` is the live store (tests seed and inspect it); `failSet` makes a write
// throw the browser's quota error.
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface MemoryArea {
  readonly data: Record<string, unknown>;
  /** When it returns true for a write, that write throws as `storage.local` does over quota. */
  failSet: null | ((items: Record<string, unknown>) => boolean);
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Empties the area and drops `failSet` (no change events: this is test set-up, not a write). */
  clear(): void;
  /** A copy of everything stored. */
  dump(): Record<string, unknown>;
}

export interface MemoryAreaOptions {
  /** The area's name as `storage.onChanged` reports it ("local", "session"). */
  name?: string;
  onChanged?: (changes: StorageChanges, area: string) => void;
}

export function memoryStorage(initial: Record<string, unknown> = {}, opts: MemoryAreaOptions = {}): MemoryArea {
  const data: Record<string, unknown> = structuredClone(initial);
  const list = (keys: string | string[]): string[] => (typeof keys === 'string' ? [keys] : keys);
  const emit = (changes: StorageChanges): void => {
    if (Object.keys(changes).length > 0) opts.onChanged?.(changes, opts.name ?? 'local');
  };
  const area: MemoryArea = {
    data,
    failSet: null,
    async get(keys) {
      if (keys === null) return structuredClone(data);
      return Object.fromEntries(list(keys).filter((k) => Object.hasOwn(data, k)).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      if (area.failSet?.(items)) throw new Error('QUOTA_BYTES quota exceeded');
      const changes: StorageChanges = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: v };
        data[k] = structuredClone(v);
      }
      emit(changes);
    },
    async remove(keys) {
      const changes: StorageChanges = {};
      for (const k of list(keys)) {
        if (!Object.hasOwn(data, k)) continue;
        changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      emit(changes);
    },
    clear() {
      for (const k of Object.keys(data)) delete data[k];
      area.failSet = null;
    },
    dump: () => structuredClone(data),
  };
  return area;
}
