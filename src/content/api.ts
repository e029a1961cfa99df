// Typed calls the content script makes to the background: list profiles (public, secret-free summaries), the
// tray's narrow mint (metadata back, never the token: SECURITY B4.38), open the inspector. Runs in the content
// script. Shapes come from the one message map.
import { send } from '../shared/rpc';
import type { AppError } from '../lib/errors';
import type { Reply, RequestOf } from '../shared/messages';
import type { ProfileSummary } from '../shared/messages/mint';
import type { TrayMintResult } from '../shared/messages/tray';

export type { ProfileSummary, TrayMintResult };
export type TrayMintRequest = RequestOf<'tray.mint'>;
export type TrayMode = TrayMintRequest['mode'];
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export async function listProfiles(): Promise<Reply<'profiles.list'>> {
  return send('profiles.list', {});
}

export async function trayMint(req: TrayMintRequest): Promise<Reply<'tray.mint'>> {
  // Omit an absent audience: the background's schema rejects undefined-valued fields.
  const payload = Object.fromEntries(Object.entries(req).filter(([, v]) => v !== undefined)) as TrayMintRequest;
  return send('tray.mint', payload, 45_000);
}

/** How the grant for this API may be used with organizations (FACTS §9), to offer the field only where it counts. */
export async function grantInfo(profileId: string, audience: string): Promise<Reply<'mint.grantInfo'>> {
  return send('mint.grantInfo', { profileId, audience }, 20_000);
}

/** Hands a token this tab minted to a new inspector tab (the token never passes through here). */
export async function openFromTray(ledgerId: string): Promise<Reply<'tray.open'>> {
  return send('tray.open', { ledgerId });
}

export async function setupExact(profileId: string, audience: string): Promise<Reply<'tray.setupExact'>> {
  return send('tray.setupExact', { profileId, audience });
}

export async function openInspector(token: string): Promise<Reply<'inspector.open'>> {
  return send('inspector.open', { token });
}

/** The text to show for an error, with the one case the user can fix from here spelled out. */
export function errorText(error: AppError): string {
  if (error.code === 'ERR_LOCKED') return 'Unlock Token Workbench from its toolbar popup first.';
  return error.message;
}
