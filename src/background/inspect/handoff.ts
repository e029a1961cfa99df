// One-time hand-off of a token to the inspector tab (SECURITY B4.39): the token is written to storage.session
// under a random 128-bit id, bound to the tab that was opened for it, and deleted on first read. The id, never
// the token, travels in the inspector's URL fragment. Runs in the background.
import { ext } from '../../shared/browser';
import { FAMILIES, type Handoff } from '../../shared/storage-schema';
import { randomId } from '../../lib/ids';

const HANDOFFS = FAMILIES.handoffs;

const HANDOFF_TTL_MS = 5 * 60_000;

export { randomId };

export const inspectorUrl = (id?: string) => ext.runtime.getURL('src/inspector/index.html') + (id ? `#${id}` : '');

/** Stores the token and opens the inspector tab for it. */
export async function openInspectorWith(token: string): Promise<void> {
  const id = randomId();
  const key = HANDOFFS.member(id).key;
  await ext.storage.session.set({ [key]: { token, tabId: null, createdAt: Date.now() } satisfies Handoff });
  const tab = await ext.tabs.create({ url: inspectorUrl(id) });
  const got = await ext.storage.session.get(key);
  if (got[key]) await ext.storage.session.set({ [key]: { ...(got[key] as Handoff), tabId: tab.id ?? null } });
}

/** Returns the token once, to the tab it was opened for; every other caller gets null. */
export async function takeHandoff(id: string, senderTabId: number | undefined): Promise<{ token: string } | null> {
  const key = HANDOFFS.member(id).key;
  const got = await ext.storage.session.get(key);
  const entry = got[key] as Handoff | undefined;
  if (!entry) return null;
  if (entry.tabId !== null && entry.tabId !== senderTabId) return null;
  await ext.storage.session.remove(key);
  if (Date.now() - entry.createdAt > HANDOFF_TTL_MS) return null;
  return { token: entry.token };
}

/** Drops hand-offs nobody collected (the tab was closed first). */
export async function sweepHandoffs(now = Date.now()): Promise<void> {
  const all = await ext.storage.session.get(null);
  const stale = Object.entries(all)
    .filter(([k, v]) => HANDOFFS.idOf(k) !== null && now - ((v as Handoff).createdAt ?? 0) > HANDOFF_TTL_MS)
    .map(([k]) => k);
  if (stale.length) await ext.storage.session.remove(stale);
}
