// `node scripts/setup.mjs [--firefox]`: makes a fresh clone runnable. Node built-ins only, because it runs
// before node_modules exists. Installs dependencies when node_modules is missing or older than the lock file,
// finds (or, as root on Debian/Ubuntu, apt-installs) Chromium, and Firefox when --firefox is given, then
// records the paths in .tmp/browsers.json for the other scripts (see scripts/browsers.mjs). A Firefox that is
// missing and cannot be installed is a warning, not a failure: the Firefox lane then prints SKIP (issue 14).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { BROWSERS_JSON, CANDIDATES, ROOT, findBrowser } from './browsers.mjs';

const wantFirefox = process.argv.includes('--firefox');
const APT_PACKAGE = { chromium: 'chromium', firefox: 'firefox-esr' };
const ENV = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };

function fail(line) {
  console.error(`setup: ${line}`);
  process.exit(1);
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

// npm writes node_modules/.package-lock.json after every install: its age is the install's age.
function dependenciesStale() {
  if (!existsSync(`${ROOT}node_modules`)) return 'node_modules is missing';
  const installed = Math.max(mtime(`${ROOT}node_modules/.package-lock.json`), 0);
  if (installed < mtime(`${ROOT}package-lock.json`)) return 'node_modules is older than package-lock.json';
  return null;
}

function installDependencies() {
  const why = dependenciesStale();
  if (!why) return;
  console.log(`setup: ${why}; running npm ci`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const ci = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (ci.status === 0) return;
  console.log('setup: npm ci failed; falling back to npm install');
  const install = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (install.status !== 0) fail('npm install failed; see the output above');
}

let aptUpdated = false;
function aptInstall(pkg) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  aptUpdated = true;
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env });
}

function ensureBrowser(kind, { optional = false } = {}) {
  const found = findBrowser(kind);
  if (found) return found;
  if (process.env[ENV[kind]]) fail(`${ENV[kind]}=${process.env[ENV[kind]]} does not exist`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log(`setup: ${kind} not found; installing the apt package ${APT_PACKAGE[kind]}`);
    try {
      aptInstall(APT_PACKAGE[kind]);
    } catch {
      fail(`apt-get install ${APT_PACKAGE[kind]} failed; install ${kind} yourself and set ${ENV[kind]}`);
    }
    const installed = CANDIDATES[kind].find((p) => existsSync(p));
    if (installed) return installed;
  }
  const line = `${kind} not found: install it (Debian/Ubuntu: sudo apt-get install ${APT_PACKAGE[kind]}) or set ${ENV[kind]}=/path/to/${kind}`;
  if (!optional) fail(line);
  console.log(`setup: ${line}; its lane will print SKIP`);
  return undefined;
}

installDependencies();
let saved = {};
try {
  saved = JSON.parse(readFileSync(BROWSERS_JSON, 'utf8'));
} catch {
  // first run: nothing recorded yet
}
const browsers = { ...saved, chromium: ensureBrowser('chromium') };
if (wantFirefox) {
  browsers.firefox = ensureBrowser('firefox', { optional: true });
  if (!browsers.firefox) delete browsers.firefox;
}
mkdirSync(`${ROOT}.tmp`, { recursive: true });
writeFileSync(BROWSERS_JSON, JSON.stringify(browsers, null, 2) + '\n');
console.log(`setup: ok (${Object.entries(browsers).map(([k, v]) => `${k}=${v}`).join(', ')})`);
