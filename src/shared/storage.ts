// Typed reads and writes of the items declared in storage-schema.ts. Runs in trusted contexts (background and
// extension pages); content scripts never read storage (they ask the background).
import { ext } from './browser';
import type { FamilySpec, ItemSpec } from './storage-schema';

export async function read<T>(spec: ItemSpec<T>): Promise<T> {
  const got = await ext.storage[spec.area].get(spec.key);
  return Object.hasOwn(got, spec.key) ? (got[spec.key] as T) : spec.default;
}

export async function write<T>(spec: ItemSpec<T>, value: T): Promise<void> {
  await ext.storage[spec.area].set({ [spec.key]: value });
}

/** Every stored member of a declared family (`handoff:<id>`, `ledger:page:<id>`…): its id, key and value, from one
 *  read of the family's area. */
export async function readFamily<T>(spec: FamilySpec<T>): Promise<{ id: string; key: string; value: T }[]> {
  const all = await ext.storage[spec.area].get(null);
  const members: { id: string; key: string; value: T }[] = [];
  for (const [key, value] of Object.entries(all)) {
    const id = spec.idOf(key);
    if (id !== null) members.push({ id, key, value: value as T });
  }
  return members;
}

export async function remove(area: ItemSpec<unknown>['area'], keys: string | string[]): Promise<void> {
  await ext.storage[area].remove(keys);
}

/** Calls `onChange` whenever `spec`'s stored value changes (from any context), until `signal` aborts. The one
 *  storage listener of the extension pages (issue #16). */
export function watch(spec: ItemSpec<unknown>, onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === spec.area && Object.hasOwn(changes, spec.key)) onChange();
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
}
