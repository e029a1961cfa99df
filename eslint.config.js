// ESLint for the whole repository, with rules per context (issue 2): `browser`/`chrome` reach code only through
// src/shared/browser.ts; the background has no window/document; src/lib is pure (no extension API, no DOM
// globals); token data is never turned into HTML (eslint-plugin-no-unsanitized, SECURITY B4.42).
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const extensionGlobals = [
  { name: 'chrome', message: 'Use `ext` from src/shared/browser.ts (the one adapter).' },
  { name: 'browser', message: 'Use `ext` from src/shared/browser.ts (the one adapter).' },
];
// Issue 13 item 1: every request leaves through the background's one fetch adapter (src/background/net.ts);
// extension pages and content scripts never fetch. The emulator, tests, bench and scripts are outside src/.
const networkGlobals = [
  { name: 'fetch', message: 'Only src/background/net.ts fetches: send a message to the background instead.' },
  { name: 'XMLHttpRequest', message: 'Only src/background/net.ts makes requests.' },
  { name: 'WebSocket', message: 'Only src/background/net.ts makes requests.' },
  { name: 'EventSource', message: 'Only src/background/net.ts makes requests.' },
];
const networkSyntax = [
  { selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name=/^(fetch|XMLHttpRequest|WebSocket|EventSource)$/]", message: 'Only src/background/net.ts makes requests.' },
  { selector: "MemberExpression[property.name='sendBeacon']", message: 'No beacons: only src/background/net.ts makes requests.' },
];
const baseSyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render token data as text.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];
const polyfillImport = {
  paths: [{ name: 'webextension-polyfill', message: 'Import `ext` from src/shared/browser.ts instead.' }],
};
// Import zones per context (issue #16): lib is pure and imports only lib; shared (every context) adds nothing
// above lib; the content script, the extension pages (popup, options, inspector, ui) and the background never
// import each other: they talk through the message map. Cycles are kept out by test/unit/build/import-graph.test.ts.
const zone = (forbidden, why) => ({ ...polyfillImport, patterns: [{ group: forbidden.map((d) => `**/${d}/**`), message: why }] });
const ZONES = [
  { files: ['src/shared/**/*.ts'], ignores: ['src/shared/browser.ts'], forbidden: ['background', 'content', 'popup', 'options', 'inspector', 'ui'], why: 'src/shared runs in every context: it may import src/lib only.' },
  { files: ['src/content/**/*.ts'], forbidden: ['background', 'popup', 'options', 'inspector', 'ui'], why: 'The content script talks to the rest through messages (src/shared/messages.ts).' },
  { files: ['src/{popup,options,inspector,ui}/**/*.{ts,tsx}'], forbidden: ['background', 'content'], why: 'Extension pages talk to the background and content script through messages.' },
  { files: ['src/background/**/*.ts'], forbidden: ['content', 'popup', 'options', 'inspector', 'ui'], why: 'The background answers messages; it does not import page or content-script code.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'bench/results.json'] },
  ...tseslint.configs.recommended,
  { ...nounsanitized.configs.recommended, files: ['src/**/*.{ts,tsx}'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...baseSyntax],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/browser.ts'],
    rules: {
      'no-restricted-imports': ['error', polyfillImport],
      'no-restricted-globals': ['error', ...extensionGlobals, ...networkGlobals],
      'no-restricted-syntax': ['error', ...baseSyntax, ...networkSyntax],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-globals': ['error', ...networkGlobals], 'no-restricted-syntax': ['error', ...baseSyntax, ...networkSyntax] },
  },
  {
    files: ['src/background/**/*.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
    rules: {
      'no-restricted-imports': ['error', polyfillImport],
      'no-restricted-globals': [
        'error',
        ...extensionGlobals,
        ...networkGlobals,
        { name: 'window', message: 'The background is a service worker: there is no window.' },
        { name: 'document', message: 'The background is a service worker: there is no document.' },
        { name: 'localStorage', message: 'Not available in a service worker; use src/shared/storage.ts.' },
      ],
    },
  },
  {
    // The one fetch adapter (issue 13 item 1).
    files: ['src/background/net.ts'],
    rules: {
      'no-restricted-globals': ['error', ...extensionGlobals, { name: 'window', message: 'No window in a service worker.' }, { name: 'document', message: 'No document in a service worker.' }],
      'no-restricted-syntax': ['error', ...baseSyntax],
    },
  },
  ...ZONES.map(({ files, ignores, forbidden, why }) => ({ files, ...(ignores ? { ignores } : {}), rules: { 'no-restricted-imports': ['error', zone(forbidden, why)] } })),
  {
    // Issue #16: a numbered migration is frozen. It keeps its own copies of the keys, shapes and checks it needs
    // and imports ./types only, so a later change to live code cannot change an old migration (also unit-tested:
    // test/unit/build/import-graph.test.ts).
    files: ['src/background/migrations/[0-9]*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...polyfillImport, patterns: [{ regex: '^(?!\\./types$)', message: 'A numbered migration imports ./types only: copy what it needs as of its version.' }] },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        zone(['shared', 'background', 'content', 'popup', 'options', 'inspector', 'ui'], 'src/lib is pure and imports only src/lib (no browser wiring, nothing above it).'),
      ],
      'no-restricted-globals': [
        'error',
        ...extensionGlobals,
        { name: 'window', message: 'src/lib is pure TypeScript: no DOM.' },
        { name: 'document', message: 'src/lib is pure TypeScript: no DOM.' },
        { name: 'localStorage', message: 'src/lib is pure TypeScript.' },
        { name: 'fetch', message: 'src/lib takes a fetch function as a parameter.' },
        ...networkGlobals.filter((g) => g.name !== 'fetch'),
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'emulator/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // Issue #16: a promise nobody awaits loses its rejection (a storage write that fails silently, a message whose
  // error never reaches the UI). Type-aware, so only for src (the shipped code); `void` marks a deliberate one.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
