// web-ext lint warnings the README's "Security notes → web-ext lint" explains (issue 13 item 10). `npm test`
// (scripts/test-all.mjs) fails on any other warning. Plain Node, no dependencies.

/** One entry per explained warning: its code and the built file it may appear in. */
export const WEB_EXT_EXPLAINED = [
  // Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which eslint forbids in src/.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/ui-[\w-]+\.js$/ },
];

/** The warnings of a `web-ext lint --output json` report that the README does not explain. */
export function unexplainedWarnings(report, explained = WEB_EXT_EXPLAINED) {
  return (report.warnings ?? []).filter((w) => !explained.some((x) => x.code === w.code && x.file.test(w.file ?? '')));
}
