// The toolbar badge of the pinned token (issue #3): minutes left, red once expired. The token lives only in
// storage.session (ITEMS.pinnedToken); an `alarms` alarm ('badge-refresh', every minute) keeps the text
// current even while the worker sleeps between events. Runs in the background.
import { analyzeNumericDate, decodeToken } from '../../lib/jwt';
import { ext } from '../../shared/browser';
import type { PinStatus } from '../../shared/messages/inspect';
import { ITEMS } from '../../shared/storage-schema';
import { read, write } from '../../shared/storage';

export const BADGE_ALARM = 'badge-refresh';
const GREEN = '#15803d';
const AMBER = '#a16207';
const RED = '#b91c1c';
const GREY = '#5c6270';

/** The token's exp in epoch seconds, or null (not a JWT, no exp, or a non-numeric exp). */
export function expOf(token: string): number | null {
  const d = decodeToken(token);
  if (!d.ok || !d.token.payload) return null;
  const p = d.token.payload;
  const n = analyzeNumericDate(Object.prototype.hasOwnProperty.call(p, 'exp') ? p['exp'] : undefined);
  return n.status === 'ok' ? n.seconds : null;
}

/** Badge text (≤ 4 characters) and colour for a token expiring at `exp`. Pure. */
export function badgeFor(exp: number | null, now: number): { text: string; color: string } {
  if (exp === null) return { text: '∞', color: GREY };
  const left = exp - now;
  if (left <= 0) return { text: 'EXP', color: RED }; // exp == now is expired (jose semantics, B1.13)
  const minutes = Math.ceil(left / 60); // never shows 0 while the token still works
  const color = minutes <= 5 ? AMBER : GREEN;
  if (minutes <= 999) return { text: `${minutes}m`, color };
  const hours = Math.floor(minutes / 60);
  return hours <= 99 ? { text: `${hours}h`, color } : { text: `${Math.min(999, Math.floor(hours / 24))}d`, color };
}

export async function refreshBadge(now = Date.now() / 1000): Promise<void> {
  const token = await read(ITEMS.pinnedToken);
  if (!token) {
    await ext.action.setBadgeText({ text: '' });
    return;
  }
  const { text, color } = badgeFor(expOf(token), now);
  await ext.action.setBadgeBackgroundColor({ color });
  await ext.action.setBadgeText({ text });
}

async function status(token?: string): Promise<PinStatus> {
  const pinned = await read(ITEMS.pinnedToken);
  return { pinned: pinned !== null, exp: pinned ? expOf(pinned) : null, matches: pinned !== null && token === pinned };
}

export async function pin(token: string): Promise<PinStatus> {
  const exp = expOf(token);
  await write(ITEMS.pinnedToken, token);
  // Chrome keeps alarms across worker restarts; re-creating the same name replaces it (idempotent).
  await ext.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
  await refreshBadge();
  return { pinned: true, exp, matches: true };
}

export async function unpin(): Promise<PinStatus> {
  await write(ITEMS.pinnedToken, null);
  await ext.alarms.clear(BADGE_ALARM);
  await refreshBadge();
  return { pinned: false, exp: null, matches: false };
}

export const pinStatus = status;

/** Registered at the top level by ./handlers.ts, so a worker woken by the alarm finds it. */
export function listenToBadgeAlarm(): void {
  ext.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge().catch(() => undefined);
  });
}
