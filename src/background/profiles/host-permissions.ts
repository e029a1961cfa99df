// Custom-domain host permissions follow the profiles (issue 13 item 8): when no saved profile uses a custom
// domain any more (the profile was removed, or its custom domain changed), its `https://HOST/*` grant is given
// back with permissions.remove, so a forgotten grant cannot keep a host reachable. Runs in the background; the
// browser call is injected so the rule is unit-tested.
import { originPattern, type Profile } from '../../lib/profiles/profile';

export interface PermissionsApi {
  remove(p: { origins: string[] }): Promise<boolean>;
}

/** Releases the grant for `host` unless one of `remaining` still uses it. Never throws (the profile change
 *  itself already happened; a failed release leaves an unused grant, which trust ignores anyway). */
export async function releaseUnusedHost(host: string | undefined, remaining: readonly Profile[], permissions: PermissionsApi): Promise<boolean> {
  if (!host) return false;
  const h = host.toLowerCase();
  if (remaining.some((p) => p.customDomain?.toLowerCase() === h)) return false;
  try {
    return await permissions.remove({ origins: [originPattern(h)] });
  } catch {
    return false;
  }
}
