// The tray's view of a mint: metadata only (issue #11; SECURITY B4.38). A page can read any text we put in its
// DOM, closed shadow roots included (`window.find`), so the token never comes here: the view shows picked vs
// granted scopes, the expiry countdown and the ledger id, and "Open in Token Workbench" hands the token to the
// inspector tab through the background. In plain mode it says what Auth0 issued beyond the picked scopes
// (FACTS §1: client credentials never narrow) and offers the exact-minting set-up. Runs in the content script.
import { scopeNotes } from '../../lib/scopes/compare';
import { errorText, openFromTray, setupExact, type TrayMintResult } from '../api';
import { h, onTrustedClick } from './dom';

export function countdown(msLeft: number | null): string {
  if (msLeft === null) return 'expiry unknown';
  if (msLeft <= 0) return 'expired';
  const s = Math.floor(msLeft / 1000);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `expires in ${hh > 0 ? `${hh}:${two(mm)}` : mm}:${two(ss)}`;
}

export interface ResultContext {
  signal: AbortSignal;
  profileId: string;
  audience: string;
  /** Checks, before a click counts, that the tray is visible and not covered. */
  clickAllowed(el: HTMLElement): Promise<boolean>;
}

export function resultView(r: TrayMintResult, ctx: ResultContext): HTMLElement {
  const left = (): number | null => (r.expiresAt === null ? null : r.expiresAt * 1000 - Date.now());
  const timer = h('span', { class: 'note', 'aria-label': 'Time left' }, countdown(left()));
  const status = h('p', { class: 'note', role: 'status' });
  const open = h('button', { type: 'button', class: 'primary' }, 'Open in Token Workbench');
  onTrustedClick(open, () => {
    void ctx.clickAllowed(open).then(async (clear) => {
      if (!clear) return void (status.textContent = COVERED);
      const res = await openFromTray(r.ledgerId);
      status.textContent = res.ok ? 'Opened in a Token Workbench tab.' : errorText(res.error);
    });
  });
  const tick = setInterval(() => {
    const ms = left();
    timer.textContent = countdown(ms);
    if (ms === null || ms <= 0) clearInterval(tick);
  }, 1000);
  ctx.signal.addEventListener('abort', () => clearInterval(tick), { once: true });

  const notes = scopeNotes(r);
  let setup: HTMLElement | null = null;
  if (notes.extra && r.mode === 'client-credentials') {
    setup = h('button', { type: 'button' }, 'Set up exact minting');
    const btn = setup;
    onTrustedClick(btn, () => {
      void ctx.clickAllowed(btn).then(async (clear) => {
        if (!clear) return void (status.textContent = COVERED);
        const res = await setupExact(ctx.profileId, ctx.audience);
        status.textContent = res.ok ? 'Opened Token Workbench’s options at the exact-minting set-up.' : errorText(res.error);
      });
    });
  }
  return h('section', { class: 'result', 'aria-label': 'Minted token' },
    h('div', { class: 'row' }, h('strong', {}, r.fromCache ? 'Token reused from cache' : 'Token minted'), timer),
    h('p', { class: 'note', 'data-role': 'ledger' }, `Ledger entry ${r.ledgerId} · ${r.mode === 'exact' ? 'exact scopes' : 'client credentials'}`),
    notes.exact ? h('p', { class: 'ok', 'data-role': 'exact' }, notes.exact) : null,
    notes.extra ? h('p', { class: 'warn', 'data-role': 'extras' }, `${notes.extra} Client credentials always carry every scope granted to the application.`) : null,
    notes.missing ? h('p', { class: 'warn', 'data-role': 'missing' }, notes.missing) : null,
    r.organization ? h('p', { class: 'note', 'data-role': 'organization' }, r.organization.id
      ? `Organization: org_id ${r.organization.id}${r.organization.name ? ` · org_name ${r.organization.name}` : ''}`
      : `Organization ${r.organization.requested} was asked for, but the token names no org_id.`) : null,
    ...(r.quota ?? []).map((q) => h('p', { class: q.remaining === 0 ? 'warn' : 'note', 'data-role': 'quota' }, q.text)),
    ...r.warnings.map((w) => h('p', { class: 'note' }, w)),
    h('p', { class: 'note' }, 'The token stays out of this page: view, copy or decode it in Token Workbench.'),
    h('div', { class: 'actions' }, open, setup),
    status);
}

export const COVERED = 'Something on the page covers or hides the token generator, so that click did not count. Make it fully visible and try again.';
