// The contract of a numbered storage migration (one per file, each unit-tested). Runs in the background.
// A migration sees `local` through a small key-value interface so tests can run it on an in-memory fixture.

export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface Migration {
  /** Its number: the state version the data has once it has run. */
  version: number;
  name: string;
  /** Must be idempotent: a run killed midway is simply run again (SECURITY B7.58). */
  up(local: KeyValueArea): Promise<void>;
}
