// Release gate (SECURITY B4.42): the shipped extension talks only to Auth0. Every URL host written in the built
// files must be an Auth0 host, a namespace URI that is never fetched (SVG/XHTML), or a reserved placeholder
// (RFC 2606 example.* domains, template words like TENANT); anything else (analytics, a CDN, remote code) fails.
// The built manifests must also keep web_accessible_resources empty (SECURITY B4.40). Run by scripts/test-all.mjs
// after the build as `tsx scripts/dist-hosts.ts`; the judging functions are unit-tested. Runs in Node.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ALLOWED = [
  /^(?:[a-z0-9-]+\.)*auth0\.com$/, // the user's tenants, the dashboard, the docs (and the `*.auth0.com` pattern)
  /^www\.w3\.org$/, // XML namespace URIs in the UI library, never requested
  /^(?:[a-z0-9-]+\.)*example(?:\.com|\.org|\.net)?$/, // RFC 2606 placeholders in input hints
  /^[A-Z_]+$/, // template words in help text: https://TENANT/api/v2/
  /^\*$/, // the optional https://*/* host permission
];

/** The hosts written after http:// or https:// in `text`. */
export function urlHosts(text: string): string[] {
  return [...text.matchAll(/https?:\/\/([A-Za-z0-9.*_-]+)/g)].map((m) => m[1]!.replace(/^\*\./, 'x.').replace(/\.$/, ''));
}

export function isAllowedHost(host: string): boolean {
  return ALLOWED.some((re) => re.test(host));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function checkDist(dir: string): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(dir).filter((f) => /\.(js|html|css|json)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const host of new Set(urlHosts(text))) if (!isAllowedHost(host)) problems.push(`${relative(dir, file)}: ${host}`);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  if (manifest.web_accessible_resources !== undefined) problems.push('manifest.json: web_accessible_resources must stay absent');
  return problems;
}

if (process.argv[1]?.endsWith('dist-hosts.ts')) {
  let failed = false;
  for (const dir of ['dist/chrome', 'dist/firefox']) {
    const problems = checkDist(dir);
    console.log(problems.length ? `✗ ${dir}: hosts that are not Auth0's:\n  ${problems.join('\n  ')}` : `✓ ${dir}: only Auth0 hosts, no exposed resources`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
