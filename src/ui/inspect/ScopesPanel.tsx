// The token's scopes grouped by entity ("users: read, update, …"), each with its catalog description;
// current_user scopes flagged as valid only in user tokens (FACTS §3). For Management API (and legacy APIv2)
// tokens, also "What can this token call?" and "Why 403?". Runs in extension pages.
// Issue #7: the descriptions come from the background (useScopeFacts), every group's one-line summary is always
// shown, but the per-scope rows stop after DETAILED scopes until "Show all" (a full-scope token has 276), and
// the two closed sections render nothing until opened.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { scopesFromToken, type DecodedToken } from '../../lib/jwt';
import { groupScopes, type EntityGroup } from '../../lib/scopes/group';
import { EndpointSearch } from './EndpointSearch';
import { LazyDetails } from './LazyDetails';
import { useScopeFacts } from './useScopeFacts';
import { Why403 } from './Why403';

const SOURCE = { scope: 'the scope claim', permissions: 'the permissions claim (RBAC)', 'scopes-object': 'the legacy scopes object', none: '' };
/** Scopes listed one per row (with description) before "Show all". */
export const DETAILED = 24;
const USER_ONLY_TITLE = 'current_user scopes work only in user tokens, never in an M2M grant';

function Group({ g, detailed }: { g: EntityGroup; detailed: boolean }) {
  const userOnly = g.actions.some((a) => a.userTokenOnly);
  return (
    <li>
      <strong>{g.entity || 'other'}</strong>: {g.actions.map((a) => a.action).join(', ')}
      {!detailed && userOnly && (
        <span class="badge warn small" title={USER_ONLY_TITLE}>
          user tokens only
        </span>
      )}
      {detailed && (
        <ul class="inspect-scope-list">
          {g.actions.map((a) => (
            <li key={a.scope}>
              <code>{a.scope}</code>
              {a.description && <span class="muted"> — {a.description}</span>}
              {a.userTokenOnly && (
                <span class="badge warn small" title={USER_ONLY_TITLE}>
                  user tokens only
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function ScopesPanel({ token }: { token: DecodedToken }) {
  const { scopes, source } = useMemo(() => scopesFromToken(token.payload), [token.payload]);
  const [all, setAll] = useState(false);
  useEffect(() => setAll(false), [token.raw]); // a new token starts short again
  const facts = useScopeFacts(scopes);
  const groups = useMemo(() => groupScopes(scopes, facts), [scopes, facts]);
  const kind = token.kind.kind;
  const management = kind === 'management-m2m' || kind === 'management-user' || kind === 'legacy-apiv2';
  if (scopes.length === 0 && !management) return null;
  // Whole groups get their rows while the running count stays within DETAILED (the first group always does).
  let rows = 0;
  const detailed = groups.map((g, i) => {
    rows += g.actions.length;
    return all || i === 0 || rows <= DETAILED;
  });
  const hidden = groups.reduce((n, g, i) => n + (detailed[i] ? 0 : g.actions.length), 0);
  return (
    <section class="panel" aria-labelledby={`scopes-h-${token.layer}`}>
      <h2 id={`scopes-h-${token.layer}`}>
        Scopes ({scopes.length}){source !== 'none' && <span class="muted normal"> from {SOURCE[source]}</span>}
      </h2>
      {groups.length === 0 ? (
        <p class="muted">This token carries no scopes.</p>
      ) : (
        <ul class="scope-groups" data-testid="scope-groups">
          {groups.map((g, i) => (
            <Group key={g.entity} g={g} detailed={detailed[i] as boolean} />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {scopes.length} scopes with descriptions
        </button>
      )}
      {management && (
        <>
          <LazyDetails summary="What can this token call?">{() => <EndpointSearch scopes={scopes} />}</LazyDetails>
          <LazyDetails summary="Why 403?">{() => <Why403 scopes={scopes} />}</LazyDetails>
        </>
      )}
    </section>
  );
}
