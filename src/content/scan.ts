// Finding scope names, in two parts. The read pass (collectCandidates) is the content script's first synchronous
// work on a page (issue #7: ≤ 3× a bare TreeWalker pass): one native XPath query for text nodes with a colon,
// kept as a snapshot, writing nothing, reading no layout and making no JS object per node. Everything per
// occurrence (reading the nodes, the parent test, trim, the name lookup, `seen`) and where a toggle goes
// (anchorFor) is done later, in the write phase (features/scope-toggles.ts). Runs in the content script.
import { isManagementScope } from '../lib/scopes/scope-names';
import { isScopeLike, MAX_SCOPE_LENGTH } from '../lib/scopes/scope-syntax';
import { isOwn } from './observe';

export interface ScopeHit {
  text: Text;
  scopes: string[];
}

export interface ScanOptions {
  /** Accept any scope-shaped name inside permission cells and chips (a custom API's own permissions). */
  custom: boolean;
  /** Text nodes already found; shared across scans so nothing is decorated twice. */
  seen: WeakSet<Text>;
  /** The names that count as exact matches anywhere (default: the bundled catalog). With the tenant's live
   *  list (issue #12 item 6) it is the catalog OR that list: a scope Auth0 added after this release, a custom
   *  API's own permissions. Built once by the caller, not per text node. */
  known?: (name: string) => boolean;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
// Elements whose text is code, form data or not rendered: never decorated. A text node's own parent is enough
// to tell (their text children are direct; SVG and MathML text is caught by its namespace; our own controls
// carry OWN_ATTR), so no ancestor walk per hit. Only a scan root gets the full ancestor check (skippedRoot).
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

function sentenceScopes(raw: string, isKnown: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const word of raw.split(/[\s,;|]+/)) {
    if (word.length < 3 || word.indexOf(':') < 0) continue;
    const w = word.replace(TRIM_PUNCT, '');
    if (isKnown(w) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** The scopes in a text node that already passed the length and ':' tests. */
function scopesIn(text: Text, raw: string, custom: boolean, known: ScanOptions['known']): string[] {
  const isKnown = known ?? isManagementScope;
  const t = raw.length <= MAX_SCOPE_LENGTH + 40 ? raw.trim() : '';
  if (t && t.length <= MAX_SCOPE_LENGTH) {
    if (isKnown(t)) return [t];
    if (custom && isScopeLike(t) && text.parentElement?.closest(PERMISSION_CELL)) return [t];
    if (t.indexOf(' ') < 0 && t.indexOf(',') < 0) return []; // a single word that is not a scope: a decoy
  }
  return sentenceScopes(raw, isKnown);
}

// The text nodes with a colon, found by the browser's XPath engine: it tests every text node natively. Nothing
// else is in the expression: a parent test there (`parent::*[…]`) doubled its cost, and `string()` is cheaper
// than `.` (no node-set per node), both measured in an isolated world on the 5,000-node bench page. The
// result is a snapshot, which holds the nodes natively: reading them (a wrapper per node in the isolated world)
// is left to the write phase, with the parent and scope tests.
const WITH_COLON = 'descendant::text()[contains(string(), ":")]';

let expression: XPathExpression | null | undefined; // compiled once; null where the DOM has no XPath

function snapshot(root: Node): XPathResult | null {
  try {
    expression ??= document.createExpression(WITH_COLON);
    return expression.evaluate(root, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE);
  } catch {
    expression = null; // a DOM without XPath (the unit tests' happy-dom): the TreeWalker below does the same
    return null;
  }
}

/** The cheap reject every candidate pays: a length test and one indexOf(':'). */
const maybeScope = (raw: string): boolean => raw.length >= MIN_TEXT && raw.length <= MAX_SENTENCE && raw.indexOf(':') >= 0;

/**
 * The read pass, the only part that runs in the page's task: finds the text nodes under `root` that may hold a
 * scope and returns a function, for the write phase, that lists them (document order). Reads only.
 */
export function collectCandidates(root: Node): () => Text[] {
  if (root.nodeType === 3) return () => (skippedRoot(root.parentElement) ? [] : [root as Text]);
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return () => [];
  const texts = expression === null ? null : snapshot(root);
  if (texts) {
    return () => {
      if (root.nodeType === 1 && skippedRoot(root as Element)) return [];
      const out: Text[] = [];
      for (let i = 0, n = texts.snapshotLength; i < n; i++) out.push(texts.snapshotItem(i) as Text);
      return out;
    };
  }
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (maybeScope(n.data)) out.push(n);
  return () => (root.nodeType === 1 && skippedRoot(root as Element) ? [] : out);
}

/**
 * The write phase's test of one candidate: its scopes, or null (no scope, skipped parent, or found before; a
 * hit is added to `opts.seen`, so nothing is decorated twice). The data is read now, not at scan time.
 */
export function scopeHit(text: Text, opts: ScanOptions): ScopeHit | null {
  const raw = text.data;
  if (!maybeScope(raw) || opts.seen.has(text)) return null;
  const parent = text.parentElement;
  if (!parent || skippedElement(parent)) return null;
  const scopes = scopesIn(text, raw, opts.custom, opts.known);
  if (scopes.length === 0) return null;
  opts.seen.add(text);
  return { text, scopes };
}
