// The environment tag of a profile. Production is red everywhere it appears (issue #4), so a production tenant
// is never mistaken for a test one. Runs in extension pages.
import type { Environment } from '../../lib/profiles/profile';

export function EnvBadge({ env }: { env: Environment }) {
  return (
    <span class={`env env-${env}`} data-env={env}>
      {env}
    </span>
  );
}

/** The tenant name to type in a confirmation: the first label of the canonical domain ("demo"). */
