// Where the browsers are (Node only, no dependencies): env first (CHROME_PATH / FIREFOX_PATH), then what
// scripts/setup.mjs found and wrote to .tmp/browsers.json, then the usual Debian/Ubuntu paths. Shared by
// setup, test-all, start and the e2e fixtures so every script agrees on one binary.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BROWSERS_JSON = `${ROOT}.tmp/browsers.json`;

export const CANDIDATES = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};
const ENV = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };

function recorded() {
  try {
    return JSON.parse(readFileSync(BROWSERS_JSON, 'utf8'));
  } catch {
    return {};
  }
}

/** Path of `kind` ('chromium' | 'firefox'), or undefined when none is installed. */
export function findBrowser(kind) {
  const fromEnv = process.env[ENV[kind]];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined; // an explicit choice is never silently replaced
  const saved = recorded()[kind];
  if (saved && existsSync(saved)) return saved;
  return CANDIDATES[kind].find((p) => existsSync(p));
}

/** Like findBrowser, but throws a one-line instruction instead of returning undefined. */
export function requireBrowser(kind) {
  const path = findBrowser(kind);
  if (path) return path;
  throw new Error(`${kind} not found: run \`node scripts/setup.mjs${kind === 'firefox' ? ' --firefox' : ''}\` or set ${ENV[kind]}`);
}
