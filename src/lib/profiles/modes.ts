// How a profile can mint, and what each way is called: shared by the popup's Mint tab and the content
// script's tray so both offer the same choices in the same words. Pure; tiny on purpose (the content script
// bundles it).
import type { ProfileSummary } from './profile';

import type { MintMode } from '../mint/ledger';

export type { MintMode };

export const MODE_LABELS: Record<MintMode, string> = {
  'client-credentials': 'Client credentials (Auth0 issues it)',
  'hs256-custom': 'HS256, custom API (signed locally)',
  'hs256-legacy': 'HS256, legacy APIv2 token (signed locally)',
};

/** The modes a profile's credentials allow, client credentials first. */
export function mintModesOf(p: Pick<ProfileSummary, 'canClientCredentials' | 'hs256'> | undefined): MintMode[] {
  if (!p) return [];
  const modes: MintMode[] = [];
  if (p.canClientCredentials) modes.push('client-credentials');
  if (p.hs256.customApi) modes.push('hs256-custom');
  if (p.hs256.legacy) modes.push('hs256-legacy');
  return modes;
}
