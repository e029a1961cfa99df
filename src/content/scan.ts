// The read phase of scope decoration: one TreeWalker pass over text nodes (SHOW_TEXT) that finds scope names
// and decides where a toggle would go, without writing anything (writes come after, batched, so a pass never
// interleaves layout reads and DOM writes). Runs in the content script. Budget: 5,000 nodes in ≤ 16 ms, so
// each text node is rejected on length and a ':' test before any regex, and names are Set lookups.
import { isManagementScope } from '../lib/scopes/scope-names';
import { isScopeLike, MAX_SCOPE_LENGTH } from '../lib/scopes/scope-syntax';
import { isOwn } from './observe';

export interface ScopeHit {
  text: Text;
  scopes: string[];
  /** The node the toggle(s) go right after: never moved or wrapped, only given a next sibling. */
  after: Node;
}

export interface ScanOptions {
  /** Accept any scope-shaped name inside permission cells and chips (a custom API's own permissions). */
  custom: boolean;
  /** Text nodes already decorated; shared across scans so nothing is decorated twice. */
  seen: WeakSet<Text>;
}

// Subtrees whose text is code, form data or not rendered: never decorated with scope toggles.
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TITLE', 'SVG']);
// Interactive ancestors a toggle must stay outside of: a click inside would also flip the page's control,
// and ARIA makes the children of a checkbox presentational (a screen reader would not see our button).
const INTERACTIVE = 'a[href],button,[role=checkbox],[role=switch],[role=option],[role=menuitem],[role=tab],[role=button],summary';
// Where a custom API lists its own permission names (FACTS §6: table rows, checkbox chips).
const PERMISSION_CELL = 'td,[role=cell],[role=gridcell],label,[role=checkbox],li';
// Inline wrappers that hold just the name; the toggle goes after the wrapper, not inside it.
const WRAPPER = new Set(['CODE', 'SPAN', 'KBD', 'SAMP', 'TT', 'B', 'STRONG', 'EM', 'I', 'VAR', 'MARK']);
const MAX_SENTENCE = 2000; // longer text nodes are prose or code blobs: not worth tokenising
const TRIM_PUNCT = /^[("'`[]+|[)"'`\].,;:!?]+$/g;

function skipped(el: Element | null, stop: Node): boolean {
  for (let e = el; e && e !== stop; e = e.parentElement) {
    if (SKIP.has(e.nodeName.toUpperCase())) return true;
    if (isOwn(e)) return true;
  }
  return false;
}

/** Where to insert: after the interactive control, else after an inline wrapper, else after the text. */
function anchorFor(text: Text): Node {
  const parent = text.parentElement;
  if (!parent) return text;
  const control = parent.closest(INTERACTIVE);
  if (control && control.localName !== 'label') return control;
  if (WRAPPER.has(parent.nodeName.toUpperCase()) && parent.childNodes.length === 1) return parent;
  return text;
}

function sentenceScopes(raw: string): string[] {
  const out: string[] = [];
  for (const word of raw.split(/[\s,;|]+/)) {
    if (word.length < 3 || word.indexOf(':') < 0) continue;
    const w = word.replace(TRIM_PUNCT, '');
    if (isManagementScope(w) && !out.includes(w)) out.push(w);
  }
  return out;
}

function scopesIn(text: Text, opts: ScanOptions): string[] {
  const raw = text.data;
  // Quick reject before any trimming or regex: the shortest scope is 5 characters and has a colon.
  if (raw.length < 5 || raw.length > MAX_SENTENCE || raw.indexOf(':') < 0) return [];
  const t = raw.length <= MAX_SCOPE_LENGTH + 40 ? raw.trim() : '';
  if (t && t.length <= MAX_SCOPE_LENGTH) {
    if (isManagementScope(t)) return [t];
    if (opts.custom && isScopeLike(t) && text.parentElement?.closest(PERMISSION_CELL)) return [t];
    if (t.indexOf(' ') < 0 && t.indexOf(',') < 0) return []; // a single word that is not a scope: a decoy
  }
  return sentenceScopes(raw);
}

/** Reads only: every undecorated scope occurrence under `root`, with its insertion point. */
export function findScopes(root: Node, opts: ScanOptions): ScopeHit[] {
  const hits: ScopeHit[] = [];
  const base = root.nodeType === 3 ? root.parentNode : root;
  if (!base || skipped(base.nodeType === 1 ? (base as Element) : base.parentElement, document)) return hits;
  const visit = (text: Text): void => {
    if (opts.seen.has(text)) return;
    const scopes = scopesIn(text, opts);
    if (scopes.length === 0) return;
    if (skipped(text.parentElement, base)) return;
    hits.push({ text, scopes, after: anchorFor(text) });
  };
  if (root.nodeType === 3) {
    visit(root as Text);
    return hits;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Text);
  return hits;
}
