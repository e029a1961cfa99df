// Feature: a "Decode" button next to every JWT the page shows (the API Explorer's token box, the Test tab's
// sample response, any JWT in code, pre, textarea or input). Runs in the content script. The click hands
// the token to the background (`inspector.open`), which opens the inspector tab; nothing is decoded into the
// page. The page's text is untrusted: the inspector treats it as such (SECURITY B4.39).
import { findJwts } from '../../lib/jwt/find';
import { openInspector } from '../api';
import { isOwn } from '../observe';
import { pageButton } from '../page-button';

export const DECODE_KIND = 'decode';
const HOLDERS = 'code,pre,textarea,input,[role=textbox]';
// What the scan queries: inputs that cannot hold a typed token (a permission grid's checkboxes) are not even
// looked at, so a dashboard page of checkbox chips costs no per-input work.
const NO_TEXT = ['checkbox', 'radio', 'hidden', 'password', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image'];
const QUERY = `code,pre,textarea,[role=textbox],input${NO_TEXT.map((t) => `:not([type=${t}])`).join('')}`;
const MAX_TEXT = 300_000;

function textOf(el: Element): string {
  if (el instanceof HTMLInputElement) return el.type === 'password' ? '' : el.value; // never read a password box
  if (el instanceof HTMLTextAreaElement) return el.value;
  return el.textContent ?? '';
}

/** The outermost holder: a `pre > code` or a textbox's inner code gets one button, after the outer box. */
function outer(el: Element): Element {
  let top = el;
  for (let p = el.parentElement; p && p.matches(HOLDERS); p = p.parentElement) top = p;
  return top;
}

export interface DecodeButtons {
  scan(root: Node): void;
}

export function initDecodeButtons(signal: AbortSignal): DecodeButtons {
  const done = new WeakSet<Element>();
  const button = (holder: Element): HTMLButtonElement =>
    pageButton(
      {
        kind: DECODE_KIND,
        text: 'Decode',
        label: 'Decode this token in Token Workbench',
        title: 'Open this token in the Token Workbench inspector',
        margin: '4px',
        onTrustedClick: () => {
          // Read at click time: the page may have replaced the token since the scan.
          const token = findJwts(textOf(holder).slice(0, MAX_TEXT))[0]?.token;
          if (token) void openInspector(token);
        },
      },
      signal,
    );
  return {
    scan(root) {
      if (signal.aborted) return;
      const base = root.nodeType === 1 ? (root as Element) : root.parentElement;
      if (!base || isOwn(base)) return;
      // Read phase: candidate holders, including the root itself or its holder ancestor.
      const candidates = [...base.querySelectorAll(QUERY)];
      const up = base.closest(HOLDERS);
      if (up) candidates.push(up);
      const targets: Element[] = [];
      for (const el of candidates) {
        const holder = outer(el);
        if (done.has(holder)) continue;
        const text = textOf(holder);
        if (text.length > MAX_TEXT || text.indexOf('eyJ') < 0 || findJwts(text).length === 0) continue;
        done.add(holder);
        targets.push(holder);
      }
      // Write phase.
      for (const holder of targets) holder.parentNode?.insertBefore(button(holder), holder.nextSibling);
    },
  };
}
