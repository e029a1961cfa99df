// The tray's view of a minted token: masked (`eyJhbGci…••••`), its countdown, Show (reveals it here, inside
// the closed shadow root, only on the user's click), Copy, Decode (inspector.open), Copy as curl, and the
// "granted vs requested" note. Runs in the content script. The token never leaves the tray for the page's DOM
// (SECURITY B4.38): Copy goes to the clipboard, Decode to the background.
import { compareScopes } from '../../lib/scopes/compare';
import { openInspector, errorText, type MintResult } from '../api';
import { h, onTrustedClick } from './dom';

export function mask(token: string): string {
  return `${token.slice(0, 8)}…••••`;
}

export function countdown(msLeft: number | null): string {
  if (msLeft === null) return 'does not expire';
  if (msLeft <= 0) return 'expired';
  const s = Math.floor(msLeft / 1000);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `expires in ${hh > 0 ? `${hh}:${two(mm)}` : mm}:${two(ss)}`;
}

/** The host to call: the token's own issuer (a custom-domain token must be used there, FACTS §8), else `fallback`. */
export function apiHost(token: string, fallback: string): string {
  try {
    const part = token.split('.')[1] ?? '';
    const json = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { iss?: unknown };
    if (typeof json.iss === 'string') return new URL(json.iss).host || fallback;
  } catch {
    // not a JSON payload (an HS256 legacy token still has one; anything else falls back)
  }
  return fallback;
}

export function curlCommand(token: string, url: string): string {
  return `curl -H "Authorization: Bearer ${token}" ${url}`;
}

export interface ResultContext {
  /** Where "Copy as curl" points: e.g. https://DOMAIN/api/v2/users, built from the token's issuer. */
  curlUrl(token: string): string;
  signal: AbortSignal;
}

async function copy(text: string, status: HTMLElement, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `${what} copied.`;
  } catch {
    status.textContent = `Could not copy the ${what.toLowerCase()}: the page did not allow clipboard access.`;
  }
}

export function resultView(r: MintResult, ctx: ResultContext): HTMLElement {
  const tokenBox = h('code', { class: 'token', 'aria-label': 'Token (masked)' }, mask(r.token));
  const left = (): number | null => (r.expiresAt === null ? null : r.expiresAt * 1000 - Date.now());
  const timer = h('span', { class: 'note', 'aria-label': 'Time left' }, countdown(left()));
  const status = h('p', { class: 'note', role: 'status' });
  const show = h('button', { type: 'button', 'aria-pressed': 'false' }, 'Show');
  const copyBtn = h('button', { type: 'button' }, 'Copy');
  const decode = h('button', { type: 'button' }, 'Decode');
  const curl = h('button', { type: 'button' }, 'Copy as curl');

  onTrustedClick(show, () => {
    const shown = show.getAttribute('aria-pressed') !== 'true';
    show.setAttribute('aria-pressed', String(shown));
    show.textContent = shown ? 'Hide' : 'Show';
    tokenBox.textContent = shown ? r.token : mask(r.token);
    tokenBox.setAttribute('aria-label', shown ? 'Token' : 'Token (masked)');
  });
  onTrustedClick(copyBtn, () => void copy(r.token, status, 'Token'));
  onTrustedClick(curl, () => void copy(curlCommand(r.token, ctx.curlUrl(r.token)), status, 'curl command'));
  onTrustedClick(decode, () => {
    void openInspector(r.token).then((res) => {
      status.textContent = res.ok ? 'Opened in the inspector tab.' : errorText(res.error);
    });
  });

  const tick = setInterval(() => {
    const ms = left();
    timer.textContent = countdown(ms);
    if (ms === null || ms <= 0) clearInterval(tick);
  }, 1000);
  ctx.signal.addEventListener('abort', () => clearInterval(tick), { once: true });

  const { missing } = compareScopes(r.requestedScopes, r.grantedScopes);
  const note = missing.length
    ? h('p', { class: 'warn', 'data-role': 'granted-vs-requested' },
        `Auth0 granted ${r.grantedScopes.length} of the ${r.requestedScopes.length} scopes requested. Not granted: ${missing.join(', ')}. ` +
          'Grant them to this application on the API’s Machine to Machine Applications tab.')
    : null;
  return h('section', { class: 'result', 'aria-label': 'Generated token' },
    h('div', { class: 'row' }, h('strong', {}, 'Token'), timer, r.fromCache ? h('span', { class: 'note' }, '(reused from cache)') : null),
    tokenBox,
    h('div', { class: 'actions' }, show, copyBtn, decode, curl),
    note,
    ...(r.warnings ?? []).map((w) => h('p', { class: 'note' }, w)),
    status);
}
