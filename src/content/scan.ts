// The read phase of scope decoration: one TreeWalker pass over text nodes (SHOW_TEXT) that finds scope names,
// writing nothing and reading no layout. It is the content script's first synchronous work on a page (issue
// #7: ≤ 3× a bare TreeWalker pass), so the per-node cost is a length test and one indexOf(':') on `data`;
// everything else (trim, Set lookup, parent checks) runs only for the few nodes that pass. Where a toggle goes
// (anchorFor) is worked out later, in the write phase (features/scope-toggles.ts). Runs in the content script.
import { isManagementScope } from '../lib/scopes/scope-names';
import { isScopeLike, MAX_SCOPE_LENGTH } from '../lib/scopes/scope-syntax';
import { isOwn, OWN_ATTR } from './observe';

export interface ScopeHit {
  text: Text;
  scopes: string[];
}

export interface ScanOptions {
  /** Accept any scope-shaped name inside permission cells and chips (a custom API's own permissions). */
  custom: boolean;
  /** Text nodes already found; shared across scans so nothing is decorated twice. */
  seen: WeakSet<Text>;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
// Elements whose text is code, form data or not rendered: never decorated. A text node's own parent is enough
// to tell (their text children are direct; SVG and MathML text is caught by its namespace), so no ancestor walk
// per hit. Only a scan root gets the full ancestor check (skippedRoot).
const SKIP = new Set(['script', 'style', 'textarea', 'input', 'noscript', 'template', 'select', 'option', 'title', 'svg']);
// Interactive ancestors a toggle must stay outside of: a click inside would also flip the page's control,
// and ARIA makes the children of a checkbox presentational (a screen reader would not see our button).
const INTERACTIVE = 'a[href],button,[role=checkbox],[role=switch],[role=option],[role=menuitem],[role=tab],[role=button],summary';
// Where a custom API lists its own permission names (FACTS §6: table rows, checkbox chips).
const PERMISSION_CELL = 'td,[role=cell],[role=gridcell],label,[role=checkbox],li';
// Inline wrappers that hold just the name; the toggle goes after the wrapper, not inside it.
const WRAPPER = new Set(['code', 'span', 'kbd', 'samp', 'tt', 'b', 'strong', 'em', 'i', 'var', 'mark']);
const MIN_TEXT = 5; // the shortest scope, `a:b_c`-like, is 5 characters
const MAX_SENTENCE = 2000; // longer text nodes are prose or code blobs: not worth tokenising
const TRIM_PUNCT = /^[("'`[]+|[)"'`\].,;:!?]+$/g;

function skippedElement(el: Element): boolean {
  return SKIP.has(el.localName) || el.namespaceURI !== HTML_NS || isOwn(el);
}

/** A scan root inside a skipped subtree (the page added a node under a <select>, an <svg>, our own UI). */
function skippedRoot(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) if (skippedElement(e)) return true;
  return false;
}

/** Where to insert: after the interactive control, else after an inline wrapper, else after the text. */
export function anchorFor(text: Text): Node {
  const parent = text.parentElement;
  if (!parent) return text;
  const control = parent.closest(INTERACTIVE);
  if (control && control.localName !== 'label') return control;
  if (WRAPPER.has(parent.localName) && parent.childNodes.length === 1) return parent;
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

/** The scopes in a text node that already passed the length and ':' tests. */
function scopesIn(text: Text, raw: string, custom: boolean): string[] {
  const t = raw.length <= MAX_SCOPE_LENGTH + 40 ? raw.trim() : '';
  if (t && t.length <= MAX_SCOPE_LENGTH) {
    if (isManagementScope(t)) return [t];
    if (custom && isScopeLike(t) && text.parentElement?.closest(PERMISSION_CELL)) return [t];
    if (t.indexOf(' ') < 0 && t.indexOf(',') < 0) return []; // a single word that is not a scope: a decoy
  }
  return sentenceScopes(raw);
}

// The text nodes with a colon, found by the browser's XPath engine: it tests every text node natively and hands
// the content script only the few that pass. A TreeWalker would make the isolated world wrap every text node
// (a wrapper per node per world, kept in a side table, not in the node), which costs more than the walk.
// The parent test is in the expression too, evaluated only for nodes with a colon: text that is code, form data
// or not rendered (script, style, textarea, option, title, SVG and MathML text) and our own controls' labels.
const SKIPPED_PARENT = [...SKIP].map((n) => `self::${n}`).join(' or ');
const WITH_COLON =
  `descendant::text()[contains(., ":")][parent::*[namespace-uri() = "${HTML_NS}" and not(${SKIPPED_PARENT}) and not(@${OWN_ATTR})]]`;

let expression: XPathExpression | null | undefined; // compiled once; null where the DOM has no XPath

function candidates(root: Node): XPathResult | null {
  try {
    expression ??= document.createExpression(WITH_COLON);
    return expression.evaluate(root, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE);
  } catch {
    expression = null; // a DOM without XPath (the unit tests' happy-dom): the TreeWalker below does the same
    return null;
  }
}

/** Reads only: every scope occurrence under `root` not found before (each is then in `opts.seen`). */
export function findScopes(root: Node, opts: ScanOptions): ScopeHit[] {
  const hits: ScopeHit[] = [];
  const { custom, seen } = opts;
  const consider = (text: Text, raw: string, checkParent = true): void => {
    const scopes = scopesIn(text, raw, custom);
    if (scopes.length === 0 || seen.has(text)) return;
    if (checkParent) {
      const parent = text.parentElement;
      if (!parent || skippedElement(parent)) return;
    }
    seen.add(text);
    hits.push({ text, scopes });
  };
  if (root.nodeType === 3) {
    const raw = (root as Text).data;
    if (raw.length >= MIN_TEXT && raw.length <= MAX_SENTENCE && raw.indexOf(':') >= 0 && !skippedRoot(root.parentElement)) consider(root as Text, raw);
    return hits;
  }
  if (root.nodeType === 1 ? skippedRoot(root as Element) : root.nodeType !== 9 && root.nodeType !== 11) return hits;
  const texts = expression === null ? null : candidates(root);
  if (texts) {
    for (let i = 0; i < texts.snapshotLength; i++) {
      const n = texts.snapshotItem(i) as Text;
      const raw = n.data;
      if (raw.length >= MIN_TEXT && raw.length <= MAX_SENTENCE) consider(n, raw, false);
    }
    return hits;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const raw = n.data;
    // The cheap reject every text node pays; the rest of the work is for the few with a colon.
    if (raw.length < MIN_TEXT || raw.length > MAX_SENTENCE || raw.indexOf(':') < 0) continue;
    consider(n, raw);
  }
  return hits;
}
