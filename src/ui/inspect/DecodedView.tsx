// The decoded view of one token layer: status badges, copy bar, signature, times, explained claims, scopes,
// the raw header and claims JSON, and a nested (cty JWT) layer below it. Shared by the popup and the inspector
// tab. Every value from the token is rendered as text (SECURITY B1.18). Runs in extension pages.
// Issue #7: the scopes, terminate and explained-claims panels (most of a full-scope token's ~570 elements, and
// the date formatting) come one frame after the rest; see useAfterFirstPaint. Issue #16 item 6: their code is
// fetched then too (src/ui/lazy.ts), so the script the first paint waits for is smaller.
import type { DecodedToken } from '../../lib/jwt';
import { useAfterFirstPaint, useNow } from '../hooks';
import { lazy } from '../lazy';
import { Badges } from './Badges';
import { CopyBar, json } from './CopyBar';
import { TimePanel } from './TimePanel';
import { useVerification } from './useVerification';
import { VerifyPanel } from './VerifyPanel';
import { timeStatus } from '../../lib/jwt';

const ScopesPanel = lazy(() => import('./later').then((m) => m.ScopesPanel));
const TerminatePanel = lazy(() => import('./later').then((m) => m.TerminatePanel));
const ClaimsTable = lazy(() => import('./later').then((m) => m.ClaimsTable));

export function DecodedView({ token, leeway, wide = false }: { token: DecodedToken; leeway: number; wide?: boolean }) {
  const now = useNow(1000);
  const verification = useVerification(token);
  const time = token.payload ? timeStatus(token.payload, now, leeway) : undefined;
  const l = token.layer;
  const later = useAfterFirstPaint();
  return (
    <div class="decoded" data-layer={l}>
      <Badges token={token} time={time} verification={verification} />
      {token.form === 'opaque' && (
        <p class="opaque" data-testid="opaque-note">
          <strong>Opaque token, issued without an audience.</strong> Auth0 issues an opaque access token when the login asks for no audience;
          only Auth0 can read it (it works at /userinfo). Request an API audience to get a JWT.
        </p>
      )}
      {token.form === 'jwe' && (
        <p class="muted" data-testid="jwe-note">
          Encrypted (alg {String(token.header['alg'])}, enc {String(token.header['enc'])}
          {typeof token.header['kid'] === 'string' ? `, kid ${token.header['kid']}` : ''}): payload not decodable.
        </p>
      )}
      <CopyBar token={token} />
      <div class={wide ? 'columns' : undefined}>
        <div>
          <VerifyPanel token={token} verification={verification} />
          <TimePanel token={token} now={now} leeway={leeway} />
          {later && <ScopesPanel token={token} />}
          {later && l === 0 && <TerminatePanel token={token} />}
        </div>
        <div>
          <section class="panel" aria-labelledby={`explain-h-${l}`}>
            <h2 id={`explain-h-${l}`}>Explained</h2>
            {later && <ClaimsTable token={token} now={now} />}
          </section>
          <section class="panel" aria-label="Raw JSON">
            <h2 id={`header-heading-${l}`}>Header</h2>
            <pre aria-labelledby={`header-heading-${l}`} data-testid={l === 0 ? 'header-json' : `header-json-${l}`}>
              {json(token.header)}
            </pre>
            {token.payload !== undefined && (
              <>
                <h2 id={`claims-heading-${l}`}>Claims</h2>
                <pre aria-labelledby={`claims-heading-${l}`} data-testid={l === 0 ? 'claims-json' : `claims-json-${l}`}>
                  {json(token.payload)}
                </pre>
              </>
            )}
          </section>
        </div>
      </div>
      {token.inner && (
        <section class="nested" aria-label={`Nested token, layer ${token.inner.layer + 1}`}>
          <h2>Nested token (layer {token.inner.layer + 1})</h2>
          <DecodedView token={token.inner} leeway={leeway} wide={wide} />
        </section>
      )}
      {token.innerError && <p class="error">{token.innerError.message}</p>}
    </div>
  );
}
