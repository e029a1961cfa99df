// Typed calls the content script makes to the background: list profiles (public, secret-free summaries),
// mint with a profile id, open the inspector. Runs in the content script. Shapes come from the one message map.
import { send } from '../shared/rpc';
import type { AppError } from '../shared/errors';
import type { Reply, RequestOf } from '../shared/messages';
import type { MintResult, ProfileSummary } from '../shared/messages/mint';

export type { MintResult, ProfileSummary };
export type MintRequest = RequestOf<'mint.request'>;
export type MintMode = MintRequest['mode'];
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export async function listProfiles(): Promise<Reply<'profiles.list'>> {
  return send('profiles.list', {});
}

export async function mint(req: MintRequest): Promise<Reply<'mint.request'>> {
  // Omit an absent audience: the background's schema rejects undefined-valued fields.
  const payload: MintRequest = req.audience === undefined ? { profileId: req.profileId, mode: req.mode, scopes: req.scopes } : req;
  return send('mint.request', payload, 30_000);
}

export async function openInspector(token: string): Promise<Reply<'inspector.open'>> {
  return send('inspector.open', { token });
}

/** The text to show for an error, with the one case the user can fix from here spelled out. */
export function errorText(error: AppError): string {
  if (error.code === 'ERR_LOCKED') return 'Unlock Token Workbench from its toolbar popup first.';
  return error.message;
}
