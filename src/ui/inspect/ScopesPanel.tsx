// The token's scopes grouped by entity ("users: read, update, …"), each with its catalog description;
// current_user scopes flagged as valid only in user tokens (FACTS §3). For Management API (and legacy APIv2)
// tokens, also "What can this token call?" and "Why 403?". Runs in extension pages.
import { scopesFromToken, type DecodedToken } from '../../lib/jwt';
import { groupByEntity } from '../../lib/scopes/catalog';
import { EndpointSearch } from './EndpointSearch';
import { Why403 } from './Why403';

const SOURCE = { scope: 'the scope claim', permissions: 'the permissions claim (RBAC)', 'scopes-object': 'the legacy scopes object', none: '' };

export function ScopesPanel({ token }: { token: DecodedToken }) {
  const { scopes, source } = scopesFromToken(token.payload);
  const kind = token.kind.kind;
  const management = kind === 'management-m2m' || kind === 'management-user' || kind === 'legacy-apiv2';
  if (scopes.length === 0 && !management) return null;
  const groups = groupByEntity(scopes);
  return (
    <section class="panel" aria-labelledby={`scopes-h-${token.layer}`}>
      <h2 id={`scopes-h-${token.layer}`}>
        Scopes ({scopes.length}){source !== 'none' && <span class="muted normal"> from {SOURCE[source]}</span>}
      </h2>
      {groups.length === 0 ? (
        <p class="muted">This token carries no scopes.</p>
      ) : (
        <ul class="scope-groups" data-testid="scope-groups">
          {groups.map((g) => (
            <li key={g.entity}>
              <strong>{g.entity || 'other'}</strong>: {g.actions.map((a) => a.action).join(', ')}
              <ul class="inspect-scope-list">
                {g.actions.map((a) => (
                  <li key={a.scope}>
                    <code>{a.scope}</code>
                    {a.description && <span class="muted"> — {a.description}</span>}
                    {a.userTokenOnly && (
                      <span class="badge warn small" title="current_user scopes work only in user tokens, never in an M2M grant">
                        user tokens only
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {management && (
        <>
          <details>
            <summary>What can this token call?</summary>
            <EndpointSearch scopes={scopes} />
          </details>
          <details>
            <summary>Why 403?</summary>
            <Why403 scopes={scopes} />
          </details>
        </>
      )}
    </section>
  );
}
