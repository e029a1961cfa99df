// The one pass over a parsed JSON value (json.ts): key and string counts for the duplicate test (B1.10), depth
// (B1.17), numbers that may have lost precision (B1.19), invisible characters in keys and strings (B1.18).
// Iterative, so deep input cannot overflow the stack. Pure TypeScript; runs in every extension context.
import { escapeInvisible, hasInvisible } from './invisible';
import type { JsonObject, JsonValue } from './types';

/** Deeper JSON is refused: the UI (JSON.stringify, recursive views) would overflow the stack (B1.17). */
export const MAX_JSON_DEPTH = 100;

export interface Walk {
  keys: number;
  /** String values (keys not included). */
  strings: number;
  /** Colons in keys and string values; counted only when asked (text with backslashes). */
  colons: number;
  largest: number;
  invisible: string[] | undefined;
  /** A number that is not a safe integer (big, infinite or fractional): its literal needs a look (B1.19). */
  oddNumber: boolean;
  /** Nested objects and arrays still to visit. */
  pending: Pending[] | undefined;
}

/** Path of a nested value, built into a JSON Pointer string only when something is reported there. */
type PathNode = { readonly parent: PathNode; readonly key: string | number } | undefined;

function pointer(node: PathNode, last?: string | number): string {
  let out = last === undefined ? '' : `/${pointerToken(last)}`;
  for (let n = node; n !== undefined; n = n.parent) out = `/${pointerToken(n.key)}${out}`;
  return out;
}

interface Pending {
  readonly v: JsonObject | readonly JsonValue[];
  readonly depth: number;
  readonly path: PathNode;
}

/**
 * Iterative (no recursion, so no stack overflow) pass over the parsed tree, without closures or per-value
 * allocations (it runs on every decode): the root is visited directly, and the work list exists only once a
 * nested object or array is met (most JWTs are flat but for `aud` arrays). undefined = too deep.
 */
export function walk(root: JsonObject, checkChars: boolean, countColons: boolean): Walk | undefined {
  const r: Walk = { keys: 0, strings: 0, colons: 0, largest: 0, invisible: undefined, oddNumber: false, pending: undefined };
  visit(r, root, 1, undefined, checkChars, countColons);
  for (let p = r.pending?.pop(); p !== undefined; p = r.pending!.pop()) {
    if (p.depth > MAX_JSON_DEPTH) return undefined;
    visit(r, p.v, p.depth, p.path, checkChars, countColons);
  }
  return r;
}

function visit(r: Walk, v: JsonObject | readonly JsonValue[], depth: number, path: PathNode, checkChars: boolean, countColons: boolean): void {
  if (Array.isArray(v)) {
    const arr = v as readonly JsonValue[];
    for (let i = 0; i < arr.length; i++) leaf(r, arr[i], i, path, depth, checkChars, countColons);
    return;
  }
  const o = v as JsonObject;
  const keys = Object.keys(o);
  r.keys += keys.length;
  if (keys.length > r.largest) r.largest = keys.length;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (countColons && k.indexOf(':') !== -1) r.colons += countChar(k, 58);
    if (checkChars && visiblyOdd(k)) (r.invisible ??= []).push(pointer(path, k));
    leaf(r, o[k], k, path, depth, checkChars, countColons);
  }
}

function leaf(r: Walk, x: JsonValue | undefined, key: string | number, path: PathNode, depth: number, checkChars: boolean, countColons: boolean): void {
  if (typeof x === 'string') {
    r.strings++;
    if (countColons && x.indexOf(':') !== -1) r.colons += countChar(x, 58);
    if (checkChars && visiblyOdd(x)) (r.invisible ??= []).push(pointer(path, key));
  } else if (typeof x === 'number') {
    if (!Number.isSafeInteger(x)) r.oddNumber = true;
  } else if (typeof x === 'object' && x !== null) {
    (r.pending ??= []).push({ v: x, depth: depth + 1, path: { parent: path, key } });
  }
}

/** hasInvisible is the cheap test; escapeInvisible spares joiners inside emoji and Persian/Indic words. */
function visiblyOdd(s: string): boolean {
  return hasInvisible(s) && escapeInvisible(s).changed;
}

export function countChar(s: string, code: number): number {
  const ch = String.fromCharCode(code);
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** RFC 6901 reference token. */
export function pointerToken(key: string | number): string {
  return typeof key === 'number' ? String(key) : key.replace(/~/g, '~0').replace(/\//g, '~1');
}
