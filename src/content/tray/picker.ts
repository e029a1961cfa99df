// The old TOKEN GENERATOR's picker (FACTS §6): an entity select, an action select and a "→" button labelled
// "Add scope". Runs in the content script, inside the tray's closed shadow root. Entities and actions come
// from the Management API scope names (scope-names.json only; never the full catalog) plus any custom API
// permissions the page showed.
import { MANAGEMENT_SCOPE_NAMES } from '../../lib/scopes/scope-names';
import { parseScope } from '../../lib/scopes/scope-syntax';
import { h, onTrustedClick, options, uid } from './dom';
import type { ScopeStore } from './store';

function index(names: Iterable<string>): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  for (const name of names) {
    const p = parseScope(name);
    if (!p) continue;
    const actions = byEntity.get(p.entity) ?? [];
    if (!actions.includes(p.action)) actions.push(p.action);
    byEntity.set(p.entity, actions);
  }
  return byEntity;
}

/** `refresh` re-reads the custom names (called when the tray opens, not while a select is open). */
export function picker(store: ScopeStore, extraNames: () => Iterable<string>): { el: HTMLElement; refresh(): void } {
  const entityId = uid('entity');
  const actionId = uid('action');
  const entity = h('select', { id: entityId });
  const action = h('select', { id: actionId });
  const add = h('button', { type: 'button', 'aria-label': 'Add scope', title: 'Add scope' }, '→');
  let byEntity = new Map<string, string[]>();

  const fillActions = (): void => {
    const actions = [...(byEntity.get(entity.value) ?? [])].sort();
    options(action, actions.map((a) => [a, a]), actions.includes('read') ? 'read' : actions[0]);
  };
  const refresh = (): void => {
    byEntity = index([...MANAGEMENT_SCOPE_NAMES, ...extraNames()]);
    const entities = [...byEntity.keys()].sort();
    options(entity, entities.map((e) => [e, e]), entities.includes(entity.value) ? entity.value : entities.includes('users') ? 'users' : entities[0]);
    fillActions();
  };
  entity.addEventListener('change', fillActions);
  onTrustedClick(add, () => {
    if (entity.value && action.value) store.add(`${action.value}:${entity.value}`);
  });

  const row = h('div', { class: 'row picker', role: 'group', 'aria-label': 'Token generator: pick a scope' },
    h('label', { for: entityId }, 'Entity'), entity,
    h('label', { for: actionId }, 'Action'), action, add);
  refresh();
  return { el: row, refresh };
}
