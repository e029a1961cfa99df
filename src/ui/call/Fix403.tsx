// The 403 fix (issue 15): the scopes Auth0 said it expected ("Insufficient scope, expected any of: …", FACTS §5)
// and, when the token's own profile is saved, one button that mints a new token from it with the scope added
// and retries the call. With plain client credentials Auth0 gives the whole client grant (FACTS §1): a scope
// outside the grant fails with Auth0's "Client has not been granted scopes: …", shown as it is. Runs in
// extension pages.
import type { CallTargetInfo } from '../../shared/messages/call';
import { scopeToAdd } from '../../lib/call/remint';

export interface Fix403Props {
  expected: string[];
  tokenScopes: readonly string[];
  target: CallTargetInfo | null;
  busy: boolean;
  error: string | null;
  onFix(scope: string): void;
}

export function Fix403({ expected, tokenScopes, target, busy, error, onFix }: Fix403Props) {
  const add = scopeToAdd(expected);
  const held = expected.filter((s) => tokenScopes.includes(s));
  return (
    <section class="fix403 notice" aria-label="Missing scope" data-testid="fix403">
      <p style={{ margin: 0 }}>
        <strong>Insufficient scope.</strong> Auth0 expected any of:{' '}
        {expected.map((s, i) => (
          <span key={s}>
            {i > 0 && ', '}
            <code>{s}</code>
          </span>
        ))}
        . {held.length ? `This token has ${held.join(', ')}: the scope is not the reason.` : 'This token has none of them.'}
      </p>
      {add && target?.canRemint && !held.length && (
        <p class="row">
          <button type="button" class="primary" aria-busy={busy} disabled={busy} onClick={() => onFix(add)}>
            {busy ? 'Minting…' : `Mint with ${add} and retry`}
          </button>
          <span class="muted">from profile “{target.profileLabel}”</span>
        </p>
      )}
      {add && target && !target.canRemint && (
        <p class="muted">No saved profile with a client secret minted this token. Grant {add} in the dashboard (APIs → Auth0 Management API → Machine to Machine Applications → the client), then mint a new token.</p>
      )}
      {!add && <p class="muted">These scopes exist only in user tokens; an M2M client cannot be granted them.</p>}
      {error && (
        <p role="alert" class="error" data-testid="fix403-error">
          {error}
        </p>
      )}
    </section>
  );
}
