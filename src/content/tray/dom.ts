// A tiny element builder for the tray (plain DOM instead of a UI library keeps the content script small).
// Runs in the content script. Text is always set as text (textContent / text nodes), never parsed as HTML.

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

let seq = 0;
/** Ids unique within the tray's shadow root, to tie labels to their controls. */
export function uid(prefix: string): string {
  seq += 1;
  return `tw-${prefix}-${seq}`;
}

/** A click handler that ignores synthetic clicks (SECURITY B4.35: only the user's own click counts). */
export function onTrustedClick(el: HTMLElement, fn: (e: MouseEvent) => void, signal?: AbortSignal): void {
  el.addEventListener('click', (e) => {
    if (e.isTrusted) fn(e);
  }, signal ? { signal } : undefined);
}

export function options(select: HTMLSelectElement, items: Array<[value: string, label: string]>, selected?: string): void {
  select.replaceChildren(...items.map(([value, label]) => {
    const o = h('option', { value }, label);
    o.selected = value === selected;
    return o;
  }));
}
