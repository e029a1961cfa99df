// "Copy as curl" for a Try-it request (issue 15). The token is NEVER written into the command: it reads the
// shell variable $MGMT_TOKEN, so the copied text can be pasted into a ticket, a chat or a shell history without
// leaking a bearer (SECURITY B5.49). Values are single-quoted for POSIX shells. Pure.
import { callUrl, type CallRequest } from './request';

export const TOKEN_VARIABLE = 'MGMT_TOKEN';

/** POSIX single-quoting: ' becomes '\'' . */
export const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function curlCommand(host: string, req: CallRequest): string {
  const lines = [`curl --request ${req.method} ${shellQuote(callUrl(host, req))}`];
  lines.push(`--header "authorization: Bearer $${TOKEN_VARIABLE}"`);
  lines.push(`--header 'accept: application/json'`);
  if (req.body !== undefined) lines.push(`--header 'content-type: application/json'`);
  for (const h of req.headers) lines.push(`--header ${shellQuote(`${h.name}: ${h.value}`)}`);
  if (req.body !== undefined) lines.push(`--data ${shellQuote(req.body)}`);
  return lines.join(' \\\n  ');
}
