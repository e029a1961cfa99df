// Types for scripts/browsers.mjs (a dependency-free Node script) so TypeScript callers (test/e2e) type-check.
export declare const ROOT: string;
export declare const BROWSERS_JSON: string;
export declare const CANDIDATES: { chromium: string[]; firefox: string[] };
export declare function findBrowser(kind: 'chromium' | 'firefox'): string | undefined;
export declare function requireBrowser(kind: 'chromium' | 'firefox'): string;
