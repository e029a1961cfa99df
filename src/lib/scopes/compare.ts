// Requested versus granted scopes after a mint (issues #4, #5, #11): which asked-for scopes Auth0 did not grant,
// which it granted unasked (FACTS §1: client credentials always carry the whole grant), and the sentences every
// result view uses for them. An empty request asks for the client's whole grant, so nothing is "missing" then.
// Pure and dependency-free: the popup's Mint tab, the options page and the content script's tray all use it.

export function compareScopes(requested: readonly string[], granted: readonly string[]): { missing: string[]; extra: string[] } {
  if (requested.length === 0) return { missing: [], extra: [] };
  const g = new Set(granted);
  const r = new Set(requested);
  return { missing: requested.filter((s) => !g.has(s)), extra: granted.filter((s) => !r.has(s)) };
}

const list = (xs: readonly string[]) => xs.join(', ');

export interface ScopeNotes {
  /** All picked, nothing more. */
  exact: string | null;
  /** "Auth0 issued N scopes you did not pick: …" */
  extra: string | null;
  missing: string | null;
}

export function scopeNotes(r: { mode: string; requestedScopes: readonly string[]; grantedScopes: readonly string[]; grantPatched: boolean }): ScopeNotes {
  const { missing, extra } = compareScopes(r.requestedScopes, r.grantedScopes);
  const n = r.requestedScopes.length;
  return {
    exact: n > 0 && !missing.length && !extra.length ? `The token carries exactly the ${n} picked scope${n === 1 ? '' : 's'}${r.mode === 'exact' && r.grantPatched ? '; the minting app’s grant was set to them first' : ''}.` : null,
    extra: extra.length ? `Auth0 issued ${extra.length} scope${extra.length === 1 ? '' : 's'} you did not pick: ${list(extra)}.` : null,
    missing: missing.length ? `Not in the token: ${list(missing)}.` : null,
  };
}
