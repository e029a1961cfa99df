// "Terminate" in the decoded view (issue #6), popup and inspector. A token with a jti shows "Blacklist" (FACTS
// §4); an Auth0 access token without one shows why it cannot be revoked (FACTS §2: no jti, valid until exp)
// and offers the levers. The plan (profiles, aud choices, scope status) is asked from the background only when
// the user opens it; the token goes to the background, never to Auth0. Runs in extension pages.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { AppError } from '../../lib/errors';
import type { TerminatePlan } from '../../shared/messages/terminate';
import type { DecodedToken } from '../../lib/jwt';
import { acceptForBlacklist, isAccessToken } from '../../lib/jwt/kind';
import { ProfileSelect } from './ProfileSelect';
import { ErrorText } from '../mint/ErrorText';
import { BlacklistBox } from './BlacklistBox';
import { Levers } from './Levers';
import './terminate.css';

const audList = (aud: unknown): string[] => (typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : []);
const when = (exp: unknown) => (typeof exp === 'number' ? new Date(exp * 1000).toLocaleString() : null);

export function TerminatePanel({ token }: { token: DecodedToken }) {
  const [plan, setPlan] = useState<TerminatePlan | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [open, setOpen] = useState<'blacklist' | 'levers' | null>(null);
  const [profileId, setProfileId] = useState('');
  useEffect(() => (setPlan(null), setOpen(null), setError(null)), [token.raw]);

  const payload = token.payload as Record<string, unknown> | undefined;
  if (!payload || token.form !== 'jws') return null;
  const kind = token.kind;
  const accepted = acceptForBlacklist(kind, payload);
  const accessToken = isAccessToken(kind.kind);
  if (!accepted.ok && !accessToken) return null; // ID tokens and unknowns: nothing to terminate here (SECURITY B2.27)

  const load = async (what: 'blacklist' | 'levers') => {
    setOpen(what);
    setError(null);
    const r = await send('terminate.plan', { token: token.raw });
    if (!r.ok) return setError(r.error);
    setPlan(r.data);
    setProfileId(r.data.profiles[0]?.id ?? '');
  };
  const exp = when(payload.exp);
  const profile = plan?.profiles.find((p) => p.id === profileId);

  return (
    <section class="panel terminate" aria-labelledby={`terminate-h-${token.layer}`} data-testid="terminate-panel">
      <h2 id={`terminate-h-${token.layer}`}>Terminate</h2>
      {accepted.ok ? (
        <div class="row">
          <button type="button" class="primary" onClick={() => void load('blacklist')} aria-expanded={open === 'blacklist'}>
            Blacklist
          </button>
          <span class="muted">jti {String(payload.jti)}</span>
        </div>
      ) : (
        <div data-testid="no-jti">
          {typeof payload.jti === 'string' && payload.jti ? (
            // Issue #12: say what is true of this token: it has a jti, but Auth0 checks its blacklist only for the
            // Management API (FACTS §4), so the API this token is for must check the jti itself.
            <p data-testid="jti-unprotected">
              <strong>This token has a jti ({payload.jti}), but Auth0's blacklist protects only the Management API.</strong> The API it was issued for (
              <code>{audList(payload.aud).join(', ') || 'its aud'}</code>) must check the jti itself; Auth0 will not refuse it. It stays valid until{' '}
              <code data-testid="no-jti-exp">{exp ?? 'its exp (none set)'}</code>. What you can do at Auth0 stops new tokens or shortens the next ones:
            </p>
          ) : (
            <p>
              <strong>This token cannot be revoked.</strong> Auth0 access tokens carry no <code>jti</code>, so there is nothing to blacklist; it stays valid until{' '}
              <code data-testid="no-jti-exp">{exp ?? 'its exp (none set)'}</code>. What you can do instead stops new tokens or shortens the next ones:
            </p>
          )}
          <button type="button" onClick={() => void load('levers')} aria-expanded={open === 'levers'}>
            Show the levers
          </button>
        </div>
      )}
      <ErrorText error={error} />
      {open === 'levers' && plan && plan.profiles.length > 1 && (
        <ProfileSelect profiles={plan.profiles} value={profileId} onChange={setProfileId} label="Profile for the levers" />
      )}
      {open === 'blacklist' && plan && <BlacklistBox plan={plan} onDone={() => setOpen(null)} />}
      {open === 'levers' && plan && !profile && <p class="muted">No profile for this token's tenant ({String(payload.iss ?? 'no iss')}): add one in Options.</p>}
      {open === 'levers' && plan?.levers && profile && <Levers key={profile.id} plan={plan} profile={profile} />}
    </section>
  );
}
