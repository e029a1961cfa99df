// What a storage item is (area, key, default, the state version of its current shape) and the one `item()` that
// declares one; and what an item family is: keys under one declared prefix (`ledger:page:<id>`, `handoff:<id>`,
// `quarantine:<step>`), each member an item of the same shape, declared once with `family()`. The feature files
// in ./storage-items/ and ./storage-schema.ts declare with them, so no item file needs the schema (which needs
// them all). Pure; runs everywhere.

export type Area = 'local' | 'session';

export interface ItemSpec<T> {
  area: Area;
  key: string;
  default: T;
  /** The state version that introduced this item's current shape. */
  since: number;
}

export const item = <T>(area: Area, key: string, def: T, since: number): ItemSpec<T> => ({ area, key, default: def, since });

/** Keys `<prefix><id>` in one area, every member holding a T. */
export interface FamilySpec<T> {
  area: Area;
  prefix: string;
  default: T;
  /** The state version that introduced the members' current shape. */
  since: number;
  /** The member item with this id. */
  member(id: string | number): ItemSpec<T>;
  /** The member id of `key`, or null when `key` is not in this family. */
  idOf(key: string): string | null;
}

export const family = <T>(area: Area, prefix: string, def: T, since: number): FamilySpec<T> => ({
  area,
  prefix,
  default: def,
  since,
  member: (id) => item(area, `${prefix}${id}`, def, since),
  idOf: (key) => (key.startsWith(prefix) ? key.slice(prefix.length) : null),
});
