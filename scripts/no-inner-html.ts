// Vite plugin (build time, Node): removes preact's one `innerHTML` assignment, the dangerouslySetInnerHTML
// path, from the bundle. The product never uses dangerouslySetInnerHTML (house rule: token data is rendered as
// text; eslint-plugin-no-unsanitized guards our own code), but the dead path in preact made `web-ext lint`
// report UNSAFE_VAR_ASSIGNMENT, and addons.mozilla.org reviewers read that warning (issue 14). The assignment is
// replaced by a throw, so if anything ever passed dangerouslySetInnerHTML it fails loudly instead of rendering
// HTML. A preact release that reshapes the code makes the build fail here, rather than the warning coming back.
import type { Plugin } from 'vite';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs(?:\?.*)?$/;
// preact 11's minified diffElementNodes: `(t.innerHTML=h.__html)`; identifiers vary between releases.
const ASSIGNMENT = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/g;
const REPLACEMENT = '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Token Workbench")})()';

/** The transformed preact source; throws unless exactly one assignment was found and none is left. */
export function stripInnerHtml(code: string): string {
  const found = code.match(ASSIGNMENT)?.length ?? 0;
  if (found !== 1) throw new Error(`no-inner-html: expected 1 innerHTML assignment in preact, found ${found}`);
  const out = code.replace(ASSIGNMENT, REPLACEMENT);
  if (/\.innerHTML\s*=(?!=)/.test(out)) throw new Error('no-inner-html: an innerHTML assignment is left in preact');
  return out;
}

export function noInnerHtml(): Plugin {
  return {
    name: 'token-workbench:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      return PREACT.test(id) ? { code: stripInnerHtml(code), map: null } : null;
    },
  };
}
