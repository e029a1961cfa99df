// "Try it" (issue 15): call one Management API endpoint with the inspected token. The form's path fields come
// from the path template, query parameters and headers are rows, writes get a JSON body editor. The background
// sends the call (`call.send`) to the token's own tenant only; GET goes at once, writes after a confirmation
// (production profiles: the typed tenant name). A 403 "Insufficient scope" offers the one-click re-mint and
// retry. Runs in the inspector tab.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '../../shared/rpc';
import type { CallAnswer } from '../../shared/messages/call';
import { decodeToken, scopesFromToken } from '../../lib/jwt';
import { fillTemplate, templateParams } from '../../lib/call/path-params';
import { checkRequest, isWrite, type CallMethod, type CallRequest, type Row } from '../../lib/call/request';
import { curlCommand } from '../../lib/call/curl';
import { remintFailureText, remintModeFor, remintScopes } from '../../lib/call/remint';
import { tenantName } from '../../lib/profiles/dashboard';
import { useBackground } from '../useBackground';
import { Confirm } from '../terminate/Confirm';
import { AnswerView } from './AnswerView';
import { Fix403 } from './Fix403';
import { CallHistory } from './History';
import { Rows } from './Rows';
import type { TryEndpoint } from './TryContext';
import './call.css';

export interface CallPanelProps {
  endpoint: TryEndpoint;
  token: string;
  /** The page's tenant when opened from a reference page (shown until a token names one). */
  pageTenant?: string;
  /** A re-minted token replaces the inspected one. */
  onToken(token: string): void;
  onClose(): void;
}

