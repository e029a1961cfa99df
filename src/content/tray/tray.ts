// The generator tray, in the content script's closed shadow root (styles isolated both ways): the chosen scopes
// as removable chips, the entity/action picker, profile, audience, mode and Mint, then the result's metadata.
// Runs in the content script. It asks the background to mint with a profile id and scopes only (`tray.mint`),
// only on the user's own click (event.isTrusted, SECURITY B4.35) on a tray the page does not cover; it never
// sees a secret or a token (B4.38).
import { isUserTokenOnly } from '../../lib/scopes/scope-names';
import { MODE_LABELS } from '../../lib/profiles/modes';
import { errorText, grantInfo, listProfiles, trayMint, type ProfileSummary, type TrayMode } from '../api';
import { offersOrganization, organizationProblem, type OrganizationUsage } from '../../lib/auth0/organizations';
import { TRAY_CSS } from '../styles';
import { h, onTrustedClick, options, uid } from './dom';
import { picker } from './picker';
import { audienceFor, mismatch, preselect, trayModesOf, type PageTarget } from './profile';
import { COVERED, resultView } from './result';
import type { ScopeStore } from './store';
import type { ClickGuard } from './visibility';
import { managementApiOf } from '../../lib/domain';

export const USER_ONLY_REASON = 'Auth0 grants current_user scopes only in user tokens, never to machine-to-machine clients, so it is not requested.';

export interface TrayDeps {
  store: ScopeStore;
  target(): PageTarget;
  customNames(): Iterable<string>;
  guard: ClickGuard;
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

const MODE_HINT: Record<TrayMode, string> = {
  exact: 'The minting app’s grant is set to exactly these scopes, then the token is asked for.',
  'client-credentials': 'Auth0 issues every scope granted to the profile’s application, whatever is picked.',
};

export function mountTray(root: ShadowRoot, deps: TrayDeps): Tray {
  const { store, guard } = deps;
  applyStyles(root);
  const panelId = uid('panel');
  const fab = h('button', { type: 'button', class: 'fab', 'aria-expanded': 'false', 'aria-controls': panelId });
  const collapse = h('button', { type: 'button', 'aria-label': 'Collapse the token generator', title: 'Collapse' }, '–');
  const chips = h('ul', { class: 'chips', 'aria-label': 'Chosen scopes' });
  const reasons = h('div');
  const pick = picker(store, deps.customNames);
  const [profileId, audienceId, modeId, orgId] = [uid('profile'), uid('audience'), uid('mode'), uid('org')];
  const profileSel = h('select', { id: profileId });
  const warn = h('p', { class: 'warn', role: 'status' });
  const audience = h('input', { id: audienceId, type: 'text', spellcheck: 'false', autocomplete: 'off' });
  const modeSel = h('select', { id: modeId });
  const hint = h('p', { class: 'note' });
  // Issue #12 item 7: offered only where the grant's organization_usage is allow or require (FACTS §9).
  const org = h('input', { id: orgId, type: 'text', spellcheck: 'false', autocomplete: 'off', placeholder: 'org_… or name' });
  const orgRow = h('div', { class: 'row', hidden: true }, h('label', { for: orgId }, 'Organization'), org);
  const mintBtn = h('button', { type: 'button', class: 'primary' }, 'Mint');
  const status = h('p', { class: 'err', role: 'status', 'aria-live': 'polite' });
  const result = h('div');
  const panel = h('section', { class: 'panel', id: panelId, role: 'region', 'aria-label': 'Token Workbench token generator', hidden: true },
    h('div', { class: 'head' }, h('h2', {}, 'Token generator'), collapse),
    chips, reasons, pick.el,
    h('div', { class: 'row' }, h('label', { for: profileId }, 'Profile'), profileSel), warn,
    h('div', { class: 'row' }, h('label', { for: audienceId }, 'Audience'), audience),
    h('div', { class: 'row' }, h('label', { for: modeId }, 'Mode'), modeSel), hint, orgRow,
    h('div', { class: 'actions' }, mintBtn), status, result);
  root.append(h('div', { class: 'tw' }, fab, panel));

  let profiles: ProfileSummary[] | null = null;
  let audienceEdited = false;
  let modeEdited = false; // until the user picks a mode, the best one for the audience is preselected
  let busy = false;
  let checking = false;
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
    mintBtn.disabled = busy || store.requestable().length === 0 || !current() || !modeSel.value;
  };

  const renderModes = (): void => {
    const p = current();
    const modes = trayModesOf(p, audience.value.trim() || undefined);
    const keep = modeEdited && modes.includes(modeSel.value as TrayMode) ? (modeSel.value as TrayMode) : modes[0];
    options(modeSel, modes.map((m) => [m, MODE_LABELS[m]]), keep);
    hint.textContent = keep ? MODE_HINT[keep] : p ? 'This profile has no client credentials: add its client secret in Token Workbench’s options.' : '';
    renderChips();
  };

  let usage: OrganizationUsage | null = null;
  let usageFor = '';
  const loadUsage = (): void => {
    const p = current();
    const aud = audience.value.trim();
    const key = `${p?.id}|${aud}`;
    if (!p || !aud || key === usageFor) return;
    usageFor = key;
    usage = null;
    orgRow.hidden = true;
    // The Management API's grants are not read (it costs a management token each time, and the popup does the same).
    if (aud === managementApiOf(p.domain)) return;
    void grantInfo(p.id, aud).then((res) => {
      if (usageFor !== key || !res.ok) return;
      usage = res.data.organizationUsage;
      orgRow.hidden = !offersOrganization(usage);
    });
  };

  const renderTarget = (): void => {
    const target = deps.target();
    const p = current();
    warn.textContent = mismatch(p, target) ?? '';
    if (!audienceEdited) audience.value = audienceFor(p, target) ?? '';
    renderModes();
    loadUsage();
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
    modeEdited = false;
    renderTarget();
  });
  modeSel.addEventListener('change', () => {
    modeEdited = true;
    renderModes();
  });
  audience.addEventListener('input', () => {
    audienceEdited = true;
    renderModes();
  });
  audience.addEventListener('change', loadUsage);

  onTrustedClick(mintBtn, () => {
    const p = current();
    const mode = modeSel.value as TrayMode | '';
    const scopes = store.requestable();
    const aud = audience.value.trim();
    if (busy || checking || !p || !mode || scopes.length === 0 || !aud) return;
    const organization = orgRow.hidden ? undefined : org.value.trim() || undefined;
    const problem = organizationProblem(usage, organization, aud);
    if (problem) {
      status.textContent = problem; // said before anything is sent (issue #12 item 7)
      return;
    }
    checking = true; // the check looks at the button as the user saw it: not disabled (dimmed) yet
    void guard.clear(mintBtn).then(async (clear) => {
      checking = false;
      if (!clear) {
        status.textContent = COVERED;
        return;
      }
      busy = true;
      renderChips();
      status.textContent = mode === 'exact' ? 'Setting the minting app’s grant, then asking Auth0 for a token…' : 'Asking Auth0 for a token…';
      const res = await trayMint({ profileId: p.id, mode, audience: aud, scopes, organization });
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
      result.replaceChildren(resultView(res.data, { signal: resultAbort.signal, profileId: p.id, audience: aud, clickAllowed: (el) => guard.clear(el) }));
    });
  });

  store.subscribe(renderChips);
  renderChips();
  return { panel, refresh: () => (profiles ? renderTarget() : renderChips()) };
}
