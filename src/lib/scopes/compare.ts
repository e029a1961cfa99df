// Requested versus granted scopes after a mint (issues #4, #5): which asked-for scopes Auth0 did not grant, and
// which it granted unasked. An empty request asks for the client's whole grant, so nothing is "missing" then.
// Pure and dependency-free: the popup's Mint tab and the content script's tray both use it.

export function compareScopes(requested: readonly string[], granted: readonly string[]): { missing: string[]; extra: string[] } {
  if (requested.length === 0) return { missing: [], extra: [] };
  const g = new Set(granted);
  const r = new Set(requested);
  return { missing: requested.filter((s) => !g.has(s)), extra: granted.filter((s) => !r.has(s)) };
}
