// The last calls to this tenant (issue 15): method, path, status, time, from the session history kept by the
// background. Never bodies. The caller gives it a new `key` after each call so it asks again. Runs in extension
// pages.
import { useBackground } from '../useBackground';

export function CallHistory({ tenant }: { tenant: string }) {
  const answer = useBackground('call.history', { tenant });
  const entries = answer.status === 'done' ? answer.data.entries : [];
  if (!entries.length) return null;
  return (
    <details class="call-history">
      <summary>Recent calls to {tenant} ({entries.length})</summary>
      <table class="ledger" aria-label="Recent calls">
        <thead>
          <tr>
            <th>Time</th>
            <th>Method</th>
            <th>Path</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={i}>
              <td>{new Date(e.at).toLocaleTimeString()}</td>
              <td class={`method m-${e.method.toLowerCase()}`}>{e.method}</td>
              <td class="mono">{e.path}</td>
              <td>{e.status || 'no answer'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
