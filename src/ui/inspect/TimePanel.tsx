// Times of a token: exp/iat/nbf in local time and UTC, "expires in 3 h 12 min" / "expired 5 min ago", a LIVE
// countdown, the lifetime (exp − iat) against Auth0's default 86,400 s (FACTS §7), the leeway from settings,
// and the pin-to-toolbar button. Recomputed from the claims every second. Runs in extension pages.
import { describeLifetime, formatLocalAndUtc, timeStatus, type DecodedToken, type NumericDate } from '../../lib/jwt';
import { Countdown } from './Countdown';
import { PinButton } from './PinButton';

function When({ name, d }: { name: string; d: NumericDate }) {
  if (d.status === 'absent') return null;
  if (d.status !== 'ok') {
    return (
      <>
        <dt>{name}</dt>
        <dd>
          <code>{d.raw}</code> <span class="warn">({d.status.replace(/-/g, ' ')})</span>
        </dd>
      </>
    );
  }
  const t = formatLocalAndUtc(d.ms);
  return (
    <>
      <dt>{name}</dt>
      <dd>
        {t.local}
        <br />
        <span class="muted">{t.utc}</span>
      </dd>
    </>
  );
}

export function TimePanel({ token, now, leeway }: { token: DecodedToken; now: number; leeway: number }) {
  if (!token.payload) return null;
  const t = timeStatus(token.payload, now, leeway);
  return (
    <section class="panel" aria-labelledby={`time-h-${token.layer}`}>
      <h2 id={`time-h-${token.layer}`}>Times</h2>
      <p data-testid="relative-time">
        <strong>
          {t.exp.status === 'ok' ? t.relative : t.exp.status === 'absent' ? 'No exp: this token never expires' : 'Expiry unknown (exp is not a usable number)'}
        </strong>
        {t.exp.status === 'ok' && (
          <>
            {' '}
            · <Countdown exp={t.exp.seconds} now={now} />
          </>
        )}
      </p>
      <dl class="kv">
        <When name="Expires (exp)" d={t.exp} />
        <When name="Issued (iat)" d={t.iat} />
        <When name="Not before (nbf)" d={t.nbf} />
        {t.lifetime !== undefined && (
          <>
            <dt>Lifetime</dt>
            <dd data-testid="lifetime">{t.lifetime > 0 ? describeLifetime(t.lifetime) : `${t.lifetime} s`}</dd>
          </>
        )}
        <dt>Leeway</dt>
        <dd>{leeway} s (from settings; tolerated clock skew)</dd>
      </dl>
      {t.warnings.length > 0 && (
        <ul class="warn-list" aria-label="Time warnings">
          {t.warnings.map((w, i) => (
            <li key={i}>⚠ {w}</li>
          ))}
        </ul>
      )}
      {token.layer === 0 && (
        <div class="row">
          <PinButton raw={token.raw} />
        </div>
      )}
    </section>
  );
}
