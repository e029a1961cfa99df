// One-time hand-off of a token to the inspector tab (SECURITY B4.39): the token is written to storage.session
// under a random 128-bit id, bound to the tab that was opened for it, and deleted on first read. The id, never
// the token, travels in the inspector's URL fragment. Runs in the background.
import { ext } from '../../shared/browser';
import { read, readFamily, remove, write } from '../../shared/storage';
import { FAMILIES } from '../../shared/storage-schema';
import { randomId } from '../../lib/ids';

const HANDOFFS = FAMILIES.handoffs;

const HANDOFF_TTL_MS = 5 * 60_000;

export const inspectorUrl = (id?: string) => ext.runtime.getURL('src/inspector/index.html') + (id ? `#${id}` : '');

/** Stores the token and opens the inspector tab for it. */
export async function openInspectorWith(token: string): Promise<void> {
  const id = randomId();
  const handoff = HANDOFFS.member(id);
  await write(handoff, { token, tabId: null, createdAt: Date.now() });
  const tab = await ext.tabs.create({ url: inspectorUrl(id) });
  // Bound to the tab only if it was not collected meanwhile (a taken hand-off must not come back).
  const pending = await read(handoff);
  if (pending) await write(handoff, { ...pending, tabId: tab.id ?? null });
}

/** Returns the token once, to the tab it was opened for; every other caller gets null. */
export async function takeHandoff(id: string, senderTabId: number | undefined): Promise<{ token: string } | null> {
  const handoff = HANDOFFS.member(id);
  const entry = await read(handoff);
  if (!entry) return null;
  if (entry.tabId !== null && entry.tabId !== senderTabId) return null;
  await remove(handoff.area, handoff.key);
  if (Date.now() - entry.createdAt > HANDOFF_TTL_MS) return null;
  return { token: entry.token };
}

/** Drops hand-offs nobody collected (the tab was closed first). */
export async function sweepHandoffs(now = Date.now()): Promise<void> {
  const stale = (await readFamily(HANDOFFS)).filter((m) => now - (m.value?.createdAt ?? 0) > HANDOFF_TTL_MS).map((m) => m.key);
  if (stale.length) await remove(HANDOFFS.area, stale);
}
