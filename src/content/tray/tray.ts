// The generator tray, in the content script's closed shadow root (styles isolated both ways): the chosen scopes
// as removable chips, the entity/action picker, profile, audience, mode, Generate, then the result. Runs in
// the content script. It asks the background to mint with a profile id and scopes only, and only on the
// user's own click (event.isTrusted, SECURITY B4.35); it never sees a secret (B4.38).
import { isUserTokenOnly } from '../../lib/scopes/scope-names';
import { errorText, listProfiles, mint, type MintMode, type ProfileSummary } from '../api';
import { TRAY_CSS } from '../styles';
import { h, onTrustedClick, options, uid } from './dom';
import { picker } from './picker';
import { audienceFor, defaultMode, mismatch, preselect, type PageTarget } from './profile';
import { MODE_LABELS, mintModesOf } from '../../lib/profiles/modes';
import { apiHost, resultView } from './result';
import type { ScopeStore } from './store';

export const USER_ONLY_REASON = 'Auth0 grants current_user scopes only in user tokens, never to machine-to-machine clients, so it is not requested.';

export interface TrayDeps {
  store: ScopeStore;
  target(): PageTarget;
  /** e.g. `/api/v2/users` for "Copy as curl". */
  curlPath(): string;
  customNames(): Iterable<string>;
}

export interface Tray {
  /** Re-reads the page (route changed): profile preselection, audience. */
  refresh(): void;
  readonly panel: HTMLElement;
}

function applyStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TRAY_CSS);
    root.adoptedStyleSheets = [sheet]; // not subject to the page's CSP
  } catch {
    root.append(h('style', {}, TRAY_CSS)); // Firefox content-script compartments may refuse the array
  }
}

