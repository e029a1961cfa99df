// The popup mint form's pure logic (issue #4): which modes a profile allows, the default audience per mode
// (the Management API of the CANONICAL domain even with a custom domain, FACTS §8) and the mint.request
// payload. No DOM; unit-tested.
import { mintModesOf } from '../../lib/profiles/modes';
import type { ProfileSummary } from '../../shared/messages/mint';
import type { MintMode } from '../../lib/mint/ledger';
import type { RequestOf } from '../../shared/messages';
import { managementApiOf } from '../../lib/domain';

export interface MintFormState {
  profileId: string;
  mode: MintMode;
  /** 'management' or 'other' (client credentials only). */
  audienceKind: 'management' | 'other';
  otherAudience: string;
  scopes: string[];
  lifetimeSeconds: number;
}

export const managementAudience = (p: ProfileSummary) => managementApiOf(p.domain);

/** The audience the token will carry, for display and for the granted-scopes memory. */
/** Client credentials and exact mode ask Auth0 for a token; the HS256 modes sign locally. */
export const asksAuth0 = (mode: MintMode): boolean => mode === 'client-credentials' || mode === 'exact';

export function effectiveAudience(p: ProfileSummary, s: MintFormState): string {
  if (s.mode === 'hs256-custom') return p.hs256.customApi?.audience ?? '';
  if (s.mode === 'hs256-legacy') return 'legacy';
  return s.audienceKind === 'other' ? s.otherAudience.trim() : managementAudience(p);
}

/** The catalog applies to Management API audiences (client credentials to /api/v2/, and legacy tokens). */
export function usesCatalog(p: ProfileSummary, s: MintFormState): boolean {
  return s.mode === 'hs256-legacy' || (asksAuth0(s.mode) && effectiveAudience(p, s) === managementAudience(p));
}

/** The modes for the form's current audience: exact appears only where a minting app serves it (issue #11). */
export function modesFor(p: ProfileSummary, s: MintFormState): MintMode[] {
  return mintModesOf(p, effectiveAudience(p, { ...s, mode: 'client-credentials' }));
}

/** The mode actually used: the chosen one while the audience allows it, else the first the audience allows. */
export function resolvedMode(p: ProfileSummary, s: MintFormState): MintMode {
  const modes = modesFor(p, s);
  return modes.includes(s.mode) ? s.mode : (modes[0] ?? s.mode);
}

export function initialState(p: ProfileSummary | undefined): MintFormState {
  const mode = p ? mintModesOf(p, managementAudience(p))[0] : undefined;
  return { profileId: p?.id ?? '', mode: mode ?? 'client-credentials', audienceKind: 'management', otherAudience: '', scopes: [], lifetimeSeconds: 3600 };
}

export function mintPayload(p: ProfileSummary, s: MintFormState): RequestOf<'mint.request'> {
  const mode = resolvedMode(p, s);
  const base = { profileId: p.id, mode, scopes: s.scopes };
  if (asksAuth0(mode)) return { ...base, audience: effectiveAudience(p, { ...s, mode }) };
  return { ...base, lifetimeSeconds: s.lifetimeSeconds };
}
