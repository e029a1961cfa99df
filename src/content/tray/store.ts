// The generator tray's state: the chosen scopes (in the order they were picked) and listeners. Page toggles,
// "Add all" and the tray's own picker all write here; the tray and every page toggle re-render from it.
// Runs in the content script. Holds no secret; the minted token lives in the tray's result view only.
import { isUserTokenOnly } from '../../lib/scopes/scope-names';

type Listener = () => void;

export class ScopeStore {
  private readonly chosen = new Set<string>();
  private readonly listeners = new Set<Listener>();

  has(scope: string): boolean {
    return this.chosen.has(scope);
  }

  list(): string[] {
    return [...this.chosen];
  }

  /** Scopes that can go into a client-credentials request: current_user ones never can (FACTS §3). */
  requestable(): string[] {
    return this.list().filter((s) => !isUserTokenOnly(s));
  }

  add(...scopes: string[]): void {
    let changed = false;
    for (const s of scopes) {
      if (!this.chosen.has(s)) {
        this.chosen.add(s);
        changed = true;
      }
    }
    if (changed) this.emit();
  }

  remove(scope: string): void {
    if (this.chosen.delete(scope)) this.emit();
  }

  toggle(scope: string): boolean {
    if (this.chosen.has(scope)) this.remove(scope);
    else this.add(scope);
    return this.chosen.has(scope);
  }

  clear(): void {
    if (this.chosen.size === 0) return;
    this.chosen.clear();
    this.emit();
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
