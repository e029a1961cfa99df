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
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...polyfillImport, patterns: [{ group: ['**/shared/browser*', '**/background/**', '**/popup/**', '**/content/**'], message: 'src/lib is pure: no browser wiring.' }] },
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
);
