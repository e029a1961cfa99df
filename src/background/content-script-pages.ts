// Where our content script runs, as URL prefixes for the router's sender check. Must mirror manifest.json
// content_scripts.matches; test/unit/build/manifest.test.ts keeps the two in step. Runs in the background.
export const CONTENT_SCRIPT_PREFIXES: readonly string[] = ['https://manage.auth0.com/', 'https://auth0.com/docs/'];
