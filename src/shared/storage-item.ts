// What a storage item is (area, key, default, the state version of its current shape) and the one `item()` that
// declares one. The feature files in ./storage-items/ and ./storage-schema.ts declare with it, so no item file
// needs the schema (which needs them all). Pure; runs everywhere.

export type Area = 'local' | 'session';

export interface ItemSpec<T> {
  area: Area;
  key: string;
  default: T;
  /** The state version that introduced this item's current shape. */
  since: number;
}

export const item = <T>(area: Area, key: string, def: T, since: number): ItemSpec<T> => ({ area, key, default: def, since });