export function mountTray(root: ShadowRoot, deps: TrayDeps): Tray {
  const { store } = deps;
  applyStyles(root);
  const panelId = uid('panel');
  const fab = h('button', { type: 'button', class: 'fab', 'aria-expanded': 'false', 'aria-controls': panelId });
  const collapse = h('button', { type: 'button', 'aria-label': 'Collapse the token generator', title: 'Collapse' }, '–');
  const chips = h('ul', { class: 'chips', 'aria-label': 'Chosen scopes' });
  const reasons = h('div');
  const pick = picker(store, deps.customNames);
  const profileId = uid('profile');
  const audienceId = uid('audience');
  const modeId = uid('mode');
  const profileSel = h('select', { id: profileId });
  const warn = h('p', { class: 'warn', role: 'status' });
  const audience = h('input', { id: audienceId, type: 'text', spellcheck: 'false', autocomplete: 'off' });
  const modeSel = h('select', { id: modeId });
  const generate = h('button', { type: 'button', class: 'primary' }, 'Generate');
  const status = h('p', { class: 'err', role: 'status', 'aria-live': 'polite' });
  const result = h('div');
  const panel = h('section', { class: 'panel', id: panelId, role: 'region', 'aria-label': 'Token Workbench token generator', hidden: true },
    h('div', { class: 'head' }, h('h2', {}, 'Token generator'), collapse),
    chips, reasons, pick.el,
    h('div', { class: 'row' }, h('label', { for: profileId }, 'Profile'), profileSel), warn,
    h('div', { class: 'row' }, h('label', { for: audienceId }, 'Audience'), audience),
    h('div', { class: 'row' }, h('label', { for: modeId }, 'Mode'), modeSel),
    h('div', { class: 'actions' }, generate), status, result);
  root.append(h('div', { class: 'tw' }, fab, panel));

  let profiles: ProfileSummary[] | null = null;
  let audienceEdited = false;
  let busy = false;
  let resultAbort: AbortController | null = null;
  const current = (): ProfileSummary | undefined => profiles?.find((p) => p.id === profileSel.value);

  const renderChips = (): void => {
    const list = store.list();
    fab.textContent = `Token Workbench · ${list.length} scope${list.length === 1 ? '' : 's'}`;
    chips.replaceChildren(...list.map((s) => {
      const off = isUserTokenOnly(s);
      const remove = h('button', { type: 'button', 'aria-label': `Remove ${s} from the token`, title: 'Remove' }, '×');
      onTrustedClick(remove, () => store.remove(s));
      return h('li', { class: off ? 'chip off' : 'chip', 'aria-disabled': off ? 'true' : undefined, title: off ? USER_ONLY_REASON : s }, s, remove);
    }));
    if (list.length === 0) chips.append(h('li', { class: 'empty' }, 'No scopes yet: click + next to a scope on the page, or pick one below.'));
    const off = list.filter(isUserTokenOnly);
    reasons.replaceChildren(...off.map((s) => h('p', { class: 'why', 'data-role': 'user-only' }, `${s}: ${USER_ONLY_REASON}`)));
    generate.disabled = busy || store.requestable().length === 0 || !current();
  };

  const renderTarget = (): void => {
    const target = deps.target();
    const p = current();
    warn.textContent = mismatch(p, target) ?? '';
    const modes = mintModesOf(p);
    const keep = modes.includes(modeSel.value as MintMode) ? (modeSel.value as MintMode) : defaultMode(p, target);
    options(modeSel, modes.map((m) => [m, MODE_LABELS[m]]), keep);
    const mode = modeSel.value as MintMode | '';
    const fixed = mode === 'hs256-legacy' || mode === 'hs256-custom';
    audience.disabled = fixed;
    if (!audienceEdited || fixed) audience.value = audienceFor(p, mode || undefined, target) ?? (mode === 'hs256-legacy' ? '(global client, legacy)' : '');
    renderChips();
  };

  const loadProfiles = async (): Promise<void> => {
    status.textContent = 'Loading profiles…';
    const res = await listProfiles();
    if (!res.ok) {
      status.textContent = errorText(res.error);
      return;
    }
    profiles = res.data;
    status.textContent = profiles.length ? '' : 'No profiles yet. Add one in Token Workbench’s options page.';
    const chosen = preselect(profiles, deps.target());
    options(profileSel, profiles.map((p) => [p.id, `${p.label} (${p.domain}, ${p.environment})`]), chosen?.id);
    if (!chosen && profiles.length > 1) {
      profileSel.prepend(h('option', { value: '' }, 'Choose a profile…'));
      profileSel.value = '';
    }
    renderTarget();
  };

  const setOpen = (open: boolean): void => {
    panel.hidden = !open;
    fab.hidden = open;
    fab.setAttribute('aria-expanded', String(open));
    if (open) {
      pick.refresh();
      if (profiles === null) void loadProfiles();
      else renderTarget();
      collapse.focus();
    } else fab.focus();
  };
  onTrustedClick(fab, () => setOpen(true));
  onTrustedClick(collapse, () => setOpen(false));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') setOpen(false);
  });
  profileSel.addEventListener('change', () => {
    audienceEdited = false;
    renderTarget();
  });
  modeSel.addEventListener('change', () => {
    audienceEdited = false;
    renderTarget();
  });
  audience.addEventListener('input', () => {
    audienceEdited = true;
  });

  onTrustedClick(generate, () => {
    const p = current();
    const mode = modeSel.value as MintMode;
    const scopes = store.requestable();
    if (busy || !p || !mode || scopes.length === 0) return;
    const aud = mode === 'hs256-legacy' ? undefined : audience.value.trim() || undefined;
    busy = true;
    generate.disabled = true;
    status.textContent = 'Asking Auth0 for a token…';
    void mint({ profileId: p.id, mode, audience: aud, scopes }).then((res) => {
      busy = false;
      renderChips();
      resultAbort?.abort();
      if (!res.ok) {
        status.textContent = errorText(res.error);
        result.replaceChildren();
        return;
      }
      status.textContent = '';
      resultAbort = new AbortController();
      const custom = aud && !aud.endsWith('/api/v2/') ? aud : null;
      result.replaceChildren(resultView(res.data, {
        signal: resultAbort.signal,
        curlUrl: (token) => custom ?? `https://${apiHost(token, p.domain)}${deps.curlPath()}`,
      }));
    });
  });

  store.subscribe(renderChips);
  renderChips();
  return { panel, refresh: () => (profiles ? renderTarget() : renderChips()) };
}
