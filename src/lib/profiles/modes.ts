// How a profile can mint, and what each way is called: shared by the popup's Mint tab and the content
// script's tray so both offer the same choices in the same words. Pure; tiny on purpose (the content script
// bundles it).
import type { ProfileSummary } from './profile';

import type { MintMode } from '../mint/ledger';

export type { MintMode };

export const MODE_LABELS: Record<MintMode, string> = {
  // FACTS §1: Auth0 issues every granted scope in client credentials, whatever is picked.
  'client-credentials': 'Client credentials: every granted scope',
  exact: 'Exactly the picked scopes (minting app)',
  'hs256-custom': 'HS256, custom API (signed locally)',
  'hs256-legacy': 'HS256, legacy APIv2 token (signed locally)',
};

/** The modes a profile's credentials allow for an audience: exact (when a minting app serves it), client
 *  credentials, then the local HS256 modes. */
export function mintModesOf(p: Pick<ProfileSummary, 'canClientCredentials' | 'hs256' | 'exactAudiences'> | undefined, audience?: string): MintMode[] {
  if (!p) return [];
  const modes: MintMode[] = [];
  // Exact first where it is set up: it is the only way to a token with exactly the picked scopes (FACTS §1).
  if (audience !== undefined && p.exactAudiences.includes(audience)) modes.push('exact');
  if (p.canClientCredentials) modes.push('client-credentials');
  if (p.hs256.customApi) modes.push('hs256-custom');
  if (p.hs256.legacy) modes.push('hs256-legacy');
  return modes;
}
