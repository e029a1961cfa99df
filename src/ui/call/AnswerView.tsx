// The answer of a Try-it call (issue 15): status, duration, the rate-limit headers (FACTS §1: x-ratelimit-*,
// Retry-After), the body as a collapsible JSON tree with secrets masked until revealed, and Copy as curl
// (the token as $MGMT_TOKEN, never in clear). Runs in extension pages.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CallAnswer } from '../../shared/messages/call';
import { maskedCopy, secretPaths } from '../../lib/call/mask';
import { resetTime } from '../../lib/call/rate';
import { CopyButton } from '../CopyButton';
import { JsonTree } from './JsonTree';

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable' };

export function AnswerView({ answer, curl }: { answer: CallAnswer; curl: string }) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setRevealed(new Set()), [answer]); // a new answer starts masked
  const body = answer.body;
  const secrets = useMemo(() => (body.kind === 'json' ? secretPaths(body.value) : []), [body]);
  const hidden = secrets.filter((k) => !revealed.has(k)).length;
  const ok = answer.status >= 200 && answer.status < 300;
  const reset = resetTime(answer.rate['x-ratelimit-reset']);
  return (
    <section class="call-answer" aria-label="Response" data-testid="call-answer" data-status={answer.status}>
      <p class="row">
        <span class={`badge ${ok ? 'ok' : 'bad'}`} data-testid="call-status">
          {answer.status} {REASONS[answer.status] ?? ''}
        </span>
        <span class="muted" data-testid="call-duration">
          {answer.durationMs} ms
        </span>
        <span class="muted">from {answer.host}</span>
      </p>
      {Object.keys(answer.rate).length > 0 && (
        <dl class="kv" aria-label="Rate limit" data-testid="call-rate">
          {Object.entries(answer.rate).map(([k, v]) => (
            <>
              <dt key={`${k}-t`}>{k}</dt>
              <dd key={`${k}-d`}>
                {v}
                {k === 'x-ratelimit-reset' && reset && <span class="muted"> ({reset.toLocaleTimeString()})</span>}
                {k === 'retry-after' && /^\d+$/.test(v) && <span class="muted"> (seconds)</span>}
              </dd>
            </>
          ))}
        </dl>
      )}
      <div class="row">
        <CopyButton text={curl} label="Copy as curl" />
        {body.kind === 'json' && <CopyButton text={JSON.stringify(hidden ? maskedCopy(body.value) : body.value, null, 2)} label={hidden ? 'Copy JSON (secrets masked)' : 'Copy JSON'} />}
        {hidden > 0 && (
          <button type="button" onClick={() => setRevealed(new Set(secrets))}>
            Reveal all {hidden} secret{hidden === 1 ? '' : 's'}
          </button>
        )}
      </div>
      {body.kind === 'json' && <JsonTree value={body.value} revealed={revealed} onReveal={(k) => setRevealed(new Set([...revealed, k]))} />}
      {body.kind === 'text' && <pre data-testid="call-text">{body.text}</pre>}
      {body.kind === 'empty' && <p class="muted">No body.</p>}
    </section>
  );
}
