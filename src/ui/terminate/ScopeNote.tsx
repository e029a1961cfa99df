// Which scopes a Terminate action needs and whether the profile has them (FACTS §5: any-of per endpoint),
// known from the profile's last client-credentials mint; otherwise "checked when you act" (a 403 is then
// mapped to the same explanation). Runs in extension pages.
import type { ScopeStatus } from '../../lib/auth0/management-scopes';

export function ScopeNote({ status }: { status: ScopeStatus }) {
  if (status.state === 'granted') return <p class="scope-note muted">Needs {status.label}: granted to this profile.</p>;
  if (status.state === 'unknown') return <p class="scope-note muted">Needs {status.label}: not known yet (checked when you act).</p>;
  const lacking = status.missing.map((any) => any.join(' or ')).join(', ');
  return (
    <p class="scope-note missing" data-testid="scope-missing">
      Needs {status.label}: this profile's last token lacks {lacking}. Grant it in the dashboard: APIs → Auth0 Management API → Machine to
      Machine Applications → the client → tick {lacking} → Update.
    </p>
  );
}
