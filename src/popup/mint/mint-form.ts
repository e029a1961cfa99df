// The popup mint form's pure logic (issue #4): which modes a profile allows, the default audience per mode
// (the Management API of the CANONICAL domain even with a custom domain, FACTS §8) and the mint.request
// payload. No DOM; unit-tested.
import { mintModesOf } from '../../lib/profiles/modes';
import type { ProfileSummary } from '../../shared/messages/mint';
import type { MintMode } from '../../lib/mint/ledger';
import type { RequestOf } from '../../shared/messages';

export interface MintFormState {
  profileId: string;
  mode: MintMode;
  /** 'management' or 'other' (client credentials only). */
  audienceKind: 'management' | 'other';
  otherAudience: string;
  scopes: string[];
  lifetimeSeconds: number;
}

export const managementAudience = (p: ProfileSummary) => `https://${p.domain}/api/v2/`;

/** The audience the token will carry, for display and for the granted-scopes memory. */
export function effectiveAudience(p: ProfileSummary, s: MintFormState): string {
  if (s.mode === 'hs256-custom') return p.hs256.customApi?.audience ?? '';
  if (s.mode === 'hs256-legacy') return 'legacy';
  return s.audienceKind === 'other' ? s.otherAudience.trim() : managementAudience(p);
}

/** The catalog applies to Management API audiences (client credentials to /api/v2/, and legacy tokens). */
export function usesCatalog(p: ProfileSummary, s: MintFormState): boolean {
  return s.mode === 'hs256-legacy' || (s.mode === 'client-credentials' && effectiveAudience(p, s) === managementAudience(p));
}

export function initialState(p: ProfileSummary | undefined): MintFormState {
  return { profileId: p?.id ?? '', mode: mintModesOf(p)[0] ?? 'client-credentials', audienceKind: 'management', otherAudience: '', scopes: [], lifetimeSeconds: 3600 };
}

export function mintPayload(p: ProfileSummary, s: MintFormState): RequestOf<'mint.request'> {
  const base = { profileId: p.id, mode: s.mode, scopes: s.scopes };
  if (s.mode === 'client-credentials') return { ...base, audience: effectiveAudience(p, s) };
  return { ...base, lifetimeSeconds: s.lifetimeSeconds };
}