export function CallPanel({ endpoint, token, pageTenant, onToken, onClose }: CallPanelProps) {
  const method = endpoint.method as CallMethod;
  const params = useMemo(() => templateParams(endpoint.path), [endpoint.path]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [query, setQuery] = useState<Row[]>([]);
  const [headers, setHeaders] = useState<Row[]>([]);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<CallRequest | null>(null); // a write awaiting confirmation
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ answer: CallAnswer; request: CallRequest; confirm?: string } | null>(null);
  const [fixing, setFixing] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [calls, setCalls] = useState(0);
  useEffect(() => {
    setAnswer(null);
    setPending(null);
    setProblem(null);
    setValues({});
    setBody('');
  }, [endpoint.method, endpoint.path]);

  const decoded = useMemo(() => (token.trim() ? decodeToken(token) : null), [token]);
  const tokenScopes = useMemo(() => (decoded?.ok ? scopesFromToken(decoded.token.payload).scopes : []), [decoded]);
  const target = useBackground('call.target', decoded?.ok ? { token: decoded.token.raw } : null);
  const info = target.status === 'done' ? target.data : null;

  const build = (): CallRequest | null => {
    const filled = fillTemplate(endpoint.path, values);
    if (!filled.ok) {
      setProblem(`Fill in ${filled.missing.join(', ')}.`);
      return null;
    }
    const checked = checkRequest({ method, path: filled.path, query, headers, ...(isWrite(method) ? { body } : {}) });
    if (!checked.ok) {
      setProblem(checked.reason);
      return null;
    }
    setProblem(null);
    return checked.request;
  };

  const run = async (req: CallRequest, withToken: string, confirm?: string): Promise<CallAnswer | null> => {
    setBusy(true);
    const reply = await send('call.send', { token: withToken, method: req.method, path: req.path, query: req.query, headers: req.headers, ...(req.body !== undefined ? { body: req.body } : {}), ...(confirm ? { confirm } : {}) });
    setBusy(false);
    setCalls((n) => n + 1);
    if (!reply.ok) {
      setProblem(reply.error.message);
      setAnswer(null);
      return null;
    }
    setAnswer({ answer: reply.data, request: req, ...(confirm ? { confirm } : {}) });
    return reply.data;
  };

  const onSend = () => {
    if (!decoded?.ok) return setProblem('Paste a Management API token above first.');
    const req = build();
    if (!req) return;
    setFixing({ busy: false, error: null });
    if (isWrite(req.method)) setPending(req);
    else void run(req, decoded.token.raw);
  };

  const fix = async (scope: string) => {
    if (!answer || !info?.profileId) return;
    setFixing({ busy: true, error: null });
    const minted = await send('mint.request', { profileId: info.profileId, mode: remintModeFor(info), scopes: remintScopes(tokenScopes, scope) }, 30_000);
    if (!minted.ok) return setFixing({ busy: false, error: remintFailureText(minted.error, scope) });
    onToken(minted.data.token);
    setFixing({ busy: false, error: null });
    await run(answer.request, minted.data.token, answer.confirm);
  };

  const current = answer?.request ?? null;
  return (
    <section class="panel call-panel" aria-labelledby="call-h" data-testid="call-panel">
      <h2 id="call-h" class="row normal">
        <span>Try it:</span>
        <code class={`method m-${method.toLowerCase()}`}>{method}</code> <code>{endpoint.path}</code>
        <span class="spacer" />
        <button type="button" onClick={onClose} aria-label="Close Try it">
          Close
        </button>
      </h2>
      {target.status === 'error' && <p role="alert" class="error">{target.message}</p>}
      {!decoded?.ok && <p class="muted">Paste or mint a Management API token above; calls go only to the tenant the token names{pageTenant ? ` (this page: ${pageTenant})` : ''}.</p>}
      {info && (
        <p class="muted" data-testid="call-target">
          Calls go to <strong>{info.host}</strong>
          {info.production && (
            <>
              {' '}
              <span class="env env-production">production</span>
            </>
          )}
          {info.profileLabel ? ` · profile “${info.profileLabel}”` : ' · no saved profile minted this token'}
        </p>
      )}
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onSend();
        }}
      >
        {params.map((p) => (
          <label class="field" key={p}>
            <span>Path parameter {p}</span>
            <input aria-label={p} value={values[p] ?? ''} onInput={(e) => setValues({ ...values, [p]: e.currentTarget.value })} spellcheck={false} autocomplete="off" />
          </label>
        ))}
        <Rows title="Query parameter" rows={query} onChange={setQuery} />
        <Rows title="Header" rows={headers} onChange={setHeaders} />
        {isWrite(method) && (
          <label class="field">
            <span>JSON body</span>
            <textarea aria-label="JSON body" rows={5} spellcheck={false} value={body} placeholder="{}" onInput={(e) => setBody(e.currentTarget.value)} />
          </label>
        )}
        {problem && <p role="alert" class="error" data-testid="call-problem">{problem}</p>}
        {!pending && (
          <div class="row">
            <button type="submit" class="primary" disabled={busy || !info} aria-busy={busy}>
              {busy ? 'Sending…' : `Send ${method}`}
            </button>
          </div>
        )}
      </form>
      {pending && info && decoded?.ok && (
        <Confirm
          profile={{ domain: info.canonical, environment: info.production ? 'production' : 'development', tenant: tenantName(info.canonical), label: info.profileLabel ?? info.canonical }}
          action={`Send ${pending.method} ${pending.path} to ${info.host}`}
          confirmLabel={`Send ${pending.method} now`}
          busy={busy}
          onConfirm={(confirm) => {
            const req = pending;
            setPending(null);
            void run(req, decoded.token.raw, confirm);
          }}
          onCancel={() => setPending(null)}
        />
      )}
      {answer && answer.answer.expectedScopes && (
        <Fix403 expected={answer.answer.expectedScopes} tokenScopes={tokenScopes} target={info} busy={fixing.busy || busy} error={fixing.error} onFix={(s) => void fix(s)} />
      )}
      {answer && current && <AnswerView answer={answer.answer} curl={curlCommand(answer.answer.host, current)} />}
      {info && <CallHistory key={calls} tenant={info.canonical} />}
      <p class="muted small">Copy as curl reads the token from $MGMT_TOKEN: it is never written into the command.</p>
    </section>
  );
}
