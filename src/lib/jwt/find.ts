// Finds JWT-looking substrings in arbitrary text (page text, a selection) in linear time. Runs in the content
// script on Auth0 pages and in the service worker, so it is small and allocation-light. Candidates are only
// syntactic; each is then given to decodeToken, the one parser.
// SECURITY B1.16: a 1 MB selection must not ReDoS, so this is a plain character scanner: `indexOf("eyJ")`
// (native), then one forward pass over the token characters; scanning resumes after the run, so every
// character is visited a bounded number of times. No backtracking regex.

import { MAX_TOKEN_CHARS } from './limits';

export interface FoundJwt {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly token: string;
}

const MIN_LENGTH = 30; // {"alg":"none"} + a tiny payload is already ~40 characters
const MAX_LENGTH = MAX_TOKEN_CHARS; // the decoder's cap
const MAX_RESULTS = 1000;

function isB64url(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/** JWT-looking substrings: 3 (JWS) or 5 (JWE) base64url segments whose first one starts with `eyJ` ('{"'). */
export function findJwts(text: string): FoundJwt[] {
  const found: FoundJwt[] = [];
  let from = 0;
  while (found.length < MAX_RESULTS) {
    const start = text.indexOf('eyJ', from);
    if (start === -1) break;
    // Must start a word: "xeyJ…" is the middle of something else. (Not a forward scan, so still linear.)
    if (start > 0 && (isB64url(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) {
      from = start + 3;
      continue;
    }
    let end = start;
    let dots = 0;
    let emptySegment = false;
    let segLen = 0;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === 46 /* . */) {
        if (segLen === 0) emptySegment = true;
        dots++;
        segLen = 0;
      } else if (isB64url(c)) {
        segLen++;
      } else {
        break;
      }
    }
    from = end; // resume after this run whatever happens: keeps the scan linear
    let stop = end;
    // "… token eyJ.eyJ.sig." at the end of a sentence: the final dot is punctuation.
    if ((dots === 3 || dots === 5) && segLen === 0) {
      dots--;
      stop--;
      segLen = segmentLengthBefore(text, stop, start);
    }
    const length = stop - start;
    if (length < MIN_LENGTH || length > MAX_LENGTH) continue;
    // JWS: header and payload non-empty, the signature may be empty (alg none). JWE: the encrypted key may
    // be empty (alg dir); the rest must not.
    if (dots === 2) {
      if (!emptyBeforeLast(text, start, stop)) found.push({ start, end: stop, token: text.slice(start, stop) });
    } else if (dots === 4 && segLen > 0 && (!emptySegment || onlyKeyEmpty(text, start, stop))) {
      found.push({ start, end: stop, token: text.slice(start, stop) });
    }
  }
  return found;
}

function segmentLengthBefore(text: string, stop: number, start: number): number {
  const dot = text.lastIndexOf('.', stop - 1);
  return dot < start ? stop - start : stop - dot - 1;
}

/** For a 3-segment run: is the header or the payload empty? */
function emptyBeforeLast(text: string, start: number, stop: number): boolean {
  const d1 = text.indexOf('.', start);
  const d2 = text.indexOf('.', d1 + 1);
  return d1 === start || d2 === d1 + 1 || d2 >= stop;
}

/** For a 5-segment run with an empty segment: is the encrypted key (2nd) the only empty one? */
function onlyKeyEmpty(text: string, start: number, stop: number): boolean {
  const parts = text.slice(start, stop).split('.');
  return parts.length === 5 && parts[1] === '' && parts.every((p, i) => i === 1 || p !== '');
}
