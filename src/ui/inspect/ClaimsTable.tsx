// One row per header parameter or claim: the key, the value, its one-line explanation (src/lib/jwt claims)
// and its warnings (duplicate, precision lost, invisible characters shown escaped, non-standard types) right
// next to it. Values are text; only a clean `https:` URL becomes a link, rel=noreferrer (SECURITY B1.18).
// Runs in extension pages.
import { explainClaims, type ClaimExplanation, type DecodedToken } from '../../lib/jwt';

/** A value that may be rendered as a link: a string that parses as an https: URL and shows nothing hidden. */
export function safeHttpsUrl(c: Pick<ClaimExplanation, 'value' | 'suspicious'>): string | undefined {
  if (typeof c.value !== 'string' || c.suspicious || !/^https:\/\//i.test(c.value)) return undefined;
  try {
    return new URL(c.value).protocol === 'https:' ? c.value : undefined;
  } catch {
    return undefined;
  }
}

const pointerOf = (key: string) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function Row({ c, extra }: { c: ClaimExplanation; extra: readonly string[] }) {
  const href = safeHttpsUrl(c);
  const warnings = [...c.warnings, ...extra];
  return (
    <tr class={c.absent ? 'absent' : undefined}>
      <th scope="row">
        <code>{c.displayKey}</code>
      </th>
      <td>
        <code class="value">
          {href ? (
            <a href={href} target="_blank" rel="noreferrer">
              {c.display}
            </a>
          ) : (
            c.display
          )}
        </code>
        <div class="explain">{c.explanation}</div>
        {warnings.length > 0 && (
          <ul class="warn-list" aria-label={`Warnings for ${c.displayKey}`}>
            {warnings.map((w, i) => (
              <li key={i}>⚠ {w}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function ClaimsTable({ token, now }: { token: DecodedToken; now: number }) {
  const rows = explainClaims(token.header, token.payload, { now, lossyNumbers: token.lossyNumbers });
  // Duplicate-key warnings are per segment and JSON Pointer; explainClaims already covers lossy and invisible.
  const dup = (segment: 'header' | 'payload', key: string) =>
    token.warnings.filter((w) => w.code === 'DUPLICATE_KEY' && w.segment === segment && w.path === pointerOf(key)).map((w) => w.message);
  const header = rows.filter((r) => r.category === 'header');
  const claims = rows.filter((r) => r.category !== 'header');
  return (
    <div class="claims-tables">
      <table class="claims" aria-label="Header parameters explained">
        <caption>Header</caption>
        <tbody>
          {header.map((c) => (
            <Row key={`h-${c.key}`} c={c} extra={dup('header', c.key)} />
          ))}
        </tbody>
      </table>
      {token.payload !== undefined && (
        <table class="claims" aria-label="Claims explained" data-testid="claims-table">
          <caption>Claims</caption>
          <tbody>
            {claims.map((c) => (
              <Row key={`p-${c.key}${c.absent ? '-absent' : ''}`} c={c} extra={c.absent ? [] : dup('payload', c.key)} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
