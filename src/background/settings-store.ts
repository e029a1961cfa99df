// The one writer of settings (issue 13 item 9, SECURITY B7.59): every read-modify-write of ITEMS.settings in
// the background goes through this queue, so a theme change from the popup and an auto-lock change from the
// options page that arrive together both survive. Pages never write settings themselves; they send a message
// and refresh through storage.onChanged. Runs in the background.
import { read, write } from '../shared/storage';
import { ITEMS, type Settings } from '../shared/storage-schema';
import { createLock } from './lock';

const queue = createLock();

/** Applies `patch` to the stored settings, after every update queued before it. Returns the settings written. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return queue(async () => {
    const stored = await read(ITEMS.settings).catch(() => ITEMS.settings.default);
    const next: Settings = { ...ITEMS.settings.default, ...stored, ...patch };
    await write(ITEMS.settings, next);
    return next;
  });
}
